// SPDX-License-Identifier: GPL-3.0-or-later
// AttachmentStore on both backends: the user's order, rename, removal, who may change what,
// deduplication across documents, 引用起案, stale saves, and streams that fail half-way.
#include "core/audit/AuditLog.h"
#include "core/content/BlobStore.h"
#include "core/documents/AttachmentStore.h"
#include "core/documents/DocumentStore.h"
#include "core/org/OrgStore.h"
#include "core/renditions/RenditionStore.h"
#include "core/org/Session.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/Transaction.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QTest>

#include <cstring>
#include <memory>

using namespace kessai;
using namespace kessai::test;
using namespace Qt::Literals::StringLiterals;

namespace {
QStringList strings(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *text : list)
        out.append(QString::fromUtf8(text));
    return out;
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

/// Delivers data, then fails with a read error once failAfter bytes were read (like a file on a
/// network share that goes away).
class FailingDevice : public QIODevice
{
public:
    FailingDevice(QByteArray data, qint64 failAfter)
        : m_data(std::move(data))
        , m_failAfter(failAfter)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        if (m_pos >= m_failAfter) {
            setErrorString(u"simulated I/O error"_s);
            return -1;
        }
        const qint64 n = std::min(max, m_failAfter - m_pos);
        std::memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_failAfter;
    qint64 m_pos = 0;
};
} // namespace

class TestAttachmentStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<StoreConnection> m_connection;
    std::unique_ptr<Session> m_session;
    qint64 m_unitId = 0;

    StoreConnection &connection() { return *m_connection; }
    Session &session() { return *m_session; }

    qint64 newDraft(const QString &title = u"件名"_s)
    {
        DocumentRecord draft;
        draft.title = title;
        return DocumentStore(connection()).createDraft(session(), draft);
    }
    AttachmentRecord add(qint64 documentId, const QByteArray &content, const QString &name)
    {
        QBuffer buffer;
        buffer.setData(content);
        buffer.open(QIODevice::ReadOnly);
        return AttachmentStore(connection()).add(session(), documentId, buffer, {name, {}, u"text/plain"_s});
    }
    QStringList names(qint64 documentId)
    {
        QStringList out;
        const QList<AttachmentRecord> list = AttachmentStore(connection()).list(documentId);
        for (const AttachmentRecord &a : list) {
            if (a.position != out.size() + 1)
                out.append(u"<position %1>"_s.arg(a.position));
            out.append(a.displayName);
        }
        return out;
    }
    qint64 count(const QString &table) { return rowCount(connection(), table); }
    AuditEvent lastEvent(qint64 documentId)
    {
        const QList<AuditEvent> events = AuditLog(connection()).recent(1, u"document"_s, documentId);
        return events.isEmpty() ? AuditEvent{} : events.first();
    }

private slots:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_connection = std::make_unique<StoreConnection>(m_db->url());
        setUpOrganization(*m_connection);
        m_session = std::make_unique<Session>(*m_connection);
        OrgStore org(*m_connection);
        Unit unit;
        unit.code = u"総務"_s;
        unit.name = u"総務課"_s;
        m_unitId = org.addUnit(*m_session, unit);
        User admin = m_session->user();
        admin.unitId = m_unitId;
        org.updateUser(*m_session, admin);
        m_session->reload();
        User clerk;
        clerk.login = u"ito_t"_s;
        clerk.displayName = u"伊藤 拓也"_s;
        clerk.kana = u"いとう たくや"_s;
        clerk.unitId = m_unitId;
        clerk.roles = {Role::Clerk};
        org.addUser(*m_session, clerk);
    }
    void cleanup()
    {
        m_session.reset();
        m_connection.reset();
        m_db.reset();
    }

    void attachInOrder()
    {
        const qint64 doc = newDraft();
        KESSAI_TRY(add(doc, "a", u"a.txt"_s));
        KESSAI_TRY(add(doc, "b", u"b.txt"_s));
        const AttachmentRecord c = add(doc, "c", u"c.txt"_s);
        QCOMPARE(c.position, 3);
        QCOMPARE(c.sha256, sha256("c"));
        QCOMPARE(c.size, 1);
        QCOMPARE(c.documentId, doc);
        QCOMPARE(names(doc), strings({"a.txt", "b.txt", "c.txt"}));
        // attachBlob at a position pushes the later ones down.
        KESSAI_TRY(
            AttachmentStore(connection()).attachBlob(session(), doc, sha256("a"), {u"a2.txt"_s, {}, {}}, 2));
        QCOMPARE(names(doc), strings({"a.txt", "a2.txt", "b.txt", "c.txt"}));
        QCOMPARE(AttachmentStore(connection()).at(doc, 2)->mimeType, u"application/octet-stream"_s);
        QCOMPARE(lastEvent(doc).action, u"attachment.add"_s);
        QVERIFY(AttachmentStore(connection()).findContent(doc, sha256("b")));
        QVERIFY(!AttachmentStore(connection()).findContent(doc, sha256("z")));
    }

    void pageCountKnownFromTheRendition()
    {
        // 頁数 of an office file is what its PDF rendition has, once converted (issue 19).
        const qint64 doc = newDraft();
        const AttachmentRecord report = add(doc, "PK\x03\x04 not really a docx", u"報告.docx"_s);
        QCOMPARE(AttachmentStore(connection()).list(doc).first().pageCount, 0);
        QBuffer pdf;
        pdf.setData("%PDF-1.4\n% a rendition of four pages\n");
        pdf.open(QIODevice::ReadOnly);
        KESSAI_TRY(RenditionStore(connection()).putPdf(report.sha256, pdf, 4, u"test"_s));
        QCOMPARE(AttachmentStore(connection()).list(doc).first().pageCount, 4);
        // Measured by a viewer, the attachment's own count wins.
        KESSAI_TRY(AttachmentStore(connection()).setPageCount(report.id, 5));
        QCOMPARE(AttachmentStore(connection()).list(doc).first().pageCount, 5);
    }

    void move()
    {
        const qint64 doc = newDraft();
        for (const char *name : {"1", "2", "3", "4"})
            add(doc, name, QString::fromLatin1(name));
        AttachmentStore store(connection());
        KESSAI_TRY(store.move(session(), doc, 4, 1)); // up
        QCOMPARE(names(doc), strings({"4", "1", "2", "3"}));
        KESSAI_TRY(store.move(session(), doc, 1, 3)); // down
        QCOMPARE(names(doc), strings({"1", "2", "4", "3"}));
        QCOMPARE(lastEvent(doc).action, u"attachment.move"_s);
        const qint64 events = count(u"audit_events"_s);
        KESSAI_TRY(store.move(session(), doc, 2, 2)); // no-op: nothing written, nothing logged
        QCOMPARE(names(doc), strings({"1", "2", "4", "3"}));
        QCOMPARE(count(u"audit_events"_s), events);
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, store.move(session(), doc, 1, 5));
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, store.move(session(), doc, 1, 0));
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, store.move(session(), doc, 5, 1));
        QCOMPARE(names(doc), strings({"1", "2", "4", "3"}));
    }

    void renameSanitizesAndKeepsTheOriginal()
    {
        const qint64 doc = newDraft();
        const AttachmentRecord a = add(doc, "x", u"報告書.pdf"_s);
        AttachmentStore store(connection());
        KESSAI_TRY(store.rename(session(), a.id, u"../../etc/別紙\u202Efdp.exe\n"_s));
        QCOMPARE(store.byId(a.id)->displayName, u"別紙_fdp.exe_"_s);
        QCOMPARE(store.byId(a.id)->originalName, u"報告書.pdf"_s);
        QCOMPARE(lastEvent(doc).action, u"attachment.rename"_s);
        KESSAI_TRY(store.rename(session(), a.id, u"  "_s)); // empty: back to the original name
        QCOMPARE(store.byId(a.id)->displayName, u"報告書.pdf"_s);
    }

    void removeRenumbersAndIsAudited()
    {
        const qint64 doc = newDraft();
        add(doc, "1", u"1"_s);
        const AttachmentRecord two = add(doc, "2", u"2"_s);
        add(doc, "3", u"3"_s);
        KESSAI_TRY(AttachmentStore(connection()).remove(session(), two.id));
        QCOMPARE(names(doc), strings({"1", "3"}));
        const AuditEvent event = lastEvent(doc);
        QCOMPARE(event.action, u"attachment.remove"_s);
        QVERIFY2(event.details.contains(sha256("2")), qPrintable(event.details));
        QCOMPARE(count(u"attachments"_s), 3); // kept with removed_at, for the record
        QVERIFY(!AttachmentStore(connection()).byId(two.id));
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData,
                            AttachmentStore(connection()).remove(session(), two.id));
    }

    void sameContentIsStoredOnce()
    {
        const QByteArray content = randomBytes(300 * 1024, 7);
        const AttachmentRecord first = add(newDraft(), content, u"a.bin"_s);
        const AttachmentRecord second = add(newDraft(), content, u"copy of a.bin"_s);
        QCOMPARE(second.sha256, first.sha256);
        QCOMPARE(count(u"blobs"_s), 1);
        QCOMPARE(BlobStore(connection()).orphanChunkCount(), 0);
    }

    void onlyTheDrafterChangesADraft()
    {
        const qint64 doc = newDraft();
        const AttachmentRecord a = add(doc, "a", u"a.txt"_s);
        Session clerk(connection(), u"ito_t"_s);
        AttachmentStore store(connection());
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            store.attachBlob(clerk, doc, a.sha256, {u"x"_s, {}, {}}));
        QVERIFY(lastErrorMessage().contains(u"drafter"_s));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, store.move(clerk, doc, 1, 1));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, store.rename(clerk, a.id, u"y"_s));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, store.remove(clerk, a.id));
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, store.attachBlob(session(), 9999, a.sha256, {}));
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, store.attachBlob(session(), doc, sha256("none"), {}));
        QCOMPARE(names(doc), strings({"a.txt"}));
    }

    void onlyDraftsAndReturnedDocumentsChange()
    {
        const qint64 doc = newDraft();
        const AttachmentRecord a = add(doc, "a", u"a.txt"_s);
        AttachmentStore store(connection());
        for (const char *status : {"in_review", "decided", "closed"}) {
            m_db->superuserExec(
                u"UPDATE documents SET status = '%1' WHERE id = %2"_s.arg(QLatin1String(status)).arg(doc));
            KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, store.attachBlob(session(), doc, a.sha256, {}));
            QVERIFY(lastErrorMessage().contains(QLatin1String(status)));
            KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, add(doc, "b", u"b.txt"_s));
            KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, store.remove(session(), a.id));
        }
        QCOMPARE(count(u"blobs"_s), 1);
        m_db->superuserExec(u"UPDATE documents SET status = 'returned' WHERE id = %1"_s.arg(doc));
        KESSAI_TRY(add(doc, "b", u"b.txt"_s));
        QCOMPARE(names(doc), strings({"a.txt", "b.txt"}));
    }

    void copyAsNewDraftSharesContent()
    {
        const qint64 doc = newDraft(u"元の文書"_s);
        add(doc, "one", u"1.txt"_s);
        const AttachmentRecord two = add(doc, "two", u"2.txt"_s);
        add(doc, "three", u"3.txt"_s);
        AttachmentStore store(connection());
        store.move(session(), doc, 3, 1);
        store.rename(session(), two.id, u"別紙.txt"_s);
        const qint64 blobs = count(u"blobs"_s);

        Session clerk(connection(), u"ito_t"_s);
        qint64 copy = 0;
        KESSAI_TRY(copy = DocumentStore(connection()).copyAsNewDraft(clerk, doc));
        QCOMPARE(count(u"blobs"_s), blobs);
        QCOMPARE(names(copy), names(doc));
        const QList<AttachmentRecord> original = store.list(doc);
        const QList<AttachmentRecord> copied = store.list(copy);
        for (qsizetype i = 0; i < original.size(); ++i) {
            QCOMPARE(copied.at(i).sha256, original.at(i).sha256);
            QCOMPARE(copied.at(i).originalName, original.at(i).originalName);
        }
        const auto document = DocumentStore(connection()).document(copy);
        QCOMPARE(document->title, u"元の文書"_s);
        QCOMPARE(document->sourceDocumentId, doc);
        QCOMPARE(document->drafterId, clerk.user().id);
        QCOMPARE(document->status, DocumentStatus::Draft);
    }

    void staleSaveIsAConflict()
    {
        const qint64 doc = newDraft(u"最初"_s);
        DocumentStore documents(connection());
        const DocumentRecord loaded = *documents.document(doc);
        DocumentRecord mine = loaded;
        mine.title = u"私の変更"_s;
        int version = 0;
        KESSAI_TRY(version = documents.updateDraft(session(), mine));
        QCOMPARE(version, loaded.rowVersion + 1);

        DocumentRecord stale = loaded; // another editor still holds the old version
        stale.title = u"古い変更"_s;
        stale.body = u"本文"_s;
        KESSAI_EXPECT_ERROR(StoreError::Kind::Conflict, documents.updateDraft(session(), stale));
        const DocumentRecord now = *documents.document(doc);
        QCOMPARE(now.title, u"私の変更"_s);
        QCOMPARE(now.body, loaded.body);
        QCOMPARE(now.rowVersion, version);
    }

    void chunkedStreamingRoundTrip()
    {
        const QByteArray content = randomBytes(5 * BlobStore::kChunkSize / 2 + 123, 11);
        const qint64 doc = newDraft();
        QList<qint64> progress;
        QBuffer source;
        source.setData(content);
        source.open(QIODevice::ReadOnly);
        AttachmentRecord a;
        KESSAI_TRY(a = AttachmentStore(connection())
                           .add(session(), doc, source, {u"big.bin"_s, {}, {}}, [&progress](qint64 done) {
                               progress.append(done);
                               return true;
                           }));
        QCOMPARE(a.size, content.size());
        QCOMPARE(a.sha256, sha256(content));
        QCOMPARE(progress.size(), 3);
        QCOMPARE(progress.last(), content.size());
        QCOMPARE(count(u"blob_chunks"_s), 3);

        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        KESSAI_TRY(AttachmentStore(connection()).exportContent(doc, 1, sink));
        QVERIFY(sink.data() == content);
    }

    void sourceFailingHalfWayLeavesNothing()
    {
        const qint64 doc = newDraft();
        add(doc, "kept", u"kept.txt"_s);
        const qint64 blobs = count(u"blobs"_s);
        const qint64 chunks = count(u"blob_chunks"_s);
        const QByteArray content = randomBytes(3 * BlobStore::kChunkSize, 13);
        AttachmentStore store(connection());
        {
            FailingDevice source(content, 3 * BlobStore::kChunkSize / 2);
            KESSAI_EXPECT_ERROR(StoreError::Kind::BadData,
                                store.add(session(), doc, source, {u"flaky.bin"_s, {}, {}}));
            QVERIFY2(lastErrorMessage().contains(u"flaky.bin"_s), qPrintable(lastErrorMessage()));
        }
        QCOMPARE(names(doc), strings({"kept.txt"}));
        QCOMPARE(count(u"attachments"_s), 1);
        QCOMPARE(count(u"blobs"_s), blobs);
        QCOMPARE(count(u"blob_chunks"_s), chunks);
        QCOMPARE(BlobStore(connection()).orphanChunkCount(), 0);

        // Inside a caller's transaction that goes on and commits (skipping the bad file).
        {
            Transaction transaction(connection());
            FailingDevice source(content, 3 * BlobStore::kChunkSize / 2);
            KESSAI_EXPECT_ERROR(StoreError::Kind::BadData,
                                store.add(session(), doc, source, {u"flaky.bin"_s, {}, {}}));
            KESSAI_TRY(add(doc, "next", u"next.txt"_s));
            KESSAI_TRY(transaction.commit());
        }
        QCOMPARE(names(doc), strings({"kept.txt", "next.txt"}));
        QCOMPARE(count(u"blobs"_s), blobs + 1);
        QCOMPARE(count(u"blob_chunks"_s), chunks + 1);
        QCOMPARE(BlobStore(connection()).orphanChunkCount(), 0);

        // Cancelled from the progress callback: the same.
        QBuffer source;
        source.setData(content);
        source.open(QIODevice::ReadOnly);
        KESSAI_EXPECT_ERROR(StoreError::Kind::Cancelled,
                            store.add(session(), doc, source, {u"c.bin"_s, {}, {}},
                                      [](qint64 done) { return done < BlobStore::kChunkSize; }));
        QCOMPARE(count(u"blob_chunks"_s), chunks + 1);
        QCOMPARE(names(doc).size(), 2);
    }

    void sizeLimitIsPerOrganization()
    {
        AttachmentStore store(connection());
        QCOMPARE(store.sizeLimit(), AttachmentStore::kDefaultSizeLimit);
        KESSAI_TRY(store.setSizeLimit(session(), 1000));
        QCOMPARE(store.sizeLimit(), 1000);
        Session clerk(connection(), u"ito_t"_s);
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, store.setSizeLimit(clerk, 5));
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, store.setSizeLimit(session(), 0));
        QCOMPARE(store.sizeLimit(), 1000);
        // An office server hashes every file whole (schema 23): no limit above what it can check.
        if (test::TestDatabase::isPostgreSQL()) {
            KESSAI_EXPECT_ERROR(StoreError::Kind::BadData,
                                store.setSizeLimit(session(), BlobStore::kServerCheckLimit + 1));
            QVERIFY2(test::lastErrorMessage().contains(QString::number(BlobStore::kServerCheckLimit)),
                     qPrintable(test::lastErrorMessage()));
            QCOMPARE(store.sizeLimit(), 1000);
        }
        KESSAI_TRY(store.setSizeLimit(session(), BlobStore::kServerCheckLimit));
        QCOMPARE(store.sizeLimit(), BlobStore::kServerCheckLimit);
        if (!test::TestDatabase::isPostgreSQL()) {
            KESSAI_TRY(store.setSizeLimit(session(), 4 * BlobStore::kServerCheckLimit));
            QCOMPARE(store.sizeLimit(), 4 * BlobStore::kServerCheckLimit);
        }
    }
};

QTEST_GUILESS_MAIN(TestAttachmentStore)
#include "tst_attachmentstore.moc"
