// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/AttachmentImportQueue.h"

#include "gui/AttachmentImportWorker.h"

#include <limits>

namespace kessai::gui {

AttachmentImportQueue::AttachmentImportQueue(const DatabaseUrl &url, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Stored>();
    m_thread.setObjectName(QStringLiteral("kessai-import"));
    m_worker = new AttachmentImportWorker(url);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &AttachmentImportWorker::started, this, &AttachmentImportQueue::started);
    connect(m_worker, &AttachmentImportWorker::progress, this, &AttachmentImportQueue::progress);
    connect(m_worker, &AttachmentImportWorker::stored, this, [this](int id, const Stored &result) {
        --m_pending;
        emit stored(id, result);
    });
    connect(m_worker, &AttachmentImportWorker::failed, this,
            [this](int id, const QString &name, int kind, const QString &message) {
                --m_pending;
                emit failed(id, name, kind, message);
            });
    m_thread.start();
}

AttachmentImportQueue::~AttachmentImportQueue()
{
    m_worker->cancelUpTo(std::numeric_limits<int>::max());
    m_thread.quit();
    m_thread.wait();
}

int AttachmentImportQueue::enqueue(const QByteArray &rawPath)
{
    const int id = m_nextId++;
    ++m_pending;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, rawPath] { worker->import(id, rawPath); }, Qt::QueuedConnection);
    return id;
}

void AttachmentImportQueue::cancel(int jobId)
{
    m_worker->cancel(jobId);
}

void AttachmentImportQueue::cancelAll()
{
    m_worker->cancelUpTo(m_nextId - 1);
}

} // namespace kessai::gui
