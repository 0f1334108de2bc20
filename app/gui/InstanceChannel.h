// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

namespace kessai {
class DatabaseUrl;
}

namespace kessai::gui {

/// One Kessai window per user and database: the running one listens on a local socket (a
/// Unix socket in the user's runtime folder, a named pipe on Windows) and a second start on the
/// same database hands its request over — open document N (a kessai:// link), or just come to
/// the front — and exits. Only the same user may connect.
class InstanceChannel : public QObject
{
    Q_OBJECT

public:
    explicit InstanceChannel(QObject *parent = nullptr);
    ~InstanceChannel() override;

    /// The socket name for this user and database (a full path where the platform has a
    /// private runtime folder).
    static QString serverName(const DatabaseUrl &url);

    /// Asks the Kessai running on name to show documentId (0: just its main window).
    /// True when it answered that it did; false when none runs or it did not answer in time.
    static bool handOver(const QString &name, qint64 documentId, int timeoutMs = 3000);

    /// Starts answering on name; false (and nothing listens) if that fails.
    bool listen(const QString &name);
    QString errorString() const { return m_error; }

signals:
    /// A second start asked for documentId (0: only to bring the window to the front).
    void documentRequested(qint64 documentId);

private:
    void acceptConnections();
    void readRequest(QLocalSocket *socket);

    QLocalServer *m_server = nullptr;
    QString m_error;
};

} // namespace kessai::gui
