// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/StoreChangeListener.h"

#include "core/store/StoreChange.h"
#include "core/store/StoreChangeSubscriber.h"

#include <QLoggingCategory>
#include <QThread>

namespace kessai {

namespace {
Q_LOGGING_CATEGORY(lcListen, "kessai.store.listen", QtWarningMsg)
}

StoreChangeListener::StoreChangeListener(const DatabaseUrl &url, QObject *parent)
    : StoreChangeListener(url, QLatin1String(kChangeChannel), parent)
{}

StoreChangeListener::StoreChangeListener(const DatabaseUrl &url, const QString &channel, QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_channel(channel)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &StoreChangeListener::spawn);
}

StoreChangeListener::~StoreChangeListener()
{
    // Owners (windows) are being torn down: tell nobody.
    blockSignals(true);
    stop();
}

void StoreChangeListener::start()
{
    if (!isAvailable() || m_running)
        return;
    m_running = true;
    m_retryDelay = kFirstRetryMilliseconds;
    spawn();
}

void StoreChangeListener::stop()
{
    m_running = false;
    m_retry.stop();
    endThread();
    if (m_listening) {
        m_listening = false;
        m_backendPid = 0;
        emit listeningChanged(false);
    }
}

void StoreChangeListener::spawn()
{
    if (!m_running)
        return;
    endThread();
    // A new thread for every connection: after a drop QPSQL keeps its socket notifier (close()
    // skips a connection libpq calls bad), and a new connection could get the same descriptor
    // on the same thread. The old notifier ends with its thread's event loop.
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("kessai-listen"));
    m_subscriber = new StoreChangeSubscriber(m_url, m_channel);
    m_subscriber->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_subscriber, &StoreChangeSubscriber::run);
    connect(m_subscriber, &StoreChangeSubscriber::subscribed, this, &StoreChangeListener::onSubscribed);
    connect(m_subscriber, &StoreChangeSubscriber::failed, this, &StoreChangeListener::onFailed);
    connect(m_subscriber, &StoreChangeSubscriber::notified, this, &StoreChangeListener::onNotified);
    m_thread->start();
}

void StoreChangeListener::endThread()
{
    if (!m_thread)
        return;
    // Signals already queued from this subscriber must not reach the next one's state.
    disconnect(m_subscriber, nullptr, this, nullptr);
    QMetaObject::invokeMethod(m_subscriber, &StoreChangeSubscriber::shutdown, Qt::QueuedConnection);
    // Quick: the thread only waits in its event loop (or, at worst, in a connect attempt,
    // bounded by connect_timeout).
    m_thread->wait();
    delete m_subscriber;
    delete m_thread;
    m_subscriber = nullptr;
    m_thread = nullptr;
}

void StoreChangeListener::onSubscribed(qint64 backendPid)
{
    m_retryDelay = kFirstRetryMilliseconds;
    m_backendPid = backendPid;
    m_listening = true;
    emit listeningChanged(true);
    // Whatever was committed before LISTEN took effect (or while the connection was down) was
    // not notified to us: windows read again once.
    emit changed();
}

void StoreChangeListener::onFailed(const QString &reason)
{
    qCInfo(lcListen) << "not listening for changes:" << reason << "; next attempt in" << m_retryDelay << "ms";
    const bool was = m_listening;
    m_listening = false;
    m_backendPid = 0;
    if (was)
        emit listeningChanged(false);
    if (!m_running)
        return;
    m_retry.start(m_retryDelay);
    m_retryDelay = std::min(m_retryDelay * 2, kLongestRetryMilliseconds);
}

void StoreChangeListener::onNotified(const QString &payload)
{
    emit notified(payload);
    const StoreChange change = StoreChange::parse(payload);
    if (change.concernsDocument())
        emit documentChanged(change.documentId, change.table, change.attachmentId);
    else
        emit changed();
}

} // namespace kessai
