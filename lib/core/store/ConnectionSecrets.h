// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/DatabaseUrl.h"

#include <QString>

namespace kessai {

/// Passwords for PostgreSQL connections given to this process (by the desktop application's
/// password dialog or the OS keychain), by connection key. Kept in memory only, never written
/// anywhere. Process-wide and thread-safe: every StoreConnection to the same server reads it,
/// so the worker threads that open their own connection log in like the store thread.
/// Without an entry libpq goes on as before (PGPASSWORD, ~/.pgpass, trust, peer).
class ConnectionSecrets
{
public:
    /// "user@host:port/dbname", with the user libpq logs in as (the URL's, else PGUSER, else the
    /// OS account); empty for SQLite.
    static QString keyFor(const DatabaseUrl &url);

    static void setPassword(const QString &key, const QString &password);
    /// Empty when none was given.
    static QString password(const QString &key);
    static void forget(const QString &key);

    /// Whether a failed connection's text says the server wants a password that was missing or
    /// wrong (libpq's "fe_sendauth: no password supplied", the server's "password authentication
    /// failed", in English or Japanese): the desktop application then asks for one.
    static bool isPasswordRefusal(const QString &connectionError);
};

} // namespace kessai
