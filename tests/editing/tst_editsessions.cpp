// SPDX-License-Identifier: GPL-3.0-or-later
// EditSessions on both backends: repeated saves coalesce into one version at the end; no change,
// no version; a restarted client resumes its session; after a broken lock the owner still
// finishes (Conflict if another version arrived, then keep-mine or discard), no content lost;
// refusals after 決裁 and for other people's sessions; empty and oversized saves; audit trail.
#include "core/audit/AuditLog.h"
#include "core/documents/AttachmentStore.h"
#include "core/editing/AttachmentVersions.h"
#include "core/editing/EditLocks.h"
#include "core/editing/EditSessions.h"
#include "core/org/Session.h"
#include "core/store/StoreConnection.h"
#include "tests/editing/EditingFixture.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kessai;
using namespace kessai::test;
using K = WorkflowActionKind;

namespace {
EditSessions::SaveResult save(Session &session, qint64 sessionId, const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return EditSessions(session.connection()).saveWorking(session, sessionId, buffer);
}

QByteArray working(StoreConnection &connection, qint64 sessionId)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    EditSessions(connection).readWorking(sessionId, buffer);
    return buffer.data();
}
} // namespace

class TestEditSessions : public QObject
{
    Q_OBJECT

    std::unique_ptr<EditingFixture> f;

    qint64 attachment(const QByteArray &content, qint64 *doc = nullptr)
    {
        QList<qint64> ids;
        const qint64 d = f->draftWith({content}, &ids);
        if (doc)
            *doc = d;
        return ids.at(0);
    }

private slots:
    void initTestCase() { KESSAI_TRY(f = std::make_unique<EditingFixture>()); }
    void cleanupTestCase() { f.reset(); }

    void savesCoalesceIntoOneVersion()
    {
        qint64 a = 0;
        KESSAI_TRY(a = attachment("v1\n"));
        Session &ito = f->as("ito_t");
        EditSessions sessions(ito.connection());
        EditSessionRecord s;
        KESSAI_TRY(s = sessions.beginSession(ito, a, QStringLiteral("pc-ito")));
        QCOMPARE(s.baseVersion, 1);
        QCOMPARE(s.baseSha256, EditingFixture::sha("v1\n"));
        QCOMPARE(s.state, EditSessionRecord::State::Open);
        QVERIFY(!s.resumed);
        QCOMPARE(EditLocks(f->admin()).lockOf(a)->editSessionId, s.id);

        EditSessions::SaveResult r;
        KESSAI_TRY(r = save(ito, s.id, "draft 1\n"));
        QVERIFY(r.changed);
        QVERIFY(r.lockHeld);
        QCOMPARE(r.saves, 1);
        KESSAI_TRY(r = save(ito, s.id, "draft 2\n"));
        KESSAI_TRY(r = save(ito, s.id, "final\n"));
        QCOMPARE(r.saves, 3);
        KESSAI_TRY(r = save(ito, s.id, "final\n")); // saved again unchanged
        QVERIFY(!r.changed);
        QCOMPARE(r.saves, 3);
        QCOMPARE(f->versionCount(a), 1); // nothing is a version before the end
        QCOMPARE(working(f->admin(), s.id), QByteArray("final\n"));

        std::optional<AttachmentVersion> v;
        KESSAI_TRY(v = sessions.finishSession(ito, s.id, QStringLiteral("表を修正")));
        QVERIFY(v);
        QCOMPARE(v->versionNo, 2);
        QCOMPARE(v->note, QStringLiteral("表を修正"));
        QCOMPARE(v->editSessionId, s.id);
        QCOMPARE(f->versionCount(a), 2);
        QCOMPARE(f->content(a, 2), QByteArray("final\n"));
        QVERIFY(!EditLocks(f->admin()).lockOf(a));
        const auto ended = sessions.byId(s.id);
        QCOMPARE(ended->state, EditSessionRecord::State::Finished);
        QCOMPARE(ended->resultVersion, 2);
        QCOMPARE(ended->saves, 3);
        QCOMPARE(f->events(a),
                 (QStringList{QStringLiteral("edit.lock/ito_t"), QStringLiteral("edit.begin/ito_t"),
                              QStringLiteral("edit.save/ito_t"), QStringLiteral("edit.save/ito_t"),
                              QStringLiteral("edit.save/ito_t"), QStringLiteral("attachment.version/ito_t"),
                              QStringLiteral("edit.finish/ito_t")}));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, sessions.finishSession(ito, s.id));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, save(ito, s.id, "late\n"));
    }

    void noChangeNoVersion()
    {
        qint64 a = 0;
        KESSAI_TRY(a = attachment("unchanged\n"));
        Session &ito = f->as("ito_t");
        EditSessions sessions(ito.connection());
        std::optional<AttachmentVersion> v = AttachmentVersion{};
        EditSessionRecord s;
        KESSAI_TRY(s = sessions.beginSession(ito, a, QStringLiteral("pc-ito")));
        KESSAI_TRY(v = sessions.finishSession(ito, s.id)); // opened and closed
        QVERIFY(!v);
        KESSAI_TRY(s = sessions.beginSession(ito, a, QStringLiteral("pc-ito")));
        QVERIFY(!save(ito, s.id, "unchanged\n").changed); // saved as it was
        KESSAI_TRY(v = sessions.finishSession(ito, s.id));
        QVERIFY(!v);
        KESSAI_TRY(s = sessions.beginSession(ito, a, QStringLiteral("pc-ito")));
        KESSAI_TRY(save(ito, s.id, "changed\n"));
        KESSAI_TRY(save(ito, s.id, "unchanged\n")); // and changed back
        KESSAI_TRY(v = sessions.finishSession(ito, s.id));
        QVERIFY(!v);
        QCOMPARE(f->versionCount(a), 1);
        QVERIFY(!EditLocks(f->admin()).lockOf(a));
        QCOMPARE(f->events(a).filter(QLatin1String("edit.finish/")).size(), 3);
        const QJsonObject details =
            QJsonDocument::fromJson(f->lastDetails(a, QStringLiteral("edit.finish")).toUtf8()).object();
        QCOMPARE(details.value(QLatin1String("unchanged")).toBool(), true);
    }

    void aRestartedClientResumes()
    {
        qint64 a = 0;
        KESSAI_TRY(a = attachment("resume\n"));
        Session &ito = f->as("ito_t");
        EditSessions sessions(ito.connection());
        EditSessionRecord s;
        KESSAI_TRY(s = sessions.beginSession(ito, a, QStringLiteral("pc-ito")));
        KESSAI_TRY(save(ito, s.id, "half done\n"));
        EditSessionRecord again;
        KESSAI_TRY(again = sessions.beginSession(ito, a, QStringLiteral("pc-ito")));
        QCOMPARE(again.id, s.id);
        QVERIFY(again.resumed);
        QCOMPARE(again.workingSha256, EditingFixture::sha("half done\n"));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            sessions.beginSession(ito, a, QStringLiteral("pc-home")));
        QCOMPARE(sessions.activeSession(ito, a)->id, s.id);
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, save(f->as("sato_y"), s.id, "not mine\n"));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, sessions.discardSession(f->as("sato_y"), s.id));
        KESSAI_TRY(sessions.discardSession(ito, s.id));
        QCOMPARE(f->versionCount(a), 1);
        QVERIFY(!EditLocks(f->admin()).lockOf(a));
        const auto ended = sessions.byId(s.id);
        QCOMPARE(ended->state, EditSessionRecord::State::Discarded);
        QCOMPARE(working(f->admin(), s.id), QByteArray("half done\n")); // kept, though not a version
        QVERIFY(!sessions.activeSession(ito, a));
        QVERIFY(f->events(a).contains(QLatin1String("edit.discard/ito_t")));
    }

    void afterABrokenLockNothingIsLost()
    {
        qint64 a = 0;
        KESSAI_TRY(a = attachment("base\n"));
        Session &ito = f->as("ito_t");
        EditSessions sessions(ito.connection());
        EditSessionRecord stale;
        KESSAI_TRY(stale = sessions.beginSession(ito, a, QStringLiteral("pc-a")));
        KESSAI_TRY(save(ito, stale.id, "mine\n"));
        KESSAI_TRY(EditLocks(f->admin()).breakLock(f->as("kanri_s"), a, QStringLiteral("応答なし")));
        QCOMPARE(sessions.byId(stale.id)->state, EditSessionRecord::State::Broken);
        // The client was alive after all: its saves are still kept, without the lock.
        EditSessions::SaveResult r;
        KESSAI_TRY(r = save(ito, stale.id, "mine, more\n"));
        QVERIFY(r.changed);
        QVERIFY(!r.lockHeld);

        // Meanwhile the same person edits from another machine and finishes first.
        EditSessionRecord other;
        KESSAI_TRY(other = sessions.beginSession(ito, a, QStringLiteral("pc-b")));
        QCOMPARE(sessions.activeSession(ito, a, QStringLiteral("pc-a"))->id, stale.id);
        QCOMPARE(sessions.activeSession(ito, a, QStringLiteral("pc-b"))->id, other.id);
        KESSAI_TRY(save(ito, other.id, "theirs\n"));
        // While pc-b holds the lock, pc-a cannot finish.
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, sessions.finishSession(ito, stale.id));
        QVERIFY(test::lastErrorMessage().contains(QLatin1String("pc-b")));
        KESSAI_TRY(sessions.finishSession(ito, other.id));
        QCOMPARE(f->versionCount(a), 2);

        KESSAI_EXPECT_ERROR(StoreError::Kind::Conflict,
                            sessions.finishSession(ito, stale.id, QStringLiteral("私の版")));
        const QString message = test::lastErrorMessage();
        QVERIFY2(message.contains(QLatin1String("version 2")) &&
                     message.contains(QLatin1String("Your edit is kept")),
                 qPrintable(message));
        QCOMPARE(f->versionCount(a), 2);
        QCOMPARE(f->content(a, 2), QByteArray("theirs\n"));
        QCOMPARE(sessions.byId(stale.id)->state, EditSessionRecord::State::Broken);
        QCOMPARE(working(f->admin(), stale.id), QByteArray("mine, more\n"));

        std::optional<AttachmentVersion> v;
        KESSAI_TRY(v = sessions.finishSession(ito, stale.id, QStringLiteral("私の版"),
                                              EditSessions::OnConflict::KeepMine));
        QVERIFY(v);
        QCOMPARE(v->versionNo, 3);
        QCOMPARE(f->content(a, 3), QByteArray("mine, more\n"));
        QCOMPARE(f->content(a, 2), QByteArray("theirs\n"));
        const QJsonObject details =
            QJsonDocument::fromJson(f->lastDetails(a, QStringLiteral("edit.finish")).toUtf8()).object();
        QCOMPARE(details.value(QLatin1String("kept_over_version")).toInt(), 2);
    }

    void aBrokenSessionFinishesWhenNothingElseArrived()
    {
        qint64 a = 0;
        KESSAI_TRY(a = attachment("quiet\n"));
        Session &ito = f->as("ito_t");
        EditSessions sessions(ito.connection());
        EditSessionRecord s;
        KESSAI_TRY(s = sessions.beginSession(ito, a, QStringLiteral("pc-a")));
        KESSAI_TRY(save(ito, s.id, "quiet, edited\n"));
        KESSAI_TRY(EditLocks(f->admin()).breakLock(ito, a)); // by its owner, from anywhere
        std::optional<AttachmentVersion> v;
        KESSAI_TRY(v = sessions.finishSession(ito, s.id));
        QVERIFY(v);
        QCOMPARE(v->versionNo, 2);
    }

    void refusedAfterTheDecision()
    {
        qint64 doc = 0;
        qint64 a = 0;
        KESSAI_TRY(a = attachment("before\n", &doc));
        Session &ito = f->as("ito_t");
        EditSessions sessions(ito.connection());
        EditSessionRecord s;
        KESSAI_TRY(s = sessions.beginSession(ito, a, QStringLiteral("pc-ito")));
        KESSAI_TRY(save(ito, s.id, "edited before\n"));
        // 決裁 waits for the edit; the 文書管理者 breaks the stale lock of a client that died.
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, f->decide(doc));
        KESSAI_TRY(EditLocks(f->admin()).breakLock(f->as("kanri_s"), a, QStringLiteral("端末停止")));
        KESSAI_TRY(f->decide(doc));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, save(ito, s.id, "edited after\n"));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, sessions.finishSession(ito, s.id));
        QVERIFY(test::lastErrorMessage().contains(QLatin1String("frozen")));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            sessions.finishSession(ito, s.id, {}, EditSessions::OnConflict::KeepMine));
        QCOMPARE(f->versionCount(a), 1);
        KESSAI_TRY(sessions.discardSession(ito, s.id));
        QVERIFY(!EditLocks(f->admin()).lockOf(a));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            sessions.beginSession(ito, a, QStringLiteral("pc-ito")));
    }

    void emptyAndOversizedSavesAreRefused()
    {
        qint64 a = 0;
        KESSAI_TRY(a = attachment("size\n"));
        Session &ito = f->as("ito_t");
        EditSessions sessions(ito.connection());
        EditSessionRecord s;
        KESSAI_TRY(s = sessions.beginSession(ito, a, QStringLiteral("pc-ito")));
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, save(ito, s.id, QByteArray()));
        QVERIFY(test::lastErrorMessage().contains(QLatin1String("empty")));
        Session admin(f->admin());
        AttachmentStore store(f->admin());
        const qint64 limit = store.sizeLimit();
        KESSAI_TRY(store.setSizeLimit(admin, 8));
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, save(ito, s.id, "more than eight bytes\n"));
        QVERIFY(test::lastErrorMessage().contains(QLatin1String("over the limit")));
        KESSAI_TRY(store.setSizeLimit(admin, limit));
        QCOMPARE(sessions.byId(s.id)->saves, 0);
        KESSAI_TRY(sessions.discardSession(ito, s.id));
    }

    void auditChainIsIntact()
    {
        const AuditLog::Verification result = AuditLog(f->admin()).verify();
        QVERIFY2(result.intact, qPrintable(result.problem));
    }
};

QTEST_GUILESS_MAIN(TestEditSessions)
#include "tst_editsessions.moc"
