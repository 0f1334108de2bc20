// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace kessai {

/// Where the store lives: an SQLite file, or a PostgreSQL server given as
/// postgresql://user@host:port/dbname (password from libpq: PGPASSWORD, .pgpass, peer).
/// A host starting with '/' is a Unix socket directory (postgresql:///db?host=/run/pg).
/// The query may carry libpq's TLS and Kerberos settings: sslmode, sslrootcert (the CA file),
/// krbsrvname and gssencmode (postgresql://db.office/kessai?sslmode=verify-full&sslrootcert=/etc/ca.pem).
class DatabaseUrl
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseUrl)

public:
    enum class Backend
    {
        SQLite,
        PostgreSQL
    };

    /// Parses a --database argument. A plain path or sqlite:PATH means SQLite.
    /// Returns an invalid url and sets error on a malformed argument.
    static DatabaseUrl parse(const QString &text, QString *error = nullptr);
    static DatabaseUrl sqlite(const QString &path);
    /// The embedded default: kessai.sqlite in QStandardPaths::AppDataLocation.
    static DatabaseUrl defaultLocation();

    bool isValid() const { return m_valid; }
    Backend backend() const { return m_backend; }
    QString path() const { return m_path; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString databaseName() const { return m_database; }

    /// The libpq connection parameters given in the URL's query, among sslmode, sslrootcert,
    /// krbsrvname and gssencmode, in that order: keyword and value, checked when parsed.
    QList<std::pair<QString, QString>> connectionParameters() const { return m_parameters; }
    /// One of them, or an empty string when the URL does not set it (libpq's default applies).
    QString parameter(const QString &keyword) const;

    /// Human-readable name for the status bar and messages; never contains a password.
    QString displayName() const;
    QString toString() const;

private:
    bool m_valid = false;
    Backend m_backend = Backend::SQLite;
    QString m_path;
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_database;
    QList<std::pair<QString, QString>> m_parameters;
};

} // namespace kessai
