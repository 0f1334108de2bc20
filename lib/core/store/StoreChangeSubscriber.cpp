// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/StoreChangeSubscriber.h"

#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"

#include <QSqlDriver>
#include <QThread>

#include <exception>

namespace kessai {

StoreChangeSubscriber::StoreChangeSubscriber(const DatabaseUrl &url, const QString &channel)
    : m_url(url)
    , m_channel(channel)
{}

StoreChangeSubscriber::~StoreChangeSubscriber() = default;

void StoreChangeSubscriber::run()
{
    try {
        // Existing: a listener never creates a store; it only opens one the windows already use.
        m_connection = std::make_unique<StoreConnection>(m_url, StoreConnection::Open::Existing);
        QSqlDriver *driver = m_connection->database().driver();
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                    if (name == m_channel)
                        emit notified(payload.toString());
                });
        if (!driver->subscribeToNotification(m_channel))
            throw StoreError(StoreError::Kind::Unavailable, SqlQuery::reason(driver->lastError()));
        const qint64 pid =
            SqlQuery(*m_connection, QStringLiteral("SELECT pg_backend_pid()")).scalar().toLongLong();
        // Parented: deleted with this object, on this thread.
        m_watch = new QTimer(this);
        m_watch->setInterval(kWatchMilliseconds);
        connect(m_watch, &QTimer::timeout, this, &StoreChangeSubscriber::watch);
        m_watch->start();
        emit subscribed(pid);
    } catch (const StoreError &error) {
        lose(error.message());
    } catch (const std::exception &error) { // an exception must not leave a slot
        lose(QString::fromLocal8Bit(error.what()));
    }
}

void StoreChangeSubscriber::watch()
{
    if (m_lost || !m_connection)
        return;
    // After the server closed the connection (restart, pg_terminate_backend) the driver's own
    // socket notifier has read the end and libpq's status is bad; QPSQL says nothing else. (libpq
    // has closed the socket by then; Qt disables QPSQL's notifier with a warning, "Invalid socket".)
    if (!m_connection->database().driver()->isOpen()) {
        lose(QStringLiteral("the listening connection was closed"));
        return;
    }
    if (++m_looks % kProbeEvery != 0)
        return;
    try {
        SqlQuery(*m_connection, QStringLiteral("SELECT 1")).exec();
    } catch (const StoreError &error) {
        lose(error.message());
    }
}

void StoreChangeSubscriber::lose(const QString &reason)
{
    if (m_lost)
        return;
    m_lost = true;
    if (m_watch)
        m_watch->stop();
    emit failed(reason);
}

void StoreChangeSubscriber::shutdown()
{
    if (m_watch)
        m_watch->stop();
    m_connection.reset(); // a Qt SQL connection is closed on the thread that opened it
    QThread::currentThread()->quit();
}

} // namespace kessai
