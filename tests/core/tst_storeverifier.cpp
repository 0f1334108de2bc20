// SPDX-License-Identifier: GPL-3.0-or-later
// StoreVerifier (kessai-cli store verify, Tools → 検証) on both backends: an intact store passes;
// a hand-altered chunk, a missing chunk and a tampered audit row are all found in one run, each
// on a line naming the document and attachment, and so is a chunk too many; progress reaches the
// total and can cancel; and reading the altered attachment is refused with the same names.
#include "core/content/BlobStore.h"
#include "core/content/StoreVerifier.h"
#include "core/documents/AttachmentStore.h"
#include "core/documents/DocumentStore.h"
#include "core/org/Session.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"

#include <QBuffer>
#include <QTest>

#include <memory>

using namespace kessai;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 kChunk = BlobStore::kChunkSize;
} // namespace

class TestStoreVerifier : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<StoreConnection> m_connection;
    std::unique_ptr<Session> m_session;
    qint64 m_doc = 0;
    AttachmentRecord m_csv;
    AttachmentRecord m_pdf;
    AttachmentRecord m_note;

    AttachmentRecord add(const QByteArray &content, const QString &name)
    {
        QBuffer buffer;
        buffer.setData(content);
        buffer.open(QIODevice::ReadOnly);
        return AttachmentStore(*m_connection).add(*m_session, m_doc, buffer, {name, {}, u"text/plain"_s});
    }
    qint64 blobId(const AttachmentRecord &attachment)
    {
        return BlobStore(*m_connection).find(attachment.sha256)->id;
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::TestDatabase>();
        KESSAI_TRY(m_connection = std::make_unique<StoreConnection>(m_db->url()));
        KESSAI_TRY(test::setUpDraftingOffice(*m_connection, u"管理 太郎"_s));
        KESSAI_TRY(m_session = std::make_unique<Session>(*m_connection));
        DocumentRecord draft;
        draft.title = u"決裁済みの集計"_s;
        KESSAI_TRY(m_doc = DocumentStore(*m_connection).createDraft(*m_session, draft));
        KESSAI_TRY(m_csv = add(test::randomBytes(kChunk * 2 + 10, 1), u"集計表.csv"_s));
        KESSAI_TRY(m_pdf = add(test::randomBytes(kChunk + 7, 2), u"資料.pdf"_s));
        KESSAI_TRY(m_note = add("memo", u"メモ.txt"_s));
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_connection.reset();
        m_db.reset();
    }

    // Runs first (slots run in order): the store as made is intact.
    void intactStorePasses()
    {
        QList<StoreVerifier::Progress> seen;
        StoreVerifier::Report report;
        KESSAI_TRY(report = StoreVerifier(*m_connection).run([&](const StoreVerifier::Progress &p) {
            seen.append(p);
            return true;
        }));
        QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
        QCOMPARE(report.blobsChecked, 3);
        QCOMPARE(report.bytesChecked, kChunk * 3 + 10 + 7 + 4);
        QVERIFY(report.auditEventsChecked >= 4);
        QCOMPARE(report.stagedUploads, 0);
        QVERIFY(seen.size() >= 5); // one per chunk at least
        for (qsizetype i = 1; i < seen.size(); ++i)
            QVERIFY(seen.at(i).bytesDone >= seen.at(i - 1).bytesDone);
        QCOMPARE(seen.constLast().bytesDone, seen.constLast().bytesTotal);
        QCOMPARE(seen.constLast().blobsDone, 3);
    }

    void cancelStops()
    {
        int calls = 0;
        KESSAI_EXPECT_ERROR(
            StoreError::Kind::Cancelled,
            StoreVerifier(*m_connection).run([&](const StoreVerifier::Progress &) { return ++calls < 3; }));
        QCOMPARE(calls, 3);
    }

    void everyProblemIsFoundInOneRun()
    {
        // By hand, as someone with access to the database file or server could: one byte of the
        // decided CSV's second chunk, the PDF's second chunk removed, an audit row edited.
        QByteArray altered;
        {
            SqlQuery chunk(*m_connection, u"SELECT data FROM blob_chunks WHERE blob_id = ? AND seq = 1"_s);
            chunk.bind(blobId(m_csv)).exec();
            QVERIFY(chunk.next());
            altered = chunk.value(0).toByteArray();
        } // an open result would keep this connection on its old snapshot (SQLite)
        altered[7] = char(altered.at(7) ^ 0x01);
        KESSAI_TRY(SqlQuery(*m_connection, u"UPDATE blob_chunks SET data = ? WHERE blob_id = ? AND seq = 1"_s)
                       .bind(altered)
                       .bind(blobId(m_csv))
                       .exec());
        KESSAI_TRY(SqlQuery(*m_connection, u"DELETE FROM blob_chunks WHERE blob_id = ? AND seq = 1"_s)
                       .bind(blobId(m_pdf))
                       .exec());
        if (test::TestDatabase::isPostgreSQL()) {
            m_db->superuserExec(u"ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_change"_s);
        } else {
            m_db->superuserExec(u"DROP TRIGGER audit_events_no_update"_s);
        }
        m_db->superuserExec(u"UPDATE audit_events SET actor_login = 'someone_else' WHERE id = 2"_s);

        StoreVerifier::Report report;
        KESSAI_TRY(report = StoreVerifier(*m_connection).run());
        QVERIFY(!report.ok());
        QVERIFY2(report.problems.size() == 3, qPrintable(report.problems.join(u'\n')));
        QCOMPARE(report.blobsChecked, 3);
        const QString doc = u"document %1"_s.arg(m_doc);
        const QString csv = test::lineContaining(report.problems, u"集計表.csv"_s);
        QVERIFY2(csv.contains(doc) && csv.contains(u"attachment 1"_s) && csv.contains(u"SHA-256"_s),
                 qPrintable(report.problems.join(u'\n')));
        const QString pdf = test::lineContaining(report.problems, u"資料.pdf"_s);
        QVERIFY2(pdf.contains(doc) && pdf.contains(u"attachment 2"_s) &&
                     pdf.contains(u"chunk 2 of 2 is missing"_s),
                 qPrintable(report.problems.join(u'\n')));
        const QString audit = test::lineContaining(report.problems, u"audit log"_s);
        QVERIFY2(audit.contains(u"event 2"_s), qPrintable(report.problems.join(u'\n')));
        QVERIFY(test::lineContaining(report.problems, u"メモ.txt"_s).isEmpty());
    }

    void readingAlteredContentIsRefused()
    {
        // Runs after the damage above: export (and every other read) refuses, naming what.
        QByteArray out;
        QBuffer sink(&out);
        sink.open(QIODevice::WriteOnly);
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData,
                            AttachmentStore(*m_connection).exportContent(m_doc, 1, sink));
        const QString message = test::lastErrorMessage();
        QVERIFY2(message.contains(u"document %1, attachment 1 \"集計表.csv\""_s.arg(m_doc)),
                 qPrintable(message));
        QVERIFY2(message.contains(u"SHA-256"_s), qPrintable(message));
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData,
                            AttachmentStore(*m_connection).exportContent(m_doc, 2, sink));
        QVERIFY2(test::lastErrorMessage().contains(u"chunk 2 of 2 is missing"_s),
                 qPrintable(test::lastErrorMessage()));
        QByteArray intact;
        QBuffer noteSink(&intact);
        noteSink.open(QIODevice::WriteOnly);
        KESSAI_TRY(AttachmentStore(*m_connection).exportContent(m_doc, 3, noteSink));
        QCOMPARE(intact, QByteArray("memo"));
    }

    void extraChunkIsFound()
    {
        // A chunk beyond what the size calls for is not read, but the check counts the chunks.
        KESSAI_TRY(SqlQuery(*m_connection, u"INSERT INTO blob_chunks (blob_id, seq, data) VALUES (?, 1, ?)"_s)
                       .bind(blobId(m_note))
                       .bind(QByteArray("smuggled"))
                       .exec());
        StoreVerifier::Report report;
        KESSAI_TRY(report = StoreVerifier(*m_connection).run());
        const QString note = test::lineContaining(report.problems, u"メモ.txt"_s);
        QVERIFY2(note.contains(u"document %1, attachment 3"_s.arg(m_doc)) &&
                     note.contains(u"it has 2 chunks (the last numbered 2) where its size calls for 1"_s),
                 qPrintable(report.problems.join(u'\n')));
        QCOMPARE(report.problems.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestStoreVerifier)
#include "tst_storeverifier.moc"
