// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/ConversionService.h"

#include "core/documents/AttachmentStore.h"
#include "core/renditions/RenditionStore.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "render/BlobCache.h"
#include "render/PageSourceFactory.h"
#include "render/TypeDetector.h"
#include "render/WarmOfficeConverter.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QThread>

#include <chrono>
#include <memory>

namespace kessai::render {

ConversionService::ConversionService(const DatabaseUrl &url, QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_useStore(true)
    , m_cacheDirectory(BlobCache::defaultDirectory())
{}

ConversionService::ConversionService(QObject *parent)
    : QObject(parent)
    , m_cacheDirectory(BlobCache::defaultDirectory())
{}

ConversionService::~ConversionService()
{
    {
        std::unique_lock lock(m_mutex);
        m_stopping = true;
        m_cancel = true;
        m_wake.notify_all();
    }
    if (m_thread) {
        {
            // The worker's last word, under the mutex: what it did is seen here, by
            // ThreadSanitizer too (it cannot see the join inside QThread::wait).
            std::unique_lock lock(m_mutex);
            m_settled.wait(lock, [this] { return m_workerDone; });
        }
        m_thread->wait();
        delete m_thread;
    }
}

void ConversionService::setCacheDirectory(const QString &directory)
{
    std::unique_lock lock(m_mutex);
    m_cacheDirectory = directory;
}

void ConversionService::setBatchSize(int files)
{
    std::unique_lock lock(m_mutex);
    m_batchSize = qMax(1, files);
}

void ConversionService::setTimeouts(int baseMs, int perFileMs)
{
    std::unique_lock lock(m_mutex);
    m_baseMs = baseMs;
    m_perFileMs = perFileMs;
}

void ConversionService::setWarmConverter(bool allowed)
{
    std::unique_lock lock(m_mutex);
    m_warmAllowed = allowed;
}

void ConversionService::setRestartAfter(int documents)
{
    std::unique_lock lock(m_mutex);
    m_restartAfter = documents;
}

void ConversionService::setIdleStop(int msecs)
{
    std::unique_lock lock(m_mutex);
    m_idleStopMs = qMax(0, msecs);
    m_wake.notify_all(); // the worker waits with the old time
}

void ConversionService::push(Job job)
{
    std::unique_lock lock(m_mutex);
    if (!job.sha256.isEmpty()) {
        const State state = m_status.value(job.sha256).state;
        if (!job.force && (state == State::Queued || state == State::Converting))
            return;
        if (job.force) { // a queued copy would only convert it twice
            m_queue.removeIf([&](const Job &queued) { return queued.sha256 == job.sha256; });
        }
        m_status[job.sha256] = {State::Queued, {}, 0};
        const QString sha = job.sha256;
        QMetaObject::invokeMethod(
            this, [this, sha] { emit statusChanged(sha, State::Queued, {}); }, Qt::QueuedConnection);
    }
    m_queue.append(std::move(job));
    if (!m_thread) {
        m_thread = QThread::create([this] { run(); });
        m_thread->setObjectName(QStringLiteral("kessai-conversion"));
        m_thread->start(QThread::LowPriority);
    }
    m_wake.notify_one();
}

void ConversionService::enqueue(const QString &sourceSha256, const QString &name, const QString &format,
                                const QString &localPath)
{
    push({sourceSha256.toLower(), name, format, localPath, false, 0});
}

void ConversionService::enqueueDocument(qint64 documentId)
{
    push({{}, {}, {}, {}, false, documentId});
}

void ConversionService::retry(const QString &sourceSha256, const QString &name, const QString &format,
                              const QString &localPath)
{
    push({sourceSha256.toLower(), name, format, localPath, true, 0});
}

void ConversionService::cancelAll()
{
    std::unique_lock lock(m_mutex);
    for (const Job &job : std::as_const(m_queue)) {
        if (!job.sha256.isEmpty())
            m_status.remove(job.sha256);
    }
    m_queue.clear();
    m_cancel = true;
}

ConversionService::Status ConversionService::status(const QString &sourceSha256) const
{
    std::unique_lock lock(m_mutex);
    return m_status.value(sourceSha256.toLower());
}

QString ConversionService::renditionPath(const QString &sourceSha256) const
{
    std::unique_lock lock(m_mutex);
    return m_localRenditions.value(sourceSha256.toLower());
}

int ConversionService::pendingCount() const
{
    std::unique_lock lock(m_mutex);
    return int(m_queue.size()) + m_busy;
}

bool ConversionService::waitForIdle(int msecs) const
{
    // std::condition_variable (pthread underneath): ThreadSanitizer sees its hand-over, which it
    // cannot in QWaitCondition (Qt's library is not instrumented).
    const auto idle = [this] { return m_queue.isEmpty() && m_busy == 0; };
    std::unique_lock lock(m_mutex);
    if (msecs < 0) {
        m_settled.wait(lock, idle);
        return true;
    }
    return m_settled.wait_for(lock, std::chrono::milliseconds(msecs), idle);
}

void ConversionService::report(const QString &sha256, State state, const QString &message, int pages)
{
    {
        std::unique_lock lock(m_mutex);
        m_status[sha256] = {state, message, pages};
    }
    QMetaObject::invokeMethod(
        this,
        [this, sha256, state, message] {
            emit statusChanged(sha256, state, message);
            if (state == State::Done || state == State::Failed)
                emit finished(sha256, state == State::Done, message);
        },
        Qt::QueuedConnection);
}

void ConversionService::run()
{
    work(); // its LibreOffice and store connection are gone when it returns
    std::unique_lock lock(m_mutex);
    m_busy = 0;
    m_workerDone = true;
    m_settled.notify_all();
}

void ConversionService::work()
{
    std::unique_ptr<StoreConnection> connection;
    WarmOfficeConverter converter; // LibreOffice's children belong to this thread (ChildProcessPlatform)
    for (;;) {
        QList<Job> batch;
        {
            std::unique_lock lock(m_mutex);
            while (m_queue.isEmpty() && !m_stopping) {
                if (!converter.isRunning()) {
                    m_wake.wait(lock);
                } else if (m_wake.wait_for(lock, std::chrono::milliseconds(m_idleStopMs)) ==
                               std::cv_status::timeout &&
                           m_queue.isEmpty()) {
                    lock.unlock(); // idle long enough: its memory back to the system
                    converter.stop();
                    m_officeKept = false;
                    lock.lock();
                }
            }
            if (m_stopping)
                break;
            // A whole document is expanded alone; files go in batches.
            if (m_queue.constFirst().documentId != 0) {
                batch.append(m_queue.takeFirst());
            } else {
                while (!m_queue.isEmpty() && m_queue.constFirst().documentId == 0 &&
                       batch.size() < m_batchSize)
                    batch.append(m_queue.takeFirst());
            }
            m_busy = 1;
            m_cancel = false;
        }
        try {
            if (m_useStore && !connection)
                connection = std::make_unique<StoreConnection>(m_url, StoreConnection::Open::Existing);
            if (batch.constFirst().documentId != 0) {
                const QList<Job> jobs = expandDocument(*connection, batch.constFirst().documentId);
                for (const Job &job : jobs)
                    push(job);
            } else {
                QList<Job> work;
                for (Job &job : batch) {
                    if (!settledAlready(connection.get(), job))
                        work.append(job);
                }
                if (!work.isEmpty())
                    convertBatch(connection.get(), work, converter);
            }
        } catch (const StoreError &error) {
            for (const Job &job : std::as_const(batch)) {
                if (!job.sha256.isEmpty())
                    report(job.sha256, State::Failed, error.message());
            }
            connection.reset(); // opened again for the next job
        }
        m_officeStarts = converter.officeStarts();
        m_officeKept = converter.isRunning();
        std::unique_lock lock(m_mutex);
        m_busy = 0;
        if (m_queue.isEmpty()) {
            m_settled.notify_all();
            QMetaObject::invokeMethod(
                this, [this] { emit idle(); }, Qt::QueuedConnection);
        }
    }
    connection.reset();
    converter.stop();
    m_officeKept = false;
}

namespace {
/// Laying out text holds the one text thread (the single view's text waits behind it): a larger
/// text has its 頁数 counted when the single view first shows it.
constexpr qint64 kLargestTextMeasured = 512 * 1024;
} // namespace

QList<ConversionService::Job> ConversionService::expandDocument(StoreConnection &connection,
                                                                qint64 documentId)
{
    QList<Job> jobs;
    BlobCache cache(m_cacheDirectory);
    // Text is laid out with the GUI's fonts; a command-line run has none to measure with.
    const bool canMeasureText = qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
    const QList<AttachmentRecord> attachments = AttachmentStore(connection).list(documentId);
    for (const AttachmentRecord &attachment : attachments) {
        // A known 頁数 means converted (office) or measured: nothing to do, and no need to fetch
        // the content (the editor asks each time it opens a draft).
        if (attachment.pageCount > 0)
            continue;
        try {
            const QString path = cache.materialize(connection, attachment.sha256);
            const ContentType type = TypeDetector::detectFile(path, attachment.originalName, attachment.mimeType);
            if (type.isOffice())
                jobs.append({attachment.sha256, attachment.displayName, type.format, path, false, 0});
            else if (type.isText() && canMeasureText &&
                     attachment.size <= kLargestTextMeasured && !m_cancel.load())
                measureText(connection, attachment, path, type);
        } catch (const StoreError &error) {
            // One unreadable attachment says so; the others are still converted.
            report(attachment.sha256, State::Failed, error.message());
        }
    }
    return jobs;
}

void ConversionService::measureText(StoreConnection &connection, const AttachmentRecord &attachment,
                                    const QString &path, const ContentType &type)
{
    // The 頁数 of a text attachment is known once it is laid out as the single view shows it.
    const auto source = PageSourceFactory::open(
        {path, attachment.displayName, attachment.mimeType, attachment.size, type, {}, {}});
    if (source->state() != PageSource::State::Ready || source->pageCount() <= 0)
        return;
    AttachmentStore(connection).setPageCount(attachment.id, source->pageCount());
    report(attachment.sha256, State::Done, {}, source->pageCount());
}

bool ConversionService::settledAlready(StoreConnection *connection, Job &job)
{
    if (job.force) {
        // The stored record stays until the new result replaces it (and counts the attempt).
        if (!connection) {
            std::unique_lock lock(m_mutex);
            m_localRenditions.remove(job.sha256);
            m_localFailures.remove(job.sha256);
        }
        return false;
    }
    if (connection) {
        if (const auto rendition = RenditionStore(*connection).find(job.sha256)) {
            report(job.sha256, rendition->ok() ? State::Done : State::Failed, rendition->error,
                   rendition->pageCount);
            return true;
        }
        return false;
    }
    std::unique_lock lock(m_mutex);
    const QString pdf = m_localRenditions.value(job.sha256);
    if (!pdf.isEmpty() || m_localFailures.contains(job.sha256)) {
        const QString failure = m_localFailures.value(job.sha256);
        lock.unlock();
        report(job.sha256, pdf.isEmpty() ? State::Failed : State::Done, failure);
        return true;
    }
    return false;
}

void ConversionService::convertBatch(StoreConnection *connection, QList<Job> batch,
                                     WarmOfficeConverter &converter)
{
    QString cacheDirectory;
    {
        std::unique_lock lock(m_mutex);
        cacheDirectory = m_cacheDirectory;
        converter.setTimeouts(m_baseMs, m_perFileMs);
        converter.setWarmAllowed(m_warmAllowed);
        converter.setRestartAfter(m_restartAfter);
    }
    BlobCache cache(cacheDirectory);
    QTemporaryDir work(QDir::tempPath() + QStringLiteral("/kessai-convert-XXXXXX"));
    if (!work.isValid()) {
        for (const Job &job : std::as_const(batch))
            report(job.sha256, State::Failed, tr("No temporary folder for the conversion could be made."));
        return;
    }
    QStringList inputs;
    QList<Job> jobs;
    for (int i = 0; i < batch.size(); ++i) {
        Job job = batch.at(i);
        report(job.sha256, State::Converting, {});
        const QString source =
            !job.localPath.isEmpty() ? job.localPath : cache.materialize(*connection, job.sha256);
        if (job.format.isEmpty()) {
            const ContentType type = TypeDetector::detectFile(source, job.name);
            if (!type.isOffice()) {
                report(job.sha256, State::Failed, tr("This is not an office document: nothing to convert."));
                continue;
            }
            job.format = type.format;
        }
        const QString input =
            work.filePath(QStringLiteral("%1-%2.%3").arg(i).arg(job.sha256.left(12), job.format));
        if (!QFile::copy(source, input)) {
            report(job.sha256, State::Failed, tr("The document could not be copied for the conversion."));
            continue;
        }
        inputs.append(input);
        jobs.append(job);
    }
    if (jobs.isEmpty())
        return;
    const QString output = work.filePath(QStringLiteral("out"));
    const QString name = OfficeConverter::converterName();
    // Each result is stored and reported as soon as LibreOffice is past it: the first pages
    // show while the rest of the batch converts, and a hanging file holds nobody else.
    auto deliver = [&](int i, const OfficeConverter::Result &result) {
        const Job &job = jobs.at(i);
        if ((m_cancel.load() || result.environmental) && !result.ok) {
            if (result.environmental) { // say why, but do not store it: another client may convert it
                report(job.sha256, State::Failed, result.error);
                return;
            }
            std::unique_lock lock(m_mutex);
            m_status.remove(job.sha256);
            return;
        }
        if (connection) {
            RenditionStore store(*connection);
            if (result.ok) {
                QFile pdf(result.pdf);
                if (!pdf.open(QIODevice::ReadOnly))
                    throw StoreError(StoreError::Kind::Internal, tr("cannot read %1").arg(result.pdf));
                store.putPdf(job.sha256, pdf, int(result.pageSizes.size()), name);
                PageLayoutRecord layout;
                layout.sha256 = job.sha256;
                layout.renderKind = QStringLiteral("office:") + job.format;
                layout.pageSizes = result.pageSizes;
                store.putLayout(layout);
            } else {
                store.putFailure(job.sha256, result.error, name);
            }
        } else if (result.ok) {
            const QString kept =
                cacheDirectory + QStringLiteral("/renditions/") + job.sha256 + QStringLiteral(".pdf");
            QDir().mkpath(cacheDirectory + QStringLiteral("/renditions"));
            QFile::remove(kept);
            QFile::copy(result.pdf, kept);
            std::unique_lock lock(m_mutex);
            m_localRenditions.insert(job.sha256, kept);
        } else {
            std::unique_lock lock(m_mutex);
            m_localFailures.insert(job.sha256, result.error);
        }
        report(job.sha256, result.ok ? State::Done : State::Failed, result.error,
               int(result.pageSizes.size()));
    };
    ++m_runs; // counted before: results (and whoever waits for them) arrive while it runs
    converter.convert(inputs, output, &m_cancel, deliver);
}

} // namespace kessai::render
