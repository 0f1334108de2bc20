// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/DatabaseUrl.h"
#include "render/OfficeConverter.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <atomic>
#include <condition_variable>
#include <limits>
#include <mutex>

class QThread;

namespace kessai {
class StoreConnection;
struct AttachmentRecord;
}

namespace kessai::render {
class WarmOfficeConverter;
}

namespace kessai::render {
struct ContentType;

/// Converts office attachments to PDF in the background through one LibreOffice kept running
/// between documents (WarmOfficeConverter: its start, about a second, is paid once; a small
/// document then takes tens of milliseconds), ended after a few idle minutes; where that cannot
/// be (no Python with UNO), one LibreOffice run for everything queued. Stores each result as a rendition
/// keyed by the source content's SHA-256 (RenditionStore): content converted once is never
/// converted again, by any client. A failure is stored with its reason and not retried
/// unless retry() asks. Queue a conversion as soon as an attachment is added, so a reviewer
/// never waits for LibreOffice.
///
/// One worker thread with its own StoreConnection; the signals arrive on the service's thread.
class ConversionService : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Unknown, ///< never queued here (ask the store: it may well have a rendition)
        Queued,
        Converting,
        Done,  ///< a rendition exists
        Failed ///< converting failed; status().message says why
    };
    Q_ENUM(State)

    struct Status
    {
        State state = State::Unknown;
        QString message;
        int pageCount = 0;
    };

    /// Renditions in the store at url.
    explicit ConversionService(const DatabaseUrl &url, QObject *parent = nullptr);
    /// No store: the PDFs stay in the cache directory (renditions/SHA256.pdf) for this process;
    /// for plain files, tests and benchmarks.
    explicit ConversionService(QObject *parent = nullptr);
    ~ConversionService() override;

    /// Where blobs are copied out and local renditions kept (default BlobCache's).
    void setCacheDirectory(const QString &directory);
    /// At most this many files per LibreOffice run (default: no limit, every file pending goes in
    /// one run, so LibreOffice's start of about a second is paid once).
    void setBatchSize(int files);
    void setTimeouts(int baseMs, int perFileMs);
    /// false: one LibreOffice run per batch even where a kept one could run (benchmarks, tests).
    void setWarmConverter(bool allowed);
    /// The kept LibreOffice is started anew after this many documents (default 100).
    void setRestartAfter(int documents);
    /// The kept LibreOffice ends after this long without work (default five minutes).
    void setIdleStop(int msecs);

    /// Queues content for conversion unless it is queued or has a rendition (made or failed).
    /// format: docx, xlsx, ... (detected when empty). localPath: the bytes, when not in the store.
    void enqueue(const QString &sourceSha256, const QString &name, const QString &format = {},
                 const QString &localPath = {});
    /// Queues every office attachment of a document (worked out on the worker thread).
    void enqueueDocument(qint64 documentId);
    /// Converts again even though a rendition or failure is stored (it is replaced).
    void retry(const QString &sourceSha256, const QString &name, const QString &format = {},
               const QString &localPath = {});
    /// Drops the queue and kills a running LibreOffice.
    void cancelAll();

    Status status(const QString &sourceSha256) const;
    /// Without a store: the PDF made for sourceSha256 (empty when none).
    QString renditionPath(const QString &sourceSha256) const;
    int pendingCount() const;
    /// Blocks until nothing is queued or running (or msecs pass); true when idle.
    bool waitForIdle(int msecs = -1) const;
    /// Batches handed to LibreOffice so far (a reused rendition makes none).
    int conversionRuns() const { return m_runs.load(); }
    /// LibreOffice processes started so far (kept or one per batch), as of the last batch's end.
    int officeStarts() const { return m_officeStarts.load(); }
    /// A kept LibreOffice is waiting for documents (until setIdleStop's time has passed).
    bool officeKept() const { return m_officeKept.load(); }

signals:
    void statusChanged(const QString &sourceSha256, kessai::render::ConversionService::State state,
                       const QString &message);
    /// A conversion ended (ok: a rendition exists now; else message says why).
    void finished(const QString &sourceSha256, bool ok, const QString &message);
    /// The queue became empty.
    void idle();

private:
    struct Job
    {
        QString sha256;
        QString name;
        QString format;
        QString localPath;
        bool force = false;
        qint64 documentId = 0; ///< a whole document to expand
    };

    void start();
    void run();
    void work();
    QList<Job> expandDocument(StoreConnection &connection, qint64 documentId);
    bool settledAlready(StoreConnection *connection, Job &job);
    void convertBatch(StoreConnection *connection, QList<Job> batch, WarmOfficeConverter &converter);
    void measureText(StoreConnection &connection, const AttachmentRecord &attachment, const QString &path,
                     const ContentType &type);
    void report(const QString &sha256, State state, const QString &message, int pages = 0);
    void push(Job job);

    DatabaseUrl m_url;
    bool m_useStore = false;
    QString m_cacheDirectory;
    int m_baseMs = 60000;
    int m_perFileMs = 60000;
    bool m_warmAllowed = true;
    int m_restartAfter = 100;
    int m_idleStopMs = 5 * 60 * 1000;
    int m_batchSize = std::numeric_limits<int>::max();

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    mutable std::condition_variable m_settled;
    QList<Job> m_queue;
    QHash<QString, Status> m_status;
    QHash<QString, QString> m_localRenditions;
    QHash<QString, QString> m_localFailures;
    int m_busy = 0;
    bool m_stopping = false;
    bool m_workerDone = false;
    std::atomic_bool m_cancel{false};
    std::atomic_int m_runs{0};
    std::atomic_int m_officeStarts{0};
    std::atomic_bool m_officeKept{false};
    QThread *m_thread = nullptr;
};

} // namespace kessai::render
