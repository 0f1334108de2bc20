// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/org/Session.h"
#include "core/store/DatabaseUrl.h"
#include "core/store/StoreConnection.h"

#include <QObject>

#include <memory>

namespace kessai::gui {

/// Lives on the store thread and owns the connection and the session there: Qt SQL
/// connections may only be used from the thread that opened them.
class StoreWorker : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    void open(const DatabaseUrl &url, StoreConnection::Open open = StoreConnection::Open::Existing);
    /// Starts the session; throws StoreError(Refused) if the identity is not registered.
    void startSession(const QString &actAsLogin);
    void close();

    bool isOpen() const { return m_connection != nullptr; }
    StoreConnection &connection();
    Session &session();

private:
    std::unique_ptr<StoreConnection> m_connection;
    std::unique_ptr<Session> m_session;
};

} // namespace kessai::gui
