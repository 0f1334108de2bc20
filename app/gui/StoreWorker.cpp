// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/StoreWorker.h"

#include "core/store/StoreError.h"

namespace kessai::gui {

void StoreWorker::open(const DatabaseUrl &url, StoreConnection::Open open)
{
    close();
    m_connection = std::make_unique<StoreConnection>(url, open);
}

void StoreWorker::startSession(const QString &actAsLogin)
{
    m_session.reset();
    m_session = std::make_unique<Session>(connection(), actAsLogin);
}

void StoreWorker::close()
{
    m_session.reset();
    m_connection.reset();
}

StoreConnection &StoreWorker::connection()
{
    if (!m_connection)
        throw StoreError(StoreError::Kind::Unavailable, StoreWorker::tr("no database is open"));
    return *m_connection;
}

Session &StoreWorker::session()
{
    if (!m_session)
        throw StoreError(StoreError::Kind::Refused, StoreWorker::tr("no user session"));
    return *m_session;
}

} // namespace kessai::gui
