// SPDX-License-Identifier: GPL-3.0-or-later
// The 課's hot folder (ホットフォルダ): a scan still being written is not picked up until it stops
// changing; a picked-up file leaves the folder only after the store committed its receipt, and
// one left behind by an app that stopped in between is recognised, not registered twice; empty,
// locked and unreadable files stay with their reason. Two clients watching one folder register a
// scan once: the second one, racing the first, finds the first one's receipt (the store's unique
// key on the unit, the file's name and its content). The clock is the test's: no sleeping.
#include "core/documents/AttachmentStore.h"
#include "core/documents/HotFolder.h"
#include "core/documents/ReceiptStore.h"
#include "core/org/Session.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/Transaction.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/WorkflowOrg.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QThread>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace kessai;
using State = HotFolder::FileState;

class TestHotFolder : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<StoreConnection> m_admin;
    test::WorkflowOrg m_org;
    std::unique_ptr<test::SessionAs> m_ito;
    QDateTime m_now = QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC);
    std::unique_ptr<QTemporaryDir> m_dir;

    Session &ito() { return m_ito->session(); }
    HotFolder folder() { return HotFolder(m_dir->path(), 2000, [this] { return m_now; }); }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    static void write(const QString &path, const QByteArray &bytes, QIODevice::OpenMode mode = QIODevice::WriteOnly)
    {
        QFile file(path);
        QVERIFY(file.open(mode));
        QCOMPARE(file.write(bytes), qint64(bytes.size()));
    }
    static HotFolder::Entry entryOf(const QList<HotFolder::Entry> &entries, const QString &name)
    {
        for (const HotFolder::Entry &e : entries) {
            if (e.fileName == name)
                return e;
        }
        return {};
    }
    ReceiptRecord fields() const
    {
        ReceiptRecord r;
        r.senderName = QStringLiteral("北海道");
        r.receivedOn = QDate::currentDate();
        r.unitId = m_org.division;
        return r;
    }
    qint64 receipts() { return test::rowCount(*m_admin, QStringLiteral("receipts")); }

private slots:
    void initTestCase()
    {
        KESSAI_TRY(m_db = std::make_unique<test::TestDatabase>());
        KESSAI_TRY(m_admin = std::make_unique<StoreConnection>(m_db->url()));
        KESSAI_TRY(m_org.setUp(*m_admin));
        KESSAI_TRY(m_ito = std::make_unique<test::SessionAs>(*m_db, *m_admin, QStringLiteral("ito_t")));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanupTestCase()
    {
        m_ito.reset();
        m_admin.reset();
        m_db.reset();
    }

    void aScanStillBeingWrittenWaits()
    {
        HotFolder hot = folder();
        const QString scan = path(QStringLiteral("scan0001.pdf"));
        write(scan, "%PDF-1.4 first half ");
        QCOMPARE(entryOf(hot.scan(), QStringLiteral("scan0001.pdf")).state, State::Waiting);
        m_now = m_now.addSecs(5);
        write(scan, "second half %%EOF\n", QIODevice::Append); // the scanner goes on writing
        HotFolder::Entry entry = entryOf(hot.scan(), QStringLiteral("scan0001.pdf"));
        QCOMPARE(entry.state, State::Waiting);
        QVERIFY(entry.reason.contains(QStringLiteral("still being written")));
        // Not picked up while waiting: refused, nothing registered, the file stays.
        const qint64 before = receipts();
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, hot.pickUp(m_ito->connection(), ito(), entry, fields()));
        QCOMPARE(receipts(), before);
        m_now = m_now.addMSecs(1500);
        QCOMPARE(entryOf(hot.scan(), QStringLiteral("scan0001.pdf")).state, State::Waiting);
        m_now = m_now.addMSecs(600);
        entry = entryOf(hot.scan(), QStringLiteral("scan0001.pdf"));
        QCOMPARE(entry.state, State::Ready);

        HotFolder::PickUp done;
        KESSAI_TRY(done = hot.pickUp(m_ito->connection(), ito(), entry, fields()));
        QVERIFY(done.removed);
        QVERIFY(!done.registeredBefore);
        QVERIFY(!QFile::exists(scan));
        const auto receipt = ReceiptStore(*m_admin).receipt(done.documentId);
        QVERIFY(receipt);
        QCOMPARE(receipt->title, QStringLiteral("scan0001")); // the file's name when none is given
        QCOMPARE(receipt->sourceFile, QStringLiteral("scan0001.pdf"));
        QCOMPARE(receipt->numberLabel, done.numberLabel);
        // The whole file, as written in two goes, is the attachment.
        QBuffer stored;
        QVERIFY(stored.open(QIODevice::WriteOnly));
        KESSAI_TRY(AttachmentStore(*m_admin).exportContent(done.documentId, 1, stored));
        QCOMPARE(stored.data(), QByteArray("%PDF-1.4 first half second half %%EOF\n"));
        QVERIFY(hot.scan().isEmpty());
    }

    void emptyLockedAndUnreadableFilesStayWithTheirReason()
    {
        HotFolder hot = folder();
        write(path(QStringLiteral("empty.pdf")), {});
        write(path(QStringLiteral("locked.pdf")), "being scanned");
        write(path(QStringLiteral("locked.pdf.lock")), "scanner");
        write(path(QStringLiteral("~temp.pdf")), "a temporary name");
        write(path(QStringLiteral("secret.pdf")), "no permission");
        QFile(path(QStringLiteral("secret.pdf"))).setPermissions(QFileDevice::WriteOwner);
        hot.scan();
        m_now = m_now.addSecs(3);
        const QList<HotFolder::Entry> entries = hot.scan();
        QCOMPARE(entries.size(), 3 + 0); // empty, locked, secret: not the lock marker nor ~temp
        const HotFolder::Entry empty = entryOf(entries, QStringLiteral("empty.pdf"));
        QCOMPARE(empty.state, State::Empty);
        QVERIFY(empty.reason.contains(QStringLiteral("empty")));
        const HotFolder::Entry locked = entryOf(entries, QStringLiteral("locked.pdf"));
        QCOMPARE(locked.state, State::Locked);
        QVERIFY(locked.reason.contains(QStringLiteral("locked.pdf.lock")));
        const qint64 before = receipts();
        for (const HotFolder::Entry &entry : entries) {
            if (entry.state == State::Ready)
                continue; // root reads files without permission (see below)
            KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, hot.pickUp(m_ito->connection(), ito(), entry, fields()));
            QVERIFY(test::lastErrorMessage().contains(entry.fileName));
            QVERIFY(QFile::exists(entry.path));
        }
        QCOMPARE(receipts(), before);
        const HotFolder::Entry secret = entryOf(entries, QStringLiteral("secret.pdf"));
        if (QFile(secret.path).open(QIODevice::ReadOnly))
            QSKIP("running as a user who reads files without permission (root): unreadable not testable here");
        QCOMPARE(secret.state, State::Unreadable);
        QVERIFY(secret.reason.contains(QStringLiteral("cannot be read")));
    }

    void aFileChangedAfterTheListingStays()
    {
        HotFolder hot = folder();
        write(path(QStringLiteral("fax.tif")), "first page");
        hot.scan();
        m_now = m_now.addSecs(3);
        const HotFolder::Entry entry = entryOf(hot.scan(), QStringLiteral("fax.tif"));
        QCOMPARE(entry.state, State::Ready);
        write(path(QStringLiteral("fax.tif")), "second page, longer", QIODevice::Append);
        const qint64 before = receipts();
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, hot.pickUp(m_ito->connection(), ito(), entry, fields()));
        QVERIFY(test::lastErrorMessage().contains(QStringLiteral("changed since it was listed")));
        QCOMPARE(receipts(), before);
        QVERIFY(QFile::exists(entry.path));
        // Gone since the listing (another client watching the folder took it): nothing here, no error.
        QVERIFY(QFile::remove(entry.path));
        HotFolder::PickUp gone;
        KESSAI_TRY(gone = hot.pickUp(m_ito->connection(), ito(), entry, fields()));
        QVERIFY(gone.gone);
        QCOMPARE(gone.documentId, 0);
        QVERIFY(gone.problem.contains(QStringLiteral("fax.tif")));
        QCOMPARE(receipts(), before);
    }

    void aFileLeftBehindAfterTheCommitIsNotRegisteredTwice()
    {
        const QString scan = path(QStringLiteral("scan0002.pdf"));
        write(scan, "%PDF-1.4 registered, then the app stopped\n");
        qint64 first = 0;
        {
            HotFolder hot = folder();
            hot.scan();
            m_now = m_now.addSecs(3);
            const HotFolder::Entry entry = entryOf(hot.scan(), QStringLiteral("scan0002.pdf"));
            // The store commits; the app stops before removing the file.
            KESSAI_TRY(first = hot.store(m_ito->connection(), ito(), entry, fields()).documentId);
        }
        QVERIFY(QFile::exists(scan));
        const qint64 before = receipts();
        // The next run finds it again: registered already, only removed now.
        HotFolder again = folder();
        again.scan();
        m_now = m_now.addSecs(3);
        const HotFolder::Entry entry = entryOf(again.scan(), QStringLiteral("scan0002.pdf"));
        QCOMPARE(entry.state, State::Ready);
        HotFolder::PickUp done;
        KESSAI_TRY(done = again.pickUp(m_ito->connection(), ito(), entry, fields()));
        QVERIFY(done.registeredBefore);
        QCOMPARE(done.documentId, first);
        QVERIFY(done.removed);
        QCOMPARE(receipts(), before);
        QVERIFY(!QFile::exists(scan));

        // A new scan that happens to get the same name is a new receipt (other content).
        write(scan, "%PDF-1.4 another document, same name\n");
        HotFolder third = folder();
        third.scan();
        m_now = m_now.addSecs(3);
        KESSAI_TRY(done = third.pickUp(m_ito->connection(), ito(), entryOf(third.scan(), QStringLiteral("scan0002.pdf")),
                                       fields()));
        QVERIFY(!done.registeredBefore);
        QVERIFY(done.documentId != first);
        QCOMPARE(receipts(), before + 1);
    }

    void twoWatchersRacingForOneScanRegisterItOnce()
    {
        const QString scan = path(QStringLiteral("scan0300.pdf"));
        write(scan, "%PDF-1.4 the same scan, seen by two clients\n");
        QFile file(scan);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
        file.close();
        HotFolder second = folder();
        second.scan();
        m_now = m_now.addSecs(3);
        const HotFolder::Entry entry = entryOf(second.scan(), QStringLiteral("scan0300.pdf"));
        QCOMPARE(entry.state, State::Ready);
        const qint64 before = receipts();

        // The first client is registering it right now: its receipt written, not yet committed.
        std::optional<Transaction> first(std::in_place, m_ito->connection());
        ReceiptRecord claimed = fields();
        claimed.title = QStringLiteral("scan0300");
        claimed.sourceFile = entry.fileName;
        claimed.sourceSha256 = sha256;
        qint64 firstId = 0;
        KESSAI_TRY(firstId = ReceiptStore(m_ito->connection()).registerReceipt(ito(), claimed));

        // The second client, on its own connection and thread, picks the same file up meanwhile.
        const bool postgres = test::TestDatabase::isPostgreSQL();
        const DatabaseUrl url = postgres ? m_db->urlAs(QStringLiteral("ito_t")) : m_db->url();
        HotFolder::PickUp secondResult;
        QString secondError;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            try {
                StoreConnection connection(url);
                Session session(connection, postgres ? QString() : QStringLiteral("ito_t"));
                secondResult = second.pickUp(connection, session, entry, fields());
            } catch (const StoreError &error) {
                secondError = error.message();
            }
        }));
        thread->start();
        if (postgres) // it waits for the first one's receipt: the unique key holds it
            QTRY_VERIFY_WITH_TIMEOUT(SqlQuery(*m_admin, QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE "
                                                                       "wait_event_type = 'Lock' AND datname = current_database()"))
                                             .scalar()
                                             .toInt() > 0,
                                     15000);
        KESSAI_TRY(first->commit());
        first.reset();
        QVERIFY(thread->wait(30000));
        QVERIFY2(secondError.isEmpty(), qPrintable(secondError));
        // One receipt: the second client found the first one's, and removed the file.
        QVERIFY(secondResult.registeredBefore);
        QCOMPARE(secondResult.documentId, firstId);
        QVERIFY(secondResult.removed);
        QCOMPARE(receipts(), before + 1);
        QVERIFY(!QFile::exists(scan));
    }

    void aMissingFolderIsNamed()
    {
        HotFolder hot(m_dir->filePath(QStringLiteral("no-such-folder")));
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, hot.scan());
        QVERIFY(test::lastErrorMessage().contains(QStringLiteral("no-such-folder")));
    }
};

QTEST_GUILESS_MAIN(TestHotFolder)
#include "tst_hotfolder.moc"
