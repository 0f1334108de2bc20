// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/StoreConnection.h"

#include "core/store/ConnectionFailure.h"
#include "core/store/ConnectionSecrets.h"
#include "core/store/Migrator.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreError.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#if defined(Q_OS_UNIX)
#include <pwd.h>
#include <unistd.h>
#endif

namespace kessai {

namespace {
QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("kessai-%1").arg(counter.fetchAndAddRelaxed(1));
}

/// Whether the file or folder may be written. isWritable() asks the system, which lets root
/// write anything: the mode bits are checked too, so that a file made read-only (chmod a-w,
/// the read-only attribute on Windows) is refused whoever runs Kessai.
bool writable(const QFileInfo &info)
{
    constexpr auto anyWrite = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    return info.isWritable() && (info.permissions() & anyWrite);
}

StoreError unavailable(const QString &message)
{
    return StoreError(StoreError::Kind::Unavailable, message);
}

/// QPSQL's connect options: libpq keywords separated by ';', values quoted the libpq way.
QString connectOptions(const DatabaseUrl &url)
{
    // Fail within seconds when the server is down instead of libpq's default of forever.
    QStringList options{QStringLiteral("connect_timeout=5"), QStringLiteral("application_name=kessai")};
    const auto parameters = url.connectionParameters();
    bool verifies = false;
    bool gssChosen = false;
    for (const auto &[keyword, value] : parameters) {
        verifies =
            verifies || (keyword == QLatin1String("sslmode") && value.startsWith(QLatin1String("verify-")));
        gssChosen = gssChosen || keyword == QLatin1String("gssencmode");
    }
    // libpq prefers Kerberos encryption when a ticket is there and then skips TLS, certificate
    // check included: an office that asked for verify-* gets TLS unless it chose gssencmode.
    if (verifies && !gssChosen)
        options << QStringLiteral("gssencmode=disable");
    for (auto [keyword, value] : parameters) {
        value.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('\''), QLatin1String("\\'"));
        options << QStringLiteral("%1='%2'").arg(keyword, value);
    }
    return options.join(QLatin1Char(';'));
}
} // namespace

StoreConnection::StoreConnection(const DatabaseUrl &url, Open open)
    : StoreConnection(url, open, Migrator::builtIn())
{}

StoreConnection::StoreConnection(const DatabaseUrl &url, Open open, const QList<Migration> &migrations)
    : m_url(url)
    , m_connectionName(nextConnectionName())
{
    if (!url.isValid())
        throw StoreError(StoreError::Kind::BadData, tr("invalid database location"));
    try {
        if (isPostgreSQL())
            openPostgreSQL();
        else
            openSqlite(open);
        if (open == Open::Existing && Migrator().inspect(*this).state == Migrator::State::Empty)
            throwNoStore(tr("%1 holds no Kessai database yet").arg(url.displayName()));
        Migrator(migrations).migrate(*this);
    } catch (...) {
        if (QSqlDatabase::contains(m_connectionName)) {
            QSqlDatabase::database(m_connectionName, false).close();
            QSqlDatabase::removeDatabase(m_connectionName);
        }
        throw;
    }
}

StoreConnection::~StoreConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase StoreConnection::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString StoreConnection::osLogin()
{
#if defined(Q_OS_UNIX)
    if (const passwd *entry = ::getpwuid(::geteuid()))
        return QString::fromLocal8Bit(entry->pw_name);
    return QString::number(::geteuid());
#else
    // Windows: the logon name, which libpq also takes there when no user is given.
    return qEnvironmentVariable("USERNAME");
#endif
}

void StoreConnection::throwNoStore(const QString &why) const
{
    throw StoreError(StoreError::Kind::NoStore,
                     tr("%1; nothing was created (a new database is made only by \"kessai-cli init\" or the "
                        "desktop application's first start)")
                         .arg(why));
}

void StoreConnection::openSqlite(Open open)
{
    const QString path = m_url.path();
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists() && open == Open::Existing)
        throwNoStore(tr("%1 does not exist").arg(shown));
    if (info.exists()) {
        if (info.isDir())
            throw unavailable(tr("%1 is a folder, not a database file").arg(shown));
        if (!info.isReadable())
            throw unavailable(tr("%1 cannot be read (permission denied)").arg(shown));
        if (!writable(info) || !writable(QFileInfo(info.absolutePath())))
            throw unavailable(
                tr("%1 is read-only; Kessai needs to write to the file and its folder").arg(shown));
        // Look before touching: a read-only connection cannot change a foreign or newer file.
        {
            QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
            probe.setDatabaseName(path);
            probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (!probe.open())
                throw unavailable(
                    tr("%1 cannot be opened: %2").arg(shown, SqlQuery::reason(probe.lastError())));
            QSqlQuery check(probe);
            if (!check.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
                throw unavailable(tr("%1 is not a Kessai database (not an SQLite file); it was left "
                                     "unchanged")
                                      .arg(shown));
            const Migrator::Inspection inspection = Migrator().inspect(*this);
            if (inspection.state == Migrator::State::Empty && open == Open::Existing)
                throwNoStore(tr("%1 holds no Kessai database yet").arg(shown));
            if (inspection.state == Migrator::State::Foreign)
                throw unavailable(tr("%1 is not a Kessai database; it was left unchanged").arg(shown));
            if (inspection.state == Migrator::State::Newer)
                throw unavailable(tr("%1 was made by a newer version of Kessai (schema %2; this "
                                     "version knows up to %3); it was left unchanged")
                                      .arg(shown, QString::number(inspection.version),
                                           QString::number(Migrator().latestVersion())));
            probe.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    } else if (!QDir().mkpath(info.absolutePath())) {
        throw unavailable(
            tr("cannot create the folder %1").arg(QDir::toNativeSeparators(info.absolutePath())));
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
    if (!db.open())
        throw unavailable(tr("%1 cannot be opened: %2").arg(shown, SqlQuery::reason(db.lastError())));
    QSqlQuery pragma(db);
    for (const char *statement :
         {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"}) {
        if (!pragma.exec(QLatin1String(statement)))
            throw unavailable(
                tr("%1: %2 failed: %3")
                    .arg(shown, QLatin1String(statement), SqlQuery::reason(pragma.lastError())));
    }
    m_identityLogin = osLogin();
}

void StoreConnection::openPostgreSQL()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    db.setHostName(m_url.host());
    db.setPort(m_url.port());
    db.setDatabaseName(m_url.databaseName());
    if (!m_url.user().isEmpty())
        db.setUserName(m_url.user());
    // A password given in this process (never stored by Kessai); else libpq's own sources.
    if (const QString password = ConnectionSecrets::password(ConnectionSecrets::keyFor(m_url));
        !password.isEmpty())
        db.setPassword(password);
    db.setConnectOptions(connectOptions(m_url));
    if (!db.open()) {
        const QString where = m_url.host().startsWith(QLatin1Char('/'))
                                  ? tr("socket %1 port %2").arg(m_url.host(), QString::number(m_url.port()))
                                  : QStringLiteral("%1:%2").arg(m_url.host()).arg(m_url.port());
        // libpq's text for the failures a person can fix (Kerberos, certificates) says what to do.
        const QString explained = ConnectionFailure(m_url, db.lastError().databaseText()).explanation();
        StoreError error =
            unavailable(tr("cannot connect to PostgreSQL at %1 (database %2): %3")
                            .arg(where, m_url.databaseName(),
                                 explained.isEmpty() ? SqlQuery::reason(db.lastError()) : explained));
        error.setPasswordRefused(ConnectionSecrets::isPasswordRefusal(db.lastError().text()));
        throw error;
    }
    QSqlQuery setup(db);
    setup.exec(QStringLiteral("SET client_min_messages = warning"));
    SqlQuery identity(*this, QStringLiteral("SELECT session_user, COALESCE((SELECT rolsuper FROM pg_roles "
                                            "WHERE rolname = session_user), false)"));
    identity.exec();
    if (identity.next()) {
        m_identityLogin = identity.text(0);
        m_serverSuperuser = identity.flag(1);
    }
}

} // namespace kessai
