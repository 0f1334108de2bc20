// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/AttachmentImportQueue.h"

#include <QHash>
#include <QMutex>
#include <QObject>

#include <memory>

namespace kessai {
class StoreConnection;
}

namespace kessai::gui {

/// The import thread's side of AttachmentImportQueue: owns that thread's connection.
class AttachmentImportWorker : public QObject
{
    Q_OBJECT

public:
    explicit AttachmentImportWorker(const DatabaseUrl &url);
    ~AttachmentImportWorker() override;

    /// Thread-safe: marks a job (queued or running) as cancelled.
    void cancel(int jobId);
    /// Thread-safe: cancels every job with an id up to lastJobId (later ones still run).
    void cancelUpTo(int lastJobId);

public slots:
    void import(int jobId, const QByteArray &rawPath);

signals:
    void started(int jobId, const QString &name, qint64 size);
    void progress(int jobId, qint64 bytesDone, qint64 bytesTotal);
    void stored(int jobId, const kessai::gui::AttachmentImportQueue::Stored &result);
    void failed(int jobId, const QString &name, int kind, const QString &message);

private:
    bool isCancelled(int jobId);

    DatabaseUrl m_url;
    std::unique_ptr<StoreConnection> m_connection;
    QMutex m_mutex;
    QHash<int, bool> m_cancelled;
    int m_cancelledUpTo = 0;
};

} // namespace kessai::gui
