// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/InstanceChannel.h"

#include "core/store/DatabaseUrl.h"
#include "core/store/StoreConnection.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

namespace kessai::gui {

namespace {
// One request line, "open N" or "show", answered with "ok".
constexpr qint64 kMaxRequest = 64;
const QByteArray kOpen = QByteArrayLiteral("open ");
const QByteArray kShow = QByteArrayLiteral("show");
const QByteArray kOk = QByteArrayLiteral("ok\n");

/// The same database however it was named: an SQLite file by its canonical path.
QString databaseKey(const DatabaseUrl &url)
{
    if (url.backend() != DatabaseUrl::Backend::SQLite)
        return url.toString();
    const QFileInfo file(url.path());
    const QString canonical = file.canonicalFilePath();
    return canonical.isEmpty() ? file.absoluteFilePath() : canonical;
}
} // namespace

InstanceChannel::InstanceChannel(QObject *parent)
    : QObject(parent)
{}

InstanceChannel::~InstanceChannel() = default;

QString InstanceChannel::serverName(const DatabaseUrl &url)
{
    const QByteArray key = (StoreConnection::osLogin() + QLatin1Char('\n') + databaseKey(url)).toUtf8();
    const QString name =
        QStringLiteral("kessai-") +
        QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
#ifdef Q_OS_UNIX
    // In the user's own runtime folder (mode 0700) no other account can take the name first.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty() && QDir().mkpath(runtime))
        return QDir(runtime).filePath(name);
#endif
    return name;
}

bool InstanceChannel::handOver(const QString &name, qint64 documentId, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    const QByteArray request = documentId > 0 ? QByteArray(kOpen + QByteArray::number(documentId)) : kShow;
    socket.write(request + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    QByteArray answer;
    while (!answer.contains('\n') && socket.waitForReadyRead(timeoutMs))
        answer += socket.readAll();
    return answer == kOk;
}

bool InstanceChannel::listen(const QString &name)
{
    delete m_server;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(name)) {
        // Left behind by a Kessai that crashed (nobody answered handOver): take it over.
        QLocalServer::removeServer(name);
        if (!m_server->listen(name)) {
            m_error = m_server->errorString();
            delete m_server;
            m_server = nullptr;
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, &InstanceChannel::acceptConnections);
    return true;
}

void InstanceChannel::acceptConnections()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
        if (socket->bytesAvailable() > 0)
            readRequest(socket);
    }
}

void InstanceChannel::readRequest(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > kMaxRequest)
            socket->abort(); // not one of ours
        return;
    }
    const QByteArray line = socket->readLine(kMaxRequest).trimmed();
    qint64 documentId = -1;
    if (line == kShow) {
        documentId = 0;
    } else if (line.startsWith(kOpen)) {
        bool ok = false;
        documentId = line.mid(kOpen.size()).toLongLong(&ok);
        if (!ok || documentId <= 0)
            documentId = -1;
    }
    if (documentId < 0) {
        socket->abort();
        return;
    }
    socket->write(kOk);
    socket->flush();
    emit documentRequested(documentId);
}

} // namespace kessai::gui
