// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/StoreClient.h"

namespace kessai::gui {

StoreClient::StoreClient(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("kessai-store"));
    m_worker = new StoreWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

StoreClient::~StoreClient()
{
    // Close the connection on its own thread, then stop the thread.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void StoreClient::deliver(const QPointer<QObject> &guard, std::function<void()> callback)
{
    // Runs on the store thread; hop to the GUI thread through this object, which outlives it.
    QMetaObject::invokeMethod(
        this,
        [this, guard, callback = std::move(callback)] {
            --m_pending;
            if (guard)
                callback();
            if (m_pending == 0)
                emit busyChanged(false);
        },
        Qt::QueuedConnection);
}

void StoreClient::deliverFailure(const QPointer<QObject> &guard, const FailureHandler &failed,
                                 const Failure &failure)
{
    QMetaObject::invokeMethod(
        this,
        [this, guard, failed, failure] {
            --m_pending;
            if (guard && failed)
                failed(failure);
            else if (guard)
                emit unhandledFailure(failure.message);
            if (m_pending == 0)
                emit busyChanged(false);
        },
        Qt::QueuedConnection);
}

} // namespace kessai::gui
