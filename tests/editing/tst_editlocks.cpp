// SPDX-License-Identifier: GPL-3.0-or-later
// EditLocks on both backends: a lock names who, where and since when; the holder takes it again
// freely, everyone else is refused (also a new version from them); release is the holder's on
// their machine; a break is the owner's from any machine or a 文書管理者's, and audited; locks
// hold across separate connections and against clients racing for them.
#include "core/audit/AuditLog.h"
#include "core/editing/AttachmentVersions.h"
#include "core/editing/EditLocks.h"
#include "core/org/Session.h"
#include "core/store/StoreConnection.h"
#include "tests/editing/EditingFixture.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <atomic>

using namespace kessai;
using namespace kessai::test;
using K = WorkflowActionKind;

class TestEditLocks : public QObject
{
    Q_OBJECT

    std::unique_ptr<EditingFixture> f;

    qint64 attachment(qint64 *doc = nullptr)
    {
        QList<qint64> ids;
        const qint64 d = f->draftWith({"locked content\n"}, &ids);
        if (doc)
            *doc = d;
        return ids.at(0);
    }

private slots:
    void initTestCase() { KESSAI_TRY(f = std::make_unique<EditingFixture>()); }
    void cleanupTestCase() { f.reset(); }

    void aLockSaysWhoWhereAndSinceWhen()
    {
        qint64 doc = 0;
        qint64 a = 0;
        KESSAI_TRY(a = attachment(&doc));
        EditLocks locks(f->admin());
        QVERIFY(!locks.lockOf(a));
        EditLock lock;
        KESSAI_TRY(lock = locks.acquire(f->as("ito_t"), a, QStringLiteral("pc-ito")));
        QCOMPARE(lock.attachmentId, a);
        QCOMPARE(lock.userLogin, QStringLiteral("ito_t"));
        QCOMPARE(lock.machine, QStringLiteral("pc-ito"));
        QCOMPARE(lock.baseVersion, 1);
        QVERIFY(qAbs(lock.startedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        const QString text = EditLocks::describe(lock);
        QVERIFY2(text.contains(QStringLiteral("伊藤 拓也")) && text.contains(QLatin1String("pc-ito")) &&
                     text.contains(lock.startedAt.toLocalTime().toString(QStringLiteral("HH:mm"))),
                 qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("no sign")));
        QVERIFY(!EditLocks::badge(lock).contains(QLatin1String("not responding")));
        // A client that stopped refreshing its lock (no heartbeat for 10 minutes) looks gone.
        EditLock silent = lock;
        silent.lastSeen = QDateTime::currentDateTimeUtc().addSecs(-EditLocks::kStaleAfterSeconds - 5);
        QVERIFY(EditLocks::looksStale(silent, QDateTime::currentDateTimeUtc()));
        QVERIFY(!EditLocks::looksStale(lock, QDateTime::currentDateTimeUtc()));
        QVERIFY(EditLocks::describe(silent).contains(QLatin1String("no sign of that client since")));
        QVERIFY(EditLocks::badge(silent).endsWith(QLatin1String("not responding")));
        // The holder takes it again from the same machine: the same lock, refreshed.
        EditLock again;
        KESSAI_TRY(again = locks.acquire(f->as("ito_t"), a, QStringLiteral("pc-ito")));
        QCOMPARE(again.startedAt, lock.startedAt);
        QVERIFY(again.lastSeen >= lock.lastSeen);
        QVERIFY(locks.touch(f->as("ito_t"), a, QStringLiteral("pc-ito")));
        QVERIFY(!locks.touch(f->as("ito_t"), a, QStringLiteral("pc-home")));
        QCOMPARE(f->events(a).filter(QLatin1String("edit.lock/")).size(), 1);
        QCOMPARE(locks.locksOf(doc).size(), 1);
        KESSAI_TRY(locks.release(f->as("ito_t"), a, QStringLiteral("pc-ito")));
    }

    void othersAreRefused()
    {
        qint64 doc = 0;
        qint64 a = 0;
        KESSAI_TRY(a = attachment(&doc));
        EditLocks locks(f->admin());
        KESSAI_TRY(locks.acquire(f->as("ito_t"), a, QStringLiteral("pc-ito")));
        // The same person on another machine.
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            locks.acquire(f->as("ito_t"), a, QStringLiteral("pc-home")));
        QVERIFY2(test::lastErrorMessage().contains(QLatin1String("your own edit on pc-ito")),
                 qPrintable(test::lastErrorMessage()));
        // Someone who may not edit the draft at all.
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            locks.acquire(f->as("sato_y"), a, QStringLiteral("pc-sato")));

        // Nothing moves on the route while an attachment is being edited: the edit could no
        // longer be saved.
        KESSAI_TRY(f->route(doc, true));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, f->act("ito_t", doc, K::Submit));
        QVERIFY2(
            test::lastErrorMessage().contains(QStringLiteral("伊藤 拓也 is editing it on pc-ito since")) &&
                test::lastErrorMessage().contains(QLatin1String("before acting on the route")),
            qPrintable(test::lastErrorMessage()));
        KESSAI_TRY(locks.release(f->as("ito_t"), a, QStringLiteral("pc-ito")));
        KESSAI_TRY(f->act("ito_t", doc, K::Submit));
        KESSAI_TRY(f->act("sato_y", doc, K::Approve));

        // In review, the 課長補佐 may 修正 on their turn; others see the lock and cannot edit.
        KESSAI_TRY(locks.acquire(f->as("takahashi_m"), a, QStringLiteral("pc-takahashi")));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            locks.acquire(f->as("ito_t"), a, QStringLiteral("pc-ito")));
        QVERIFY(test::lastErrorMessage().contains(QLatin1String("only the approver whose turn")));
        QBuffer buffer;
        buffer.setData("drafter\n");
        buffer.open(QIODevice::ReadOnly);
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            AttachmentVersions(f->admin()).addVersion(f->as("ito_t"), a, buffer, {}, 1));
        QCOMPARE(f->versionCount(a), 1);
        // Their own approval waits for the edit, as does anyone else's action.
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, f->act("takahashi_m", doc, K::Approve));
        QVERIFY(test::lastErrorMessage().contains(QStringLiteral("高橋")));
        QCOMPARE(locks.locksOf(doc).size(), 1);
        QCOMPARE(locks.locksOf(doc).at(0).position, 1);
        QVERIFY(EditLocks::badge(locks.locksOf(doc).at(0)).startsWith(QStringLiteral("高橋")));

        // The stale lock (the client died) broken by the 文書管理者; the approver takes it again.
        KESSAI_TRY(locks.breakLock(f->as("kanri_s"), a, QStringLiteral("補佐の端末が停止")));
        KESSAI_TRY(f->act("takahashi_m", doc, K::Approve));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            locks.acquire(f->as("takahashi_m"), a, QStringLiteral("pc-takahashi")));
    }

    void onlyTheHolderReleasesOnTheirMachine()
    {
        qint64 a = 0;
        KESSAI_TRY(a = attachment());
        EditLocks locks(f->admin());
        KESSAI_TRY(locks.acquire(f->as("ito_t"), a, QStringLiteral("pc-ito")));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            locks.release(f->as("ito_t"), a, QStringLiteral("pc-home")));
        QVERIFY(test::lastErrorMessage().contains(QLatin1String("not on this machine (pc-home)")));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            locks.release(f->as("kanri_s"), a, QStringLiteral("pc-ito")));
        QVERIFY(test::lastErrorMessage().contains(QLatin1String("not yours")));
        QVERIFY(locks.lockOf(a));
        bool released = false;
        KESSAI_TRY(released = locks.release(f->as("ito_t"), a, QStringLiteral("pc-ito")));
        QVERIFY(released);
        QVERIFY(!locks.lockOf(a));
        KESSAI_TRY(released = locks.release(f->as("ito_t"), a, QStringLiteral("pc-ito")));
        QVERIFY(!released);
        QCOMPARE(f->events(a),
                 (QStringList{QStringLiteral("edit.lock/ito_t"), QStringLiteral("edit.unlock/ito_t")}));
    }

    void breakingIsForTheOwnerOrARecordsManager()
    {
        qint64 a = 0;
        KESSAI_TRY(a = attachment());
        EditLocks locks(f->admin());
        KESSAI_TRY(locks.acquire(f->as("ito_t"), a, QStringLiteral("pc-ito")));
        for (const char *login : {"sato_y", "suzuki_h"}) {
            KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, locks.breakLock(f->as(login), a));
            QVERIFY(test::lastErrorMessage().contains(QStringLiteral("文書管理者")));
        }
        std::optional<EditLock> broken;
        KESSAI_TRY(broken = locks.breakLock(f->as("kanri_s"), a, QStringLiteral("端末停止")));
        QVERIFY(broken);
        QCOMPARE(broken->machine, QStringLiteral("pc-ito"));
        QVERIFY(!locks.lockOf(a));
        QJsonObject details =
            QJsonDocument::fromJson(f->lastDetails(a, QStringLiteral("edit.lock_break")).toUtf8()).object();
        QCOMPARE(details.value(QLatin1String("holder")).toString(), QStringLiteral("ito_t"));
        QCOMPARE(details.value(QLatin1String("machine")).toString(), QStringLiteral("pc-ito"));
        QCOMPARE(details.value(QLatin1String("reason")).toString(), QStringLiteral("端末停止"));
        QCOMPARE(details.value(QLatin1String("by_owner")).toBool(), false);

        // The owner breaks their own stale lock from another machine.
        KESSAI_TRY(locks.acquire(f->as("ito_t"), a, QStringLiteral("pc-ito")));
        KESSAI_TRY(broken = locks.breakLock(f->as("ito_t"), a));
        QVERIFY(broken);
        details =
            QJsonDocument::fromJson(f->lastDetails(a, QStringLiteral("edit.lock_break")).toUtf8()).object();
        QCOMPARE(details.value(QLatin1String("by_owner")).toBool(), true);
        KESSAI_TRY(broken = locks.breakLock(f->as("kanri_s"), a));
        QVERIFY(!broken);
        QCOMPARE(f->events(a),
                 (QStringList{QStringLiteral("edit.lock/ito_t"), QStringLiteral("edit.lock_break/kanri_s"),
                              QStringLiteral("edit.lock/ito_t"), QStringLiteral("edit.lock_break/ito_t")}));
    }

    void locksHoldAcrossConnections()
    {
        qint64 a = 0;
        KESSAI_TRY(a = attachment());
        // Two more clients, each on its own connection.
        StoreConnection first(TestDatabase::isPostgreSQL() ? f->db().urlAs(QStringLiteral("ito_t"))
                                                           : f->db().url());
        StoreConnection second(TestDatabase::isPostgreSQL() ? f->db().urlAs(QStringLiteral("ito_t"))
                                                            : f->db().url());
        const QString actAs = TestDatabase::isPostgreSQL() ? QString() : QStringLiteral("ito_t");
        Session one(first, actAs);
        Session two(second, actAs);
        KESSAI_TRY(EditLocks(first).acquire(one, a, QStringLiteral("pc-one")));
        const auto seen = EditLocks(second).lockOf(a);
        QVERIFY(seen);
        QCOMPARE(seen->machine, QStringLiteral("pc-one"));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            EditLocks(second).acquire(two, a, QStringLiteral("pc-two")));
        KESSAI_TRY(EditLocks(first).release(one, a, QStringLiteral("pc-one")));
        KESSAI_TRY(EditLocks(second).acquire(two, a, QStringLiteral("pc-two")));
        QCOMPARE(EditLocks(first).lockOf(a)->machine, QStringLiteral("pc-two"));
        KESSAI_TRY(EditLocks(second).release(two, a, QStringLiteral("pc-two")));
    }

    void racingClientsGetOneLock()
    {
        qint64 a = 0;
        KESSAI_TRY(a = attachment());
        std::atomic<int> holders{0};
        const QStringList failures =
            runInThreads(f->db().url(), 6, [&](StoreConnection &connection, int index) {
                Session ito(connection, QStringLiteral("ito_t"));
                EditLocks(connection).acquire(ito, a, QStringLiteral("pc-%1").arg(index));
                ++holders;
            });
        QCOMPARE(holders.load(), 1);
        QCOMPARE(failures.size(), 5);
        for (const QString &failure : failures)
            QVERIFY2(failure.contains(QLatin1String("your own edit on pc-")), qPrintable(failure));
        QCOMPARE(f->events(a).filter(QLatin1String("edit.lock/")).size(), 1);
    }

    void noLockOnWhatCannotBeEdited()
    {
        qint64 doc = 0;
        qint64 a = 0;
        KESSAI_TRY(a = attachment(&doc));
        KESSAI_TRY(f->decide(doc));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            EditLocks(f->admin()).acquire(f->as("ito_t"), a, QStringLiteral("pc-ito")));
        QVERIFY(test::lastErrorMessage().contains(QLatin1String("frozen")));
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData,
                            EditLocks(f->admin()).acquire(f->as("ito_t"), 987654, QStringLiteral("pc-ito")));
    }

    void auditChainIsIntact()
    {
        const AuditLog::Verification result = AuditLog(f->admin()).verify();
        QVERIFY2(result.intact, qPrintable(result.problem));
    }
};

QTEST_GUILESS_MAIN(TestEditLocks)
#include "tst_editlocks.moc"
