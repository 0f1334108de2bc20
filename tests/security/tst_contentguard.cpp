// SPDX-License-Identifier: GPL-3.0-or-later
// Publishing staged content on the office server (schema 8, checked more closely by schema 23):
// staff with their own logins and plain SQL, as psql would send it, stage chunks and call
// kessai_publish_staged with whatever they like. The server hashes the whole content itself, so
// a forged hash is refused (and with it a claim on someone else's content by its hash alone); it
// refuses chunks laid out otherwise than BlobStore reads them; and a second session of the
// uploader cannot change the chunks between the server's hash and the publication's commit.
#include "core/Sha256.h"
#include "core/content/BlobStore.h"
#include "core/documents/AttachmentStore.h"
#include "core/org/Session.h"
#include "core/setup/ServerSetup.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Transaction.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/WorkflowOrg.h"

#include <QBuffer>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace kessai;

namespace {
QString sha256Of(const QByteArray &bytes)
{
    return Sha256::hex(bytes);
}
} // namespace

class TestContentGuard : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<StoreConnection> m_admin; // the server's superuser
    test::WorkflowOrg m_org;
    std::unique_ptr<StoreConnection> m_ito;      // psql-like logins
    std::unique_ptr<StoreConnection> m_itoAgain; // a second session of the same login
    std::unique_ptr<StoreConnection> m_watanabe;
    const QByteArray m_secret = QByteArrayLiteral("人事異動の内示（開示前）\n");
    qint64 m_secretBlob = 0;

    std::unique_ptr<StoreConnection> login(const char *name)
    {
        return std::make_unique<StoreConnection>(m_db->urlAs(QLatin1String(name)),
                                                 StoreConnection::Open::Existing);
    }
    /// Stages chunks as the connection's login would with psql; returns the staged id.
    static qint64 stage(StoreConnection &connection, const QList<QByteArray> &chunks, qint64 chunkSize,
                        const QList<int> &seqs = {})
    {
        Transaction transaction(connection);
        const qint64 id =
            SqlQuery(connection,
                     QStringLiteral("INSERT INTO blobs (sha256, size, chunk_size, created_at, staged_at) "
                                    "VALUES (?, 0, ?, 'x', '9999') RETURNING id"))
                .bind(
                    QString(QStringLiteral("pending:") + QUuid::createUuid().toString(QUuid::WithoutBraces)))
                .bind(chunkSize)
                .scalar()
                .toLongLong();
        SqlQuery insert(connection,
                        QStringLiteral("INSERT INTO blob_chunks (blob_id, seq, data) VALUES (?, ?, ?)"));
        for (int i = 0; i < chunks.size(); ++i)
            insert.bind(id).bind(seqs.isEmpty() ? i : seqs.at(i)).bind(chunks.at(i)).exec();
        transaction.commit();
        return id;
    }
    /// What the server says to publishing (empty: published, in a transaction of its own).
    static QString publish(StoreConnection &connection, qint64 staged, const QString &sha256, qint64 size)
    {
        try {
            Transaction transaction(connection);
            SqlQuery(connection, QStringLiteral("SELECT kessai_publish_staged(?, ?, ?)"))
                .bind(staged)
                .bind(sha256)
                .bind(size)
                .exec();
            transaction.commit();
        } catch (const StoreError &error) {
            return error.message();
        }
        return {};
    }
    /// What the server says to one statement of connection (empty: it was carried out).
    static QString run(StoreConnection &connection, const QString &sql)
    {
        try {
            SqlQuery::execDirect(connection, sql);
        } catch (const StoreError &error) {
            return error.message();
        }
        return {};
    }
    QString stateOf(qint64 blob)
    {
        return SqlQuery(*m_admin, QStringLiteral("SELECT concat_ws('|', sha256, size, staged_at IS NULL, "
                                                 "(SELECT count(*) FROM blob_chunks WHERE blob_id = b.id)) "
                                                 "FROM blobs b WHERE id = ?"))
            .bind(blob)
            .scalar()
            .toString();
    }
    qint64 adminCount(const QString &sql, const QVariant &value)
    {
        return SqlQuery(*m_admin, sql).bind(value).scalar().toLongLong();
    }
    static void expectRefusal(const QString &what, const QString &refusal, const QString &expected)
    {
        qInfo().noquote() << what << "->" << refusal;
        QVERIFY2(refusal.contains(expected),
                 qPrintable(QStringLiteral("%1: expected a refusal naming \"%2\", got \"%3\"")
                                .arg(what, expected, refusal)));
    }

private slots:
    void initTestCase()
    {
        KESSAI_TRY(m_db = std::make_unique<test::TestDatabase>());
        KESSAI_TRY(m_admin = std::make_unique<StoreConnection>(m_db->url()));
        KESSAI_TRY(m_org.setUp(*m_admin));
        KESSAI_TRY(ServerSetup(*m_admin).upgrade());
        KESSAI_TRY(m_ito = login("ito_t"));
        KESSAI_TRY(m_itoAgain = login("ito_t"));
        KESSAI_TRY(m_watanabe = login("watanabe_a"));
        // ito_t's draft of 総務課 holds content that watanabe_a (人事課) may not read.
        test::SessionAs ito(*m_db, *m_admin, QStringLiteral("ito_t"));
        qint64 draft = 0;
        KESSAI_TRY(draft = m_org.draft(ito.session(), QStringLiteral("未提出の起案")));
        QBuffer content;
        content.setData(m_secret);
        QVERIFY(content.open(QIODevice::ReadOnly));
        AttachmentRecord record;
        KESSAI_TRY(record = AttachmentStore(ito.session().connection())
                                .add(ito.session(), draft, content,
                                     {QStringLiteral("内示.txt"), {}, QStringLiteral("text/plain")}));
        m_secretBlob = adminCount(QStringLiteral("SELECT id FROM blobs WHERE sha256 = ?"), record.sha256);
        QVERIFY(m_secretBlob > 0);
        QCOMPARE(record.sha256, sha256Of(m_secret));
    }

    void cleanupTestCase()
    {
        m_ito.reset();
        m_itoAgain.reset();
        m_watanabe.reset();
        m_admin.reset();
        m_db.reset();
    }

    void aForgedHashIsRefused()
    {
        const QByteArray bytes = QByteArrayLiteral("本物の中身");
        const QByteArray other = QByteArrayLiteral("申告した中身");
        qint64 staged = 0;
        KESSAI_TRY(staged = stage(*m_ito, {bytes}, BlobStore::kChunkSize));
        const QString before = stateOf(staged);
        expectRefusal(QStringLiteral("another content's hash announced"),
                      publish(*m_ito, staged, sha256Of(other), bytes.size()),
                      QStringLiteral("not the announced"));
        // The right hash with a wrong size is refused as well (size is what readers trust).
        expectRefusal(QStringLiteral("a wrong size announced"),
                      publish(*m_ito, staged, sha256Of(bytes), bytes.size() + 1), QStringLiteral("is not"));
        QCOMPARE(stateOf(staged), before); // still staged, nothing published under either hash
        QCOMPARE(adminCount(QStringLiteral("SELECT count(*) FROM blobs WHERE sha256 = ?"), sha256Of(other)),
                 0);
        QCOMPARE(run(*m_ito, QStringLiteral("SELECT kessai_publish_staged(%1, '%2', %3)")
                                 .arg(staged)
                                 .arg(sha256Of(bytes))
                                 .arg(bytes.size())),
                 QString());
        QCOMPARE(stateOf(staged), QStringLiteral("%1|%2|t|1").arg(sha256Of(bytes)).arg(bytes.size()));
    }

    void knowingAHashDoesNotClaimTheContent()
    {
        // watanabe_a learnt the hash and size of ito_t's content: announcing them with other
        // bytes of the same size is refused, and he has no claim on it afterwards.
        const QString claims = QStringLiteral("SELECT count(*) FROM content_claims WHERE login = ?");
        const qint64 claimsBefore = adminCount(claims, QStringLiteral("watanabe_a"));
        const QByteArray guess(m_secret.size(), 'x');
        qint64 staged = 0;
        KESSAI_TRY(staged = stage(*m_watanabe, {guess}, BlobStore::kChunkSize));
        expectRefusal(QStringLiteral("a claim by hash alone"),
                      publish(*m_watanabe, staged, sha256Of(m_secret), m_secret.size()),
                      QStringLiteral("not the announced"));
        QCOMPARE(adminCount(claims, QStringLiteral("watanabe_a")), claimsBefore);
        QCOMPARE(SqlQuery(*m_watanabe, QStringLiteral("SELECT count(*) FROM blob_chunks WHERE blob_id = ?"))
                     .bind(m_secretBlob)
                     .scalar()
                     .toLongLong(),
                 0);
        // Whoever uploads the very bytes proves they hold them: a claim, and the content reads.
        qint64 same = 0;
        KESSAI_TRY(same = stage(*m_watanabe, {m_secret}, BlobStore::kChunkSize));
        QCOMPARE(publish(*m_watanabe, same, sha256Of(m_secret), m_secret.size()), QString());
        QCOMPARE(adminCount(claims, QStringLiteral("watanabe_a")), claimsBefore + 1);
        QCOMPARE(SqlQuery(*m_watanabe, QStringLiteral("SELECT count(*) FROM blob_chunks WHERE blob_id = ?"))
                     .bind(m_secretBlob)
                     .scalar()
                     .toLongLong(),
                 1);
    }

    void aMultiChunkContentIsCheckedWhole()
    {
        // Chunks of 4 bytes: the announced hash must be the SHA-256 of all ten bytes in order,
        // not of a chunk, nor of the chunks' hashes, nor of the chunks in another order.
        const QList<QByteArray> chunks{QByteArrayLiteral("0123"), QByteArrayLiteral("4567"),
                                       QByteArrayLiteral("89")};
        const QByteArray whole = chunks.join();
        qint64 staged = 0;
        KESSAI_TRY(staged = stage(*m_ito, chunks, 4));
        const QString ofHashes = sha256Of(QByteArray::fromHex(
            (sha256Of(chunks[0]) + sha256Of(chunks[1]) + sha256Of(chunks[2])).toLatin1()));
        const QString reordered = sha256Of(chunks[1] + chunks[0] + chunks[2]);
        for (const QString &forged : {sha256Of(chunks[0]), ofHashes, reordered})
            expectRefusal(QStringLiteral("a hash that is not the whole content's"),
                          publish(*m_ito, staged, forged, whole.size()), QStringLiteral("not the announced"));
        QCOMPARE(publish(*m_ito, staged, sha256Of(whole), whole.size()), QString());
        // What was published reads back whole and checked, chunk size and all.
        QBuffer sink;
        QVERIFY(sink.open(QIODevice::WriteOnly));
        KESSAI_TRY(BlobStore(*m_admin).read(sha256Of(whole), sink));
        QCOMPARE(sink.data(), whole);
    }

    void chunksLaidOutOtherwiseAreRefused()
    {
        // Each staging has the right hash of its bytes in seq order, but BlobStore would read
        // it as damaged (or read other bytes): refused before it can be anyone's content.
        const QByteArray a = QByteArrayLiteral("aaaa"), b = QByteArrayLiteral("bbbb"),
                         c = QByteArrayLiteral("cc");
        const struct
        {
            const char *what;
            QList<QByteArray> chunks;
            QList<int> seqs;
        } layouts[]{
            {"a chunk missing (seq 0, 2)", {a, c}, {0, 2}},
            {"not starting at seq 0", {a, b, c}, {1, 2, 3}},
            {"a short chunk in the middle", {a, c, b}, {0, 1, 2}},
            {"a long chunk", {a + b, c}, {0, 1}},
        };
        for (const auto &layout : layouts) {
            qint64 staged = 0;
            KESSAI_TRY(staged = stage(*m_ito, layout.chunks, 4, layout.seqs));
            const QByteArray whole = layout.chunks.join();
            const QString before = stateOf(staged);
            expectRefusal(QString::fromUtf8(layout.what),
                          publish(*m_ito, staged, sha256Of(whole), whole.size()),
                          QStringLiteral("chunks of 4 bytes"));
            QCOMPARE(stateOf(staged), before);
        }
        // A chunk size of 0 cannot be read at all.
        qint64 staged = 0;
        KESSAI_TRY(staged = stage(*m_ito, {a}, 0));
        expectRefusal(QStringLiteral("chunk size 0"), publish(*m_ito, staged, sha256Of(a), a.size()),
                      QStringLiteral("no valid chunk size"));
    }

    void contentOverTheLimitIsRefusedUnread()
    {
        qint64 staged = 0;
        KESSAI_TRY(staged = stage(*m_ito, {QByteArrayLiteral("x")}, BlobStore::kChunkSize));
        expectRefusal(QStringLiteral("over the limit"),
                      publish(*m_ito, staged, sha256Of("x"), BlobStore::kServerCheckLimit + 1),
                      QStringLiteral("larger than the office server can check"));
        QCOMPARE(
            SqlQuery(*m_admin, QStringLiteral("SELECT kessai_content_check_limit()")).scalar().toLongLong(),
            BlobStore::kServerCheckLimit);
    }

    void chunksCannotChangeWhilePublishing()
    {
        const QByteArray bytes = QByteArrayLiteral("決裁済みの本文");
        qint64 staged = 0;
        KESSAI_TRY(staged = stage(*m_ito, {bytes}, BlobStore::kChunkSize));
        // ito_t publishes in one session; the server has hashed the chunks, not yet committed.
        auto publishing = std::make_unique<Transaction>(*m_ito);
        KESSAI_TRY(SqlQuery(*m_ito, QStringLiteral("SELECT kessai_publish_staged(?, ?, ?)"))
                       .bind(staged)
                       .bind(sha256Of(bytes))
                       .bind(bytes.size())
                       .exec());
        // His second session swaps the chunk meanwhile: it waits for the publication (here
        // until the lock timeout) instead of changing what was hashed.
        QCOMPARE(run(*m_itoAgain, QStringLiteral("SET lock_timeout = '300ms'")), QString());
        QVERIFY(!run(*m_itoAgain, QStringLiteral("DELETE FROM blob_chunks WHERE blob_id = %1").arg(staged))
                     .isEmpty());
        QVERIFY(
            !run(*m_itoAgain, QStringLiteral("INSERT INTO blob_chunks (blob_id, seq, data) VALUES (%1, 1, "
                                             "'\\x00'::bytea)")
                                  .arg(staged))
                 .isEmpty());
        KESSAI_TRY(publishing->commit());
        publishing.reset();
        // Published now: complete content never changes.
        expectRefusal(
            QStringLiteral("a chunk deleted after the publication"),
            run(*m_itoAgain, QStringLiteral("DELETE FROM blob_chunks WHERE blob_id = %1").arg(staged)),
            QStringLiteral("never deleted"));
        expectRefusal(
            QStringLiteral("a chunk added after the publication"),
            run(*m_itoAgain, QStringLiteral("INSERT INTO blob_chunks (blob_id, seq, data) VALUES (%1, 1, "
                                            "'\\x00'::bytea)")
                                 .arg(staged)),
            QStringLiteral("one's own staged content"));
        QCOMPARE(stateOf(staged), QStringLiteral("%1|%2|t|1").arg(sha256Of(bytes)).arg(bytes.size()));
        QBuffer sink;
        QVERIFY(sink.open(QIODevice::WriteOnly));
        KESSAI_TRY(BlobStore(*m_admin).read(sha256Of(bytes), sink));
        QCOMPARE(sink.data(), bytes);
    }
};

QTEST_GUILESS_MAIN(TestContentGuard)
#include "tst_contentguard.moc"
