// SPDX-License-Identifier: GPL-3.0-or-later
// Content-addressed blobs: byte-identical round trips at every size around the chunk size,
// deduplication, the expectedSha256 shortcut, failures that leave nothing behind, staged
// content (invisible until published, discarded when abandoned) and reads that refuse
// damaged content.
#include "core/content/BlobStore.h"
#include "core/content/StagedBlob.h"
#include "core/store/PgStatement.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Timestamps.h"
#include "core/store/Transaction.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

#include <cstring>
#include <memory>

using namespace kessai;

namespace {
constexpr qint64 kChunk = BlobStore::kChunkSize;

/// A source like a pipe or a network file: at most maxPerRead bytes per read and, when
/// failAfter >= 0, a read error once that many bytes were delivered.
class ScriptedDevice : public QIODevice
{
public:
    ScriptedDevice(QByteArray data, qint64 maxPerRead, qint64 failAfter = -1)
        : m_data(std::move(data))
        , m_maxPerRead(maxPerRead)
        , m_failAfter(failAfter)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }
    int readCalls() const { return m_readCalls; }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        ++m_readCalls;
        if (m_failAfter >= 0 && m_pos >= m_failAfter) {
            setErrorString(QStringLiteral("simulated I/O error"));
            return -1;
        }
        qint64 n = std::min({max, m_maxPerRead, qint64(m_data.size()) - m_pos});
        if (m_failAfter >= 0)
            n = std::min(n, m_failAfter - m_pos);
        std::memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_maxPerRead;
    qint64 m_failAfter;
    qint64 m_pos = 0;
    int m_readCalls = 0;
};

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QList<quint32> words((size + 3) / 4);
    QRandomGenerator(seed).fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char *>(words.constData()), size);
}

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray readBack(BlobStore &store, const QString &sha256)
{
    QByteArray out;
    QBuffer sink(&out);
    sink.open(QIODevice::WriteOnly);
    store.read(sha256, sink);
    return out;
}

/// Nothing of a failed put() remains: no blob row beyond `blobs`, no chunk beyond `chunks`.
void verifyNothingLeft(StoreConnection &connection, qint64 blobs, qint64 chunks)
{
    QCOMPARE(test::rowCount(connection, QStringLiteral("blobs")), blobs);
    QCOMPARE(test::rowCount(connection, QStringLiteral("blob_chunks")), chunks);
    QCOMPARE(BlobStore(connection).orphanChunkCount(), 0);
}
} // namespace

class TestBlobStore : public QObject
{
    Q_OBJECT

    // One database for the suite (a fresh PostgreSQL database costs ~0.2 s); every test
    // starts with no blobs.
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<StoreConnection> m_connection;

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::TestDatabase>();
        KESSAI_TRY(m_connection = std::make_unique<StoreConnection>(m_db->url()));
    }

    void init()
    {
        KESSAI_TRY(SqlQuery::execDirect(*m_connection, QStringLiteral("DELETE FROM blob_chunks")));
        KESSAI_TRY(SqlQuery::execDirect(*m_connection, QStringLiteral("DELETE FROM blobs")));
    }

    void cleanupTestCase()
    {
        m_connection.reset();
        m_db.reset();
    }

    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<qint64>("maxPerRead"); // 0: read from a QBuffer (random access)
        QTest::newRow("small") << QByteArrayLiteral("起案文書.pdf") << qint64(0);
        QTest::newRow("empty") << QByteArray() << qint64(0);
        QTest::newRow("exactly one chunk") << randomBytes(kChunk, 1) << qint64(0);
        QTest::newRow("one chunk and a byte") << randomBytes(kChunk + 1, 2) << qint64(0);
        QTest::newRow("2.5 MiB") << randomBytes(kChunk * 5 / 2, 3) << qint64(0);
        QTest::newRow("2.5 MiB from a pipe (short reads)")
            << randomBytes(kChunk * 5 / 2, 4) << qint64(64 * 1024 + 7);
    }

    void roundTrip()
    {
        QFETCH(QByteArray, content);
        QFETCH(qint64, maxPerRead);
        StoreConnection &connection = *m_connection;
        BlobStore store(connection);
        const qint64 size = content.size();

        BlobStore::Blob blob;
        if (maxPerRead > 0) {
            ScriptedDevice source(content, maxPerRead);
            KESSAI_TRY(blob = store.put(source, QStringLiteral("source.bin")));
        } else {
            QBuffer source;
            source.setData(content);
            source.open(QIODevice::ReadOnly);
            KESSAI_TRY(blob = store.put(source, QStringLiteral("source.bin")));
        }
        QVERIFY(blob.id > 0);
        QCOMPARE(blob.size, size);
        QCOMPARE(blob.sha256, sha256Of(content));
        QVERIFY(!blob.reused);

        const std::optional<BlobStore::Blob> found = store.find(blob.sha256);
        QVERIFY(found);
        QCOMPARE(found->id, blob.id);
        QCOMPARE(found->size, size);
        QByteArray back;
        KESSAI_TRY(back = readBack(store, blob.sha256));
        QCOMPARE(back.size(), content.size());
        QVERIFY(back == content);

        // Every chunk is full except the last, so memory per chunk is bounded by kChunkSize.
        SqlQuery chunks(
            connection,
            QStringLiteral("SELECT seq, length(data) FROM blob_chunks WHERE blob_id = ? ORDER BY seq"));
        chunks.bind(blob.id).exec();
        QList<qint64> lengths;
        while (chunks.next()) {
            QCOMPARE(chunks.value(0).toInt(), lengths.size());
            lengths.append(chunks.value(1).toLongLong());
        }
        QCOMPARE(lengths.size(), int((size + kChunk - 1) / kChunk));
        for (int i = 0; i + 1 < lengths.size(); ++i)
            QCOMPARE(lengths.at(i), kChunk);
        if (!lengths.isEmpty())
            QCOMPARE(lengths.last(), size - (lengths.size() - 1) * kChunk);
        QCOMPARE(SqlQuery(connection, QStringLiteral("SELECT chunk_size FROM blobs WHERE id = ?"))
                     .bind(blob.id)
                     .scalar()
                     .toLongLong(),
                 kChunk);
        QCOMPARE(store.orphanChunkCount(), 0);
    }

    void sameContentIsStoredOnce()
    {
        StoreConnection &connection = *m_connection;
        BlobStore store(connection);
        const QByteArray content = randomBytes(kChunk + 100, 7);
        ScriptedDevice first(content, kChunk);
        ScriptedDevice second(content, 4096);
        BlobStore::Blob a;
        BlobStore::Blob b;
        KESSAI_TRY(a = store.put(first, QStringLiteral("a.pdf")));
        KESSAI_TRY(b = store.put(second, QStringLiteral("copy of a.pdf")));
        QVERIFY(!a.reused);
        QVERIFY(b.reused);
        QCOMPARE(b.id, a.id);
        QCOMPARE(b.sha256, a.sha256);
        QCOMPARE(b.size, a.size);
        verifyNothingLeft(connection, 1, 2);

        ScriptedDevice other(randomBytes(100, 8), kChunk);
        BlobStore::Blob c;
        KESSAI_TRY(c = store.put(other, QStringLiteral("c.pdf")));
        QVERIFY(c.id != a.id);
        verifyNothingLeft(connection, 2, 3);
        QVERIFY(readBack(store, a.sha256) == content);
    }

    void knownExpectedShaIsNotReadAgain_data()
    {
        QTest::addColumn<bool>("upperCase");
        QTest::newRow("lowercase hex") << false;
        QTest::newRow("uppercase hex") << true;
    }

    void knownExpectedShaIsNotReadAgain()
    {
        QFETCH(bool, upperCase);
        StoreConnection &connection = *m_connection;
        BlobStore store(connection);
        const QByteArray content = randomBytes(5000, 9);
        ScriptedDevice source(content, kChunk);
        BlobStore::Blob stored;
        KESSAI_TRY(stored = store.put(source, QStringLiteral("a.pdf")));

        ScriptedDevice unreadable(content, kChunk, 0); // fails on any read
        const QString expected = upperCase ? stored.sha256.toUpper() : stored.sha256;
        BlobStore::Blob again;
        KESSAI_TRY(again = store.put(unreadable, QStringLiteral("a.pdf"), expected));
        QCOMPARE(unreadable.readCalls(), 0);
        QCOMPARE(again.id, stored.id);
        QCOMPARE(again.size, stored.size);
        QVERIFY(again.reused);
        verifyNothingLeft(connection, 1, 1);
    }

    void mismatchingExpectedShaStoresNothing()
    {
        StoreConnection &connection = *m_connection;
        BlobStore store(connection);
        const QByteArray content = randomBytes(kChunk * 3 / 2, 10);
        ScriptedDevice changed(content, kChunk);
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, store.put(changed, QStringLiteral("見積書.xlsx"),
                                                                 sha256Of(QByteArrayLiteral("other"))));
        QVERIFY2(test::lastErrorMessage().contains(QStringLiteral("見積書.xlsx")),
                 qPrintable(test::lastErrorMessage()));
        QCOMPARE(changed.readCalls() > 0, true); // it was read: the hash was not known yet
        verifyNothingLeft(connection, 0, 0);
        QVERIFY(!store.find(sha256Of(content)));
    }

    void failingSourceStoresNothing_data()
    {
        QTest::addColumn<qint64>("failAfter");
        QTest::newRow("at once") << qint64(0);
        QTest::newRow("at a chunk boundary") << kChunk;
        QTest::newRow("after 1.5 MiB") << kChunk * 3 / 2;
    }

    void failingSourceStoresNothing()
    {
        QFETCH(qint64, failAfter);
        StoreConnection &connection = *m_connection;
        BlobStore store(connection);
        ScriptedDevice earlier(QByteArrayLiteral("already stored"), kChunk);
        BlobStore::Blob kept;
        KESSAI_TRY(kept = store.put(earlier, QStringLiteral("earlier.txt")));

        ScriptedDevice failing(randomBytes(kChunk * 5 / 2, 11), 256 * 1024, failAfter);
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, store.put(failing, QStringLiteral("//share/big.pdf")));
        const QString message = test::lastErrorMessage();
        QVERIFY2(message.contains(QStringLiteral("//share/big.pdf")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("simulated I/O error")), qPrintable(message));
        QVERIFY2(message.contains(QString::number(failAfter)), qPrintable(message)); // how far it got
        verifyNothingLeft(connection, 1, 1);
        QVERIFY(readBack(store, kept.sha256) == QByteArrayLiteral("already stored"));
    }

    void failedPutInsideCallersTransactionLeavesNothing()
    {
        // A caller that stores several files in one transaction may skip a failed one and go on.
        StoreConnection &connection = *m_connection;
        BlobStore store(connection);
        {
            Transaction transaction(connection);
            ScriptedDevice failing(randomBytes(kChunk * 3 / 2, 12), kChunk, kChunk + 10);
            KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, store.put(failing, QStringLiteral("bad.pdf")));
            ScriptedDevice good(QByteArrayLiteral("good"), kChunk);
            KESSAI_TRY(store.put(good, QStringLiteral("good.txt")));
            KESSAI_TRY(transaction.commit());
        }
        verifyNothingLeft(connection, 1, 1);
    }

    void progressReportsAndCancels_data()
    {
        QTest::addColumn<int>("cancelAtCall"); // -1: never
        QTest::addColumn<QList<qint64>>("expectedCalls");
        const QList<qint64> all{kChunk, 2 * kChunk, kChunk * 5 / 2};
        QTest::newRow("runs to the end") << -1 << all;
        QTest::newRow("cancelled after the first chunk") << 0 << all.mid(0, 1);
        QTest::newRow("cancelled after the last chunk") << 2 << all;
    }

    void progressReportsAndCancels()
    {
        QFETCH(int, cancelAtCall);
        QFETCH(QList<qint64>, expectedCalls);
        StoreConnection &connection = *m_connection;
        BlobStore store(connection);
        const QByteArray content = randomBytes(kChunk * 5 / 2, 13);
        ScriptedDevice source(content, kChunk);
        QList<qint64> calls;
        const BlobStore::Progress progress = [&](qint64 done) {
            calls.append(done);
            return calls.size() - 1 != cancelAtCall;
        };
        if (cancelAtCall < 0) {
            KESSAI_TRY(store.put(source, QStringLiteral("a.bin"), {}, progress));
            QCOMPARE(calls, expectedCalls);
            verifyNothingLeft(connection, 1, 3);
            return;
        }
        KESSAI_EXPECT_ERROR(StoreError::Kind::Cancelled,
                            store.put(source, QStringLiteral("a.bin"), {}, progress));
        QVERIFY2(test::lastErrorMessage().contains(QStringLiteral("a.bin")),
                 qPrintable(test::lastErrorMessage()));
        QCOMPARE(calls, expectedCalls);
        verifyNothingLeft(connection, 0, 0);
        QVERIFY(!store.find(sha256Of(content)));
    }

    void stagedContentIsInvisibleUntilPublished()
    {
        StoreConnection &connection = *m_connection;
        BlobStore store(connection);
        const QByteArray content = randomBytes(kChunk * 9 + 5, 20); // several chunk transactions
        ScriptedDevice source(content, kChunk);
        StagedBlob staged = store.stage(source, QStringLiteral("big.bin"));
        QCOMPARE(staged.sha256(), sha256Of(content));
        QCOMPARE(staged.size(), qint64(content.size()));
        // Committed (other clients could see the rows) but not content anyone can find or read.
        QVERIFY(!store.find(staged.sha256()));
        QCOMPARE(store.stagedCount(), 1);
        QCOMPARE(store.orphanChunkCount(), 10);
        BlobStore::Blob blob;
        KESSAI_TRY(blob = store.publish(staged));
        QVERIFY(!blob.reused);
        QCOMPARE(store.stagedCount(), 0);
        QCOMPARE(store.find(staged.sha256())->id, blob.id);
        QVERIFY(readBack(store, blob.sha256) == content);
        verifyNothingLeft(connection, 1, 10);
    }

    void chunksGoAsBinaryParametersOnPostgreSQL()
    {
        // On PostgreSQL the chunks go through PgStatement (bytes as they are, the statement kept
        // for the session) instead of QPSQL's hex literals; elsewhere through SqlQuery.
        QCOMPARE(PgStatement::available(*m_connection), test::TestDatabase::isPostgreSQL());
        // A new connection whose first upload happens inside the caller's transaction: looking
        // for the kept statement must not abort that transaction.
        StoreConnection connection(m_db->url(), StoreConnection::Open::Existing);
        BlobStore store(connection);
        const QByteArray content = randomBytes(kChunk + 3, 23);
        BlobStore::Blob blob;
        {
            Transaction transaction(connection);
            SqlQuery(connection, QStringLiteral("SELECT count(*) FROM blobs")).scalar();
            ScriptedDevice source(content, kChunk);
            KESSAI_TRY(blob = store.put(source, QStringLiteral("in a transaction.bin")));
            KESSAI_TRY(transaction.commit());
        }
        QVERIFY(readBack(store, blob.sha256) == content);
        if (test::TestDatabase::isPostgreSQL())
            QCOMPARE(SqlQuery(connection, QStringLiteral("SELECT count(*) FROM pg_prepared_statements WHERE "
                                                         "name = 'kessai_insert_blob_chunk'"))
                         .scalar()
                         .toInt(),
                     1);
    }

    void chunksAreNotCompressedWithPglzOnPostgreSQL()
    {
        // Schema 23: lz4 (fast both ways) where the server has it, else no compression attempt;
        // pglz took three times as long to write and read text-like content.
        if (!test::TestDatabase::isPostgreSQL())
            QSKIP("SQLite stores chunks as they are");
        const QByteArray text = QByteArray("令和8年度,総務課,決裁番号,承認済み\n").repeated(20000);
        BlobStore store(*m_connection);
        BlobStore::Blob blob;
        ScriptedDevice source(text, kChunk);
        KESSAI_TRY(blob = store.put(source, QStringLiteral("a.csv")));
        QVERIFY(readBack(store, blob.sha256) == text);
        SqlQuery methods(*m_connection,
                         QStringLiteral("SELECT DISTINCT coalesce(pg_column_compression(data), 'none') "
                                        "FROM blob_chunks WHERE blob_id = ?"));
        methods.bind(blob.id).exec();
        QStringList used;
        while (methods.next())
            used.append(methods.text(0));
        const bool lz4 =
            SqlQuery(*m_connection, QStringLiteral("SELECT attcompression = 'l' FROM pg_attribute WHERE "
                                                   "attrelid = 'blob_chunks'::regclass AND attname = 'data'"))
                .scalar()
                .toBool();
        QCOMPARE(used, QStringList{lz4 ? QStringLiteral("lz4") : QStringLiteral("none")});
    }

    void contentTheServerCannotCheckIsRefusedUnread()
    {
        // The office server hashes content as one value (at most kServerCheckLimit bytes): a
        // larger file is refused before any of it is read or sent.
        if (!test::TestDatabase::isPostgreSQL())
            QSKIP("SQLite has no such limit");
        class Huge : public QIODevice
        {
        public:
            Huge() { open(QIODevice::ReadOnly); }
            qint64 size() const override { return BlobStore::kServerCheckLimit + 1; }
            int reads = 0;

        protected:
            qint64 readData(char *out, qint64 max) override
            {
                ++reads;
                std::memset(out, 0, size_t(max));
                return max;
            }
            qint64 writeData(const char *, qint64) override { return -1; }
        } source;
        BlobStore store(*m_connection);
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, store.put(source, QStringLiteral("huge.iso")));
        QVERIFY2(test::lastErrorMessage().contains(QStringLiteral("huge.iso")),
                 qPrintable(test::lastErrorMessage()));
        QVERIFY2(test::lastErrorMessage().contains(QString::number(BlobStore::kServerCheckLimit)),
                 qPrintable(test::lastErrorMessage()));
        QCOMPARE(source.reads, 0);
        verifyNothingLeft(*m_connection, 0, 0);
    }

    void stagedCopyOfStoredContentIsDiscarded()
    {
        StoreConnection &connection = *m_connection;
        BlobStore store(connection);
        const QByteArray content = randomBytes(kChunk * 2 + 1, 21);
        ScriptedDevice first(content, kChunk);
        BlobStore::Blob stored;
        KESSAI_TRY(stored = store.put(first, QStringLiteral("a.pdf")));
        {
            ScriptedDevice again(content, kChunk);
            StagedBlob staged = store.stage(again, QStringLiteral("copy of a.pdf"));
            QCOMPARE(store.stagedCount(), 1);
            BlobStore::Blob published;
            KESSAI_TRY(published = store.publish(staged));
            QVERIFY(published.reused);
            QCOMPARE(published.id, stored.id);
        }
        QCOMPARE(store.stagedCount(), 0);
        verifyNothingLeft(connection, 1, 3);
    }

    void abandonedStagingIsDiscarded()
    {
        // A client that died mid-attach leaves staged chunks; once their heartbeat is older than
        // kAbandonedAfterSeconds the next attach discards them. A live upload is left alone.
        StoreConnection &connection = *m_connection;
        BlobStore store(connection);
        ScriptedDevice deadSource(randomBytes(kChunk * 6, 22), kChunk);
        StagedBlob dead = store.stage(deadSource, QStringLiteral("dead.bin"));
        ScriptedDevice liveSource(randomBytes(kChunk + 3, 23), kChunk);
        StagedBlob live = store.stage(liveSource, QStringLiteral("live.bin"));
        QCOMPARE(store.stagedCount(), 2);
        QCOMPARE(store.discardAbandoned(), 0); // both wrote a chunk just now
        const QString longAgo =
            Timestamps::toText(Timestamps::now().addSecs(-BlobStore::kAbandonedAfterSeconds - 5));
        KESSAI_TRY(SqlQuery(connection, QStringLiteral("UPDATE blobs SET staged_at = ? WHERE id = ?"))
                       .bind(longAgo)
                       .bind(dead.stagedId())
                       .exec());
        ScriptedDevice next(QByteArrayLiteral("the next attach"), kChunk);
        KESSAI_TRY(store.put(next, QStringLiteral("next.txt"))); // discards the abandoned one first
        QCOMPARE(store.stagedCount(), 1);
        QCOMPARE(test::rowCount(connection, QStringLiteral("blob_chunks")), 1 + 2);
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, store.publish(dead));
        QVERIFY2(test::lastErrorMessage().contains(QStringLiteral("abandoned")),
                 qPrintable(test::lastErrorMessage()));
        KESSAI_TRY(store.publish(live));
        QCOMPARE(store.stagedCount(), 0);
        verifyNothingLeft(connection, 2, 3);
    }

    void damagedContentIsRefused_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("problem");
        QTest::newRow("a byte changed in place")
            << QStringLiteral("UPDATE blob_chunks SET data = ? WHERE blob_id = ? AND seq = 1")
            << QStringLiteral("do not match their SHA-256");
        QTest::newRow("a chunk missing")
            << QStringLiteral("DELETE FROM blob_chunks WHERE blob_id = ? AND seq = 1")
            << QStringLiteral("chunk 2 of 3 is missing");
        QTest::newRow("a chunk cut short")
            << QStringLiteral("UPDATE blob_chunks SET data = ? WHERE blob_id = ? AND seq = 2")
            << QStringLiteral("chunk 3 of 3 holds 10 bytes instead of 100");
    }

    void damagedContentIsRefused()
    {
        QFETCH(QString, damage);
        QFETCH(QString, problem);
        StoreConnection &connection = *m_connection;
        BlobStore store(connection);
        const QByteArray content = randomBytes(kChunk * 2 + 100, 24);
        ScriptedDevice source(content, kChunk);
        BlobStore::Blob blob;
        KESSAI_TRY(blob = store.put(source, QStringLiteral("decided.csv")));
        QVERIFY(store.check(blob).isEmpty());

        SqlQuery tamper(connection, damage);
        if (damage.startsWith(QLatin1String("UPDATE"))) {
            QByteArray altered =
                damage.contains(QLatin1String("seq = 2")) ? content.right(10) : content.mid(kChunk, kChunk);
            if (!damage.contains(QLatin1String("seq = 2")))
                altered[1000] = char(altered.at(1000) ^ 0x20); // same length, one byte different
            tamper.bind(altered);
        }
        KESSAI_TRY(tamper.bind(blob.id).exec());

        QByteArray out;
        QBuffer sink(&out);
        sink.open(QIODevice::WriteOnly);
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, store.read(blob.sha256, sink));
        const QString message = test::lastErrorMessage();
        QVERIFY2(message.contains(problem), qPrintable(message));
        QVERIFY2(message.contains(blob.sha256), qPrintable(message)); // no attachment uses it: named by hash
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, store.verify(blob.sha256));
        QVERIFY2(store.check(blob).contains(problem), qPrintable(store.check(blob)));
    }

    void unknownContentIsNotFound()
    {
        StoreConnection &connection = *m_connection;
        BlobStore store(connection);
        const QString missing = sha256Of(QByteArrayLiteral("never stored"));
        QVERIFY(!store.find(missing));
        QByteArray out;
        QBuffer sink(&out);
        sink.open(QIODevice::WriteOnly);
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, store.read(missing, sink));
        QVERIFY(test::lastErrorMessage().contains(missing));
        QVERIFY(out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBlobStore)
#include "tst_blobstore.moc"
