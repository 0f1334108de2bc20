// SPDX-License-Identifier: GPL-3.0-or-later
// A large attach must not lock other clients out (both backends): while one connection streams
// a few hundred MiB into a draft, another connection's 承認 and other audited writes go through
// at once. The content is generated while it is read (nothing that size is held in memory or
// written to disk), and the source pauses half-way until the approval is in, so the approval
// always happens while the attach is in progress. Before content was staged in short
// transactions, the approval waited for the whole attach and failed after 15 s on SQLite
// ("database is locked").
#include "core/content/BlobStore.h"
#include "core/documents/AttachmentStore.h"
#include "core/org/Session.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/workflow/WorkflowStore.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/WorkflowOrg.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QIODevice>
#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace kessai;
using namespace Qt::Literals::StringLiterals;

namespace {
quint64 splitmix64(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

/// Pseudo-random bytes made as they are read (splitmix64: nothing to compress on PostgreSQL's
/// TOAST either), hashed on the way; at pauseAt it waits for `resume` (at most 20 s).
class GeneratedSource : public QIODevice
{
public:
    GeneratedSource(qint64 size, qint64 pauseAt, QSemaphore &resume)
        : m_size(size)
        , m_pauseAt(pauseAt)
        , m_resume(resume)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_pos >= m_size; }
    QString sha256() { return QString::fromLatin1(m_hash.result().toHex()); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        if (m_pos >= m_pauseAt && !m_resumed) {
            m_resumed = true;
            if (!m_resume.tryAcquire(1, 20000)) {
                setErrorString(u"no other write went through while this attach was in progress"_s);
                return -1;
            }
        }
        qint64 n = std::min(max, m_size - m_pos);
        if (!m_resumed)
            n = std::min(n, m_pauseAt - m_pos);
        for (qint64 i = 0; i < n; ++i) {
            const qint64 at = m_pos + i;
            if (at / 8 != m_wordIndex) {
                m_wordIndex = at / 8;
                m_word = splitmix64(quint64(m_wordIndex));
            }
            out[i] = char(m_word >> (8 * (at % 8)));
        }
        m_hash.addData(QByteArrayView(out, n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_size;
    qint64 m_pauseAt;
    QSemaphore &m_resume;
    qint64 m_pos = 0;
    bool m_resumed = false;
    qint64 m_wordIndex = -1;
    quint64 m_word = 0;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};
} // namespace

class TestAttachConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void approvalGoesThroughDuringLargeAttach()
    {
        // Big enough to take seconds on either backend, small enough for the suite.
        const qint64 size = (test::TestDatabase::isPostgreSQL() ? 160 : 256) * BlobStore::kChunkSize;
        test::TestDatabase db;
        std::unique_ptr<StoreConnection> admin;
        KESSAI_TRY(admin = std::make_unique<StoreConnection>(db.url()));
        test::WorkflowOrg org;
        KESSAI_TRY(org.setUp(*admin));
        qint64 waiting = 0;
        qint64 large = 0;
        qint64 other = 0;
        {
            Session ito(*admin, u"ito_t"_s);
            KESSAI_TRY(waiting = org.draft(ito, u"承認を待つ起案"_s));
            KESSAI_TRY(WorkflowStore(*admin).setRoute(ito, waiting, org.standardRoute()));
            KESSAI_TRY(WorkflowStore(*admin).act(ito, waiting, WorkflowActionKind::Submit));
            KESSAI_TRY(large = org.draft(ito, u"大容量の添付"_s));
            KESSAI_TRY(other = org.draft(ito, u"並行して編集する起案"_s));
        }

        QSemaphore resume;
        std::atomic<qint64> staged{0};
        std::atomic_bool attachDone{false};
        std::atomic_bool approvedDuringAttach{false};
        std::atomic<qint64> approvalMs{-1};
        std::atomic<qint64> slowestWriteMs{0};
        std::atomic<int> writesDuringAttach{0};
        qint64 attachMs = 0;
        AttachmentRecord attached;
        QString generatedSha;
        const QStringList failures =
            test::runInThreads(db.url(), 2, [&](StoreConnection &connection, int index) {
                if (index == 0) {
                    Session ito(connection, u"ito_t"_s);
                    GeneratedSource source(size, size / 2, resume);
                    QElapsedTimer timer;
                    timer.start();
                    try {
                        attached = AttachmentStore(connection)
                                       .add(ito, large, source, {u"large.bin"_s, {}, {}}, [&](qint64 done) {
                                           staged = done;
                                           return true;
                                       });
                    } catch (...) {
                        attachDone = true;
                        throw;
                    }
                    attachMs = timer.elapsed();
                    attachDone = true;
                    generatedSha = source.sha256();
                    return;
                }
                // The other client: once the attach is well under way, 承認, then audited writes
                // until it ends. Each must go through at once, not wait for the attach.
                struct Resume // the source waits for this whatever happens here
                {
                    QSemaphore &semaphore;
                    ~Resume() { semaphore.release(); }
                } releaseSource{resume};
                const QDeadlineTimer deadline(20000);
                while (staged < 16 * BlobStore::kChunkSize && !attachDone && !deadline.hasExpired())
                    QThread::msleep(2);
                Session sato(connection, u"sato_y"_s);
                QElapsedTimer timer;
                timer.start();
                WorkflowStore(connection)
                    .act(sato, waiting, WorkflowActionKind::Approve, u"添付の取り込み中に承認"_s);
                approvalMs = timer.elapsed();
                approvedDuringAttach = !attachDone;
                slowestWriteMs = approvalMs.load();
                releaseSource.semaphore.release();
                Session ito(connection, u"ito_t"_s);
                for (int i = 0; !attachDone && i < 200; ++i) {
                    timer.restart();
                    WorkflowStore(connection).setRoute(ito, other, org.standardRoute());
                    slowestWriteMs = std::max(slowestWriteMs.load(), timer.elapsed());
                    if (!attachDone)
                        ++writesDuringAttach;
                }
            });
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        QVERIFY2(approvedDuringAttach, "the attach ended before the approval went through");
        qInfo("%s: %lld MiB attached in %lld ms (%.0f MiB/s); approval took %lld ms, %d other writes "
              "meanwhile, the slowest %lld ms",
              qPrintable(test::TestDatabase::backendName()), size / BlobStore::kChunkSize, attachMs,
              double(size / BlobStore::kChunkSize) * 1000.0 / double(std::max<qint64>(1, attachMs)),
              approvalMs.load(), writesDuringAttach.load(), slowestWriteMs.load());
        // The write lock is held for a few chunks at a time: far below the 15 s busy timeout.
        QVERIFY2(slowestWriteMs < 5000, qPrintable(u"a write waited %1 ms"_s.arg(slowestWriteMs.load())));
        QVERIFY(writesDuringAttach > 0);

        QCOMPARE(attached.size, size);
        QCOMPARE(attached.sha256, generatedSha);
        QCOMPARE(SqlQuery(*admin, u"SELECT s.state FROM route_steps s JOIN users u ON u.id = s.assignee_id "
                                  "WHERE s.document_id = ? AND u.login = 'sato_y'"_s)
                     .bind(waiting)
                     .scalar()
                     .toString(),
                 u"approved"_s);
        BlobStore blobs(*admin);
        QCOMPARE(blobs.stagedCount(), 0);
        QCOMPARE(blobs.orphanChunkCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAttachConcurrency)
#include "tst_attachconcurrency.moc"
