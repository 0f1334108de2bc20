// SPDX-License-Identifier: GPL-3.0-or-later
// Live updates (issue 12): on PostgreSQL a committed change reaches StoreChangeListener as the
// document's id (schema v7's triggers, LISTEN/NOTIFY), a rolled-back one never does, payloads
// hold ids only, and a listener whose connection is killed listens again and says so. On SQLite
// the listener reports itself unavailable and does nothing.
#include "core/documents/AttachmentStore.h"
#include "core/documents/DocumentStore.h"
#include "core/editing/AttachmentVersions.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/setup/OrganizationSetup.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreChange.h"
#include "core/store/StoreChangeListener.h"
#include "core/store/StoreConnection.h"
#include "core/store/Timestamps.h"
#include "core/store/Transaction.h"
#include "tests/support/TestDatabase.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QTest>

#include <memory>

using namespace kessai;

namespace {
const QString kTitle = QStringLiteral("極秘の件名：庁舎移転計画");

/// An organization with one drafter and one draft with one attachment.
struct Store
{
    test::TestDatabase db;
    std::unique_ptr<StoreConnection> connection;
    std::unique_ptr<Session> session;
    qint64 document = 0;
    qint64 other = 0;
    qint64 attachment = 0;

    Store()
    {
        connection = std::make_unique<StoreConnection>(db.url());
        OrganizationSetup(*connection).initialize(QStringLiteral("テスト市"), QStringLiteral("起案 花子"));
        {
            Session setup(*connection);
            OrgStore org(*connection);
            Unit unit;
            unit.code = QStringLiteral("総務");
            unit.name = QStringLiteral("総務課");
            User me = setup.user();
            me.unitId = org.addUnit(setup, unit);
            org.updateUser(setup, me);
        }
        session = std::make_unique<Session>(*connection);
        DocumentRecord draft;
        draft.title = kTitle;
        document = DocumentStore(*connection).createDraft(*session, draft);
        draft.title = QStringLiteral("別の起案");
        other = DocumentStore(*connection).createDraft(*session, draft);
        QBuffer source;
        source.setData("第1版");
        source.open(QIODevice::ReadOnly);
        attachment = AttachmentStore(*connection)
                         .add(*session, document, source, {QStringLiteral("秘密の名前.txt"), {}, {}})
                         .id;
    }

    void addVersion(int base)
    {
        QBuffer buffer;
        buffer.setData(QByteArray("第") + QByteArray::number(base + 1) + "版");
        buffer.open(QIODevice::ReadOnly);
        AttachmentVersions(*connection).addVersion(*session, attachment, buffer, {}, base);
    }

    /// Touches a document's row (what any workflow action does), committed or not.
    void touch(qint64 documentId, bool commit)
    {
        Transaction transaction(*connection);
        SqlQuery(*connection, QStringLiteral("UPDATE documents SET updated_at = ? WHERE id = ?"))
            .bind(Timestamps::toText(Timestamps::now()))
            .bind(documentId)
            .exec();
        if (commit)
            transaction.commit();
    }
};

bool listens(StoreChangeListener &listener)
{
    return QTest::qWaitFor([&listener] { return listener.isListening(); }, 10000);
}

bool hasDocument(const QSignalSpy &spy, qint64 documentId)
{
    for (const QList<QVariant> &arguments : spy) {
        if (arguments.at(0).toLongLong() == documentId)
            return true;
    }
    return false;
}
} // namespace

class TestStoreChangeListener : public QObject
{
    Q_OBJECT

private slots:
    void payloadsAreReadDefensively()
    {
        const StoreChange change =
            StoreChange::parse(QStringLiteral(R"({"t":"attachment_versions","d":12,"a":3})"));
        QCOMPARE(change.table, QStringLiteral("attachment_versions"));
        QCOMPARE(change.documentId, 12);
        QCOMPARE(change.attachmentId, 3);
        QVERIFY(change.concernsDocument());
        QCOMPARE(StoreChange::parse(QStringLiteral(R"({"t":"absences"})")).documentId, 0);
        for (const char *bad : {"", "not json", "[1,2]", R"({"d":12})", R"({"t":"x; drop","d":1})",
                                R"({"t":7})", R"({"t":"documents","d":-4})", R"({"t":"documents","d":1.5})",
                                R"({"t":"documents","d":"12"})", R"({"t":"documents","d":1e300})"}) {
            const StoreChange parsed = StoreChange::parse(QString::fromUtf8(bad));
            QVERIFY2(!parsed.concernsDocument(), bad);
        }
    }

    void sqliteHasNoListener()
    {
        if (test::TestDatabase::isPostgreSQL())
            QSKIP("PostgreSQL listens");
        Store store;
        StoreChangeListener listener(store.db.url());
        QVERIFY(!listener.isAvailable());
        QSignalSpy changed(&listener, &StoreChangeListener::changed);
        listener.start();
        store.addVersion(1);
        QVERIFY(!listener.isListening());
        QCOMPARE(listener.backendPid(), 0);
        QCOMPARE(changed.size(), 0);
    }

    void anotherConnectionsVersionArrivesAsItsDocument()
    {
        if (!test::TestDatabase::isPostgreSQL())
            QSKIP("LISTEN/NOTIFY is PostgreSQL's");
        Store store;
        StoreChangeListener listener(store.db.url());
        QVERIFY(listener.isAvailable());
        QSignalSpy changed(&listener, &StoreChangeListener::changed);
        QSignalSpy documents(&listener, &StoreChangeListener::documentChanged);
        listener.start();
        QVERIFY(listens(listener));
        // Listening (again) means "read everything once": commits before LISTEN were not notified.
        QTRY_COMPARE(changed.size(), 1);

        store.addVersion(1);
        QTRY_VERIFY(hasDocument(documents, store.document));
        bool versionSeen = false;
        for (const QList<QVariant> &arguments : documents) {
            if (arguments.at(1).toString() == QLatin1String("attachment_versions")) {
                versionSeen = true;
                QCOMPARE(arguments.at(0).toLongLong(), store.document);
                QCOMPARE(arguments.at(2).toLongLong(), store.attachment);
            }
        }
        QVERIFY(versionSeen);
        QVERIFY(!hasDocument(documents, store.other));
    }

    void aRolledBackChangeNotifiesNothing()
    {
        if (!test::TestDatabase::isPostgreSQL())
            QSKIP("LISTEN/NOTIFY is PostgreSQL's");
        Store store;
        StoreChangeListener listener(store.db.url());
        listener.start();
        QVERIFY(listens(listener));
        QSignalSpy documents(&listener, &StoreChangeListener::documentChanged);
        store.touch(store.document, false);
        store.touch(store.other, true);
        // Notifications arrive in commit order: once the later commit is here, the rolled-back
        // change would have been too.
        QTRY_VERIFY(hasDocument(documents, store.other));
        QVERIFY(!hasDocument(documents, store.document));
    }

    void payloadsCarryIdsOnly()
    {
        if (!test::TestDatabase::isPostgreSQL())
            QSKIP("LISTEN/NOTIFY is PostgreSQL's");
        Store store;
        // The raw payloads, on a connection of this thread.
        StoreConnection raw(store.db.url(), StoreConnection::Open::Existing);
        QSqlDriver *driver = raw.database().driver();
        QSignalSpy payloads(driver, &QSqlDriver::notification);
        QVERIFY(driver->subscribeToNotification(QStringLiteral("kessai_change")));
        store.addVersion(1);
        store.touch(store.document, true);
        QTRY_VERIFY(payloads.size() >= 2);
        for (const QList<QVariant> &arguments : payloads) {
            const QString payload = arguments.at(2).toString();
            QVERIFY2(!payload.contains(kTitle) && !payload.contains(QStringLiteral("秘密")),
                     qPrintable(payload));
            const StoreChange change = StoreChange::parse(payload);
            QVERIFY2(change.concernsDocument(), qPrintable(payload));
            QCOMPARE(change.documentId, store.document);
            QVERIFY2(payload.size() < 80, qPrintable(payload));
        }
    }

    void aKilledConnectionListensAgainAndSaysSo()
    {
        if (!test::TestDatabase::isPostgreSQL())
            QSKIP("LISTEN/NOTIFY is PostgreSQL's");
        Store store;
        StoreChangeListener listener(store.db.url());
        listener.start();
        QVERIFY(listens(listener));
        const qint64 pid = listener.backendPid();
        QVERIFY(pid > 0);
        QSignalSpy listening(&listener, &StoreChangeListener::listeningChanged);
        QSignalSpy changed(&listener, &StoreChangeListener::changed);
        QSignalSpy documents(&listener, &StoreChangeListener::documentChanged);
        store.db.superuserExec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid));
        QTRY_VERIFY_WITH_TIMEOUT(listening.size() >= 1 && !listening.at(0).at(0).toBool(), 10000);
        // Listening again on a new connection; changed() tells windows to read what they missed.
        QTRY_VERIFY_WITH_TIMEOUT(listener.isListening() && changed.size() >= 1, 10000);
        QVERIFY(listener.backendPid() != pid);
        store.addVersion(1);
        QTRY_VERIFY(hasDocument(documents, store.document));
    }
};

QTEST_GUILESS_MAIN(TestStoreChangeListener)
#include "tst_storechangelistener.moc"
