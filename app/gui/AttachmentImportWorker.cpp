// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/AttachmentImportWorker.h"

#include "core/content/AttachmentFile.h"
#include "core/content/AttachmentName.h"
#include "core/content/BlobStore.h"
#include "core/documents/AttachmentStore.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"

#include <QElapsedTimer>
#include <QFile>

namespace kessai::gui {

AttachmentImportWorker::AttachmentImportWorker(const DatabaseUrl &url)
    : m_url(url)
{}

AttachmentImportWorker::~AttachmentImportWorker() = default;

void AttachmentImportWorker::cancel(int jobId)
{
    QMutexLocker lock(&m_mutex);
    m_cancelled.insert(jobId, true);
}

void AttachmentImportWorker::cancelUpTo(int lastJobId)
{
    QMutexLocker lock(&m_mutex);
    m_cancelledUpTo = std::max(m_cancelledUpTo, lastJobId);
}

bool AttachmentImportWorker::isCancelled(int jobId)
{
    QMutexLocker lock(&m_mutex);
    return m_cancelled.value(jobId) || jobId <= m_cancelledUpTo;
}

void AttachmentImportWorker::import(int jobId, const QByteArray &rawPath)
{
    const qsizetype slash = rawPath.lastIndexOf('/');
    const QString name = AttachmentName::decodeRaw(slash >= 0 ? rawPath.mid(slash + 1) : rawPath);
    try {
        if (isCancelled(jobId))
            throw StoreError(StoreError::Kind::Cancelled, tr("%1: cancelled").arg(name));
        if (!m_connection)
            m_connection = std::make_unique<StoreConnection>(m_url, StoreConnection::Open::Existing);
        const AttachmentFile file =
            AttachmentFile::inspect(rawPath, AttachmentStore(*m_connection).sizeLimit());
        emit started(jobId, file.originalName(), file.size());
        const std::unique_ptr<QFile> device = file.open();
        QElapsedTimer throttle;
        throttle.start();
        const qint64 total = file.size();
        const BlobStore::Blob blob =
            BlobStore(*m_connection).put(*device, file.displayPath(), {}, [&](qint64 done) {
                // A few updates a second are enough for a progress bar.
                if (throttle.elapsed() >= 100 || done == total) {
                    emit progress(jobId, done, total);
                    throttle.restart();
                }
                return !isCancelled(jobId);
            });
        if (blob.size != file.size())
            throw StoreError(StoreError::Kind::BadData,
                             tr("%1 changed while it was being copied (%2 bytes instead of %3); the "
                                "stored copy is the file as it was read")
                                 .arg(file.displayPath())
                                 .arg(blob.size)
                                 .arg(file.size()));
        emit stored(jobId, AttachmentImportQueue::Stored{blob.sha256, blob.size, file.originalName(),
                                                         file.mimeType()});
    } catch (const StoreError &error) {
        if (error.kind() == StoreError::Kind::Unavailable)
            m_connection.reset(); // reconnect for the next file (and a retry)
        emit failed(jobId, name, int(error.kind()), error.message());
    }
}

} // namespace kessai::gui
