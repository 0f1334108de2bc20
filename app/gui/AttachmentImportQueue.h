// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/DatabaseUrl.h"

#include <QByteArray>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace kessai::gui {

class AttachmentImportWorker;

/// Hashes and stores dropped files as content-addressed blobs on a thread of its own, with
/// its own database connection, one file at a time in the order given. The user keeps
/// working meanwhile; each file reports progress and can be cancelled. Linking a stored blob
/// to the draft is quick and happens afterwards on the store thread.
class AttachmentImportQueue : public QObject
{
    Q_OBJECT

public:
    struct Stored
    {
        QString sha256;
        qint64 size = 0;
        QString originalName;
        QString mimeType;
    };

    explicit AttachmentImportQueue(const DatabaseUrl &url, QObject *parent = nullptr);
    ~AttachmentImportQueue() override;

    /// Queues one file (raw path bytes); returns the job id used in the signals.
    int enqueue(const QByteArray &rawPath);
    void cancel(int jobId);
    void cancelAll();
    int pendingCount() const { return m_pending; }

signals:
    void started(int jobId, const QString &name, qint64 size);
    void progress(int jobId, qint64 bytesDone, qint64 bytesTotal);
    void stored(int jobId, const kessai::gui::AttachmentImportQueue::Stored &result);
    /// kind: StoreError::Kind as int; message names the file and the reason.
    void failed(int jobId, const QString &name, int kind, const QString &message);

private:
    QThread m_thread;
    AttachmentImportWorker *m_worker = nullptr;
    int m_nextId = 1;
    int m_pending = 0;
};

} // namespace kessai::gui

Q_DECLARE_METATYPE(kessai::gui::AttachmentImportQueue::Stored)
