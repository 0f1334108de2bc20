// SPDX-License-Identifier: GPL-3.0-or-later
// AttachmentActivity on both backends: the signature an open window polls changes with every
// version, lock, the viewer's own save, workflow action and a lock turning stale — and with
// nothing else (others' saves in progress stay theirs); read() says who edits what and what the
// viewer may do about it (編集, break a stale lock, or only look).
#include "core/editing/AttachmentActivity.h"
#include "core/editing/AttachmentVersions.h"
#include "core/editing/EditLocks.h"
#include "core/editing/EditSessions.h"
#include "core/org/Session.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/Timestamps.h"
#include "tests/editing/EditingFixture.h"

#include <QBuffer>
#include <QTest>

using namespace kessai;
using namespace kessai::test;
using Action = AttachmentActivity::Action;
using K = WorkflowActionKind;

class TestAttachmentActivity : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EditingFixture> f;

    QString signature(const char *login, qint64 doc, const QString &machine = QStringLiteral("pc-a"))
    {
        Session &s = f->as(login);
        return AttachmentActivity(s.connection()).signature(s, doc, machine);
    }
    QList<AttachmentActivity::Entry> read(const char *login, qint64 doc,
                                          const QString &machine = QStringLiteral("pc-a"))
    {
        Session &s = f->as(login);
        return AttachmentActivity(s.connection()).read(s, doc, machine);
    }
    static void save(Session &session, qint64 sessionId, const QByteArray &bytes)
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        EditSessions(session.connection()).saveWorking(session, sessionId, buffer);
    }

private slots:
    void initTestCase() { KESSAI_TRY(f = std::make_unique<EditingFixture>()); }
    void cleanupTestCase() { f.reset(); }

    void signatureFollowsWhatAWindowShows()
    {
        QList<qint64> ids;
        qint64 doc = 0;
        KESSAI_TRY(doc = f->draftWith({"一\n", "二\n"}, &ids));
        QString before;
        KESSAI_TRY(before = signature("ito_t", doc));
        QVERIFY(!before.isEmpty());
        QCOMPARE(signature("ito_t", doc), before); // stable while nothing changes
        QCOMPARE(signature("ito_t", 999999), QString());

        // A new version.
        Session &ito = f->as("ito_t");
        QBuffer buffer;
        buffer.setData("一 改\n");
        buffer.open(QIODevice::ReadOnly);
        KESSAI_TRY(AttachmentVersions(ito.connection()).addVersion(ito, ids.at(0), buffer, {}, 1));
        const QString afterVersion = signature("ito_t", doc);
        QVERIFY(afterVersion != before);

        // Her edit session on another machine: the lock shows for everyone; its saves only for her
        // there.
        const QString satoBefore = signature("sato_y", doc);
        EditSessionRecord session;
        KESSAI_TRY(session =
                       EditSessions(ito.connection()).beginSession(ito, ids.at(1), QStringLiteral("pc-b")));
        const QString locked = signature("sato_y", doc);
        QVERIFY(locked != satoBefore);
        QVERIFY(signature("ito_t", doc) != afterVersion);
        const QString herHere = signature("ito_t", doc, QStringLiteral("pc-b"));
        KESSAI_TRY(save(ito, session.id, "二 作業中\n"));
        QVERIFY(signature("ito_t", doc, QStringLiteral("pc-b")) != herHere); // her own save, there
        QCOMPARE(signature("sato_y", doc), locked);                          // not anyone else's business

        // A lock that stops being refreshed turns stale.
        SqlQuery(f->admin(), QStringLiteral("UPDATE edit_locks SET last_seen = ? WHERE attachment_id = ?"))
            .bind(Timestamps::toText(Timestamps::now().addSecs(-EditLocks::kStaleAfterSeconds - 60)))
            .bind(ids.at(1))
            .exec();
        QVERIFY(signature("sato_y", doc) != locked);

        // A workflow action changes who may edit.
        KESSAI_TRY(EditSessions(ito.connection()).finishSession(ito, session.id));
        KESSAI_TRY(f->route(doc, false));
        const QString drafted = signature("sato_y", doc);
        KESSAI_TRY(f->act("ito_t", doc, K::Submit));
        QVERIFY(signature("sato_y", doc) != drafted);
    }

    void readSaysWhoEditsAndWhatTheViewerMayDo()
    {
        QList<qint64> ids;
        qint64 doc = 0;
        KESSAI_TRY(doc = f->draftWith({"甲\n", "乙\n"}, &ids));
        Session &ito = f->as("ito_t");
        EditSessionRecord session;
        KESSAI_TRY(session =
                       EditSessions(ito.connection()).beginSession(ito, ids.at(1), QStringLiteral("pc-a")));
        KESSAI_TRY(save(ito, session.id, "乙 作業中\n"));

        QList<AttachmentActivity::Entry> entries;
        KESSAI_TRY(entries = read("ito_t", doc));
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).action, Action::Edit); // the drafter edits her draft
        QVERIFY(!entries.at(0).lock && entries.at(0).ownSessionId == 0);
        QCOMPARE(entries.at(1).action, Action::Edit); // her own session here: carry on
        QCOMPARE(entries.at(1).ownSessionId, session.id);
        QCOMPARE(entries.at(1).ownWorkingSha256, EditingFixture::sha("乙 作業中\n"));
        QCOMPARE(entries.at(1).lock->userLogin, QStringLiteral("ito_t"));

        // Her other machine: the lock is hers to break, the working content is not shown there.
        KESSAI_TRY(entries = read("ito_t", doc, QStringLiteral("pc-home")));
        QCOMPARE(entries.at(1).action, Action::BreakLock);
        QVERIFY(entries.at(1).ownWorkingSha256.isEmpty());

        // 係長 may not edit the draft: only look; the 文書管理者 may break the lock.
        KESSAI_TRY(entries = read("sato_y", doc));
        QCOMPARE(entries.at(0).action, Action::None);
        QVERIFY(entries.at(0).refusal.contains(QLatin1String("drafter")));
        QCOMPARE(entries.at(1).action, Action::None);
        KESSAI_TRY(entries = read("kanri_s", doc));
        QCOMPARE(entries.at(1).action, Action::BreakLock);
        QCOMPARE(entries.at(0).action, Action::None);
        KESSAI_TRY(EditSessions(ito.connection()).discardSession(ito, session.id));
    }
};

QTEST_MAIN(TestAttachmentActivity)
#include "tst_attachmentactivity.moc"
