// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestDatabase.h"

#include "core/store/StoreConnection.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <stdexcept>

namespace kessai::test {

namespace {
QHash<QString, QString> readStateFile()
{
    QFile file(QStringLiteral(KESSAI_PG_STATE_FILE));
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("PostgreSQL test cluster is not running (no " KESSAI_PG_STATE_FILE
                                 "); run the tests through ctest so its fixture starts it");
    QHash<QString, QString> values;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const int eq = line.indexOf('=');
        if (eq > 0)
            values.insert(QString::fromUtf8(line.left(eq)),
                          QString::fromUtf8(line.mid(eq + 1)).remove(QLatin1Char('"')));
    }
    return values;
}

void runAdmin(const QString &host, int port, const QString &user, const QString &database, const QString &sql)
{
    const QString name = QStringLiteral("kessai-test-admin-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(host);
        db.setPort(port);
        db.setUserName(user);
        db.setDatabaseName(database);
        if (!db.open())
            throw std::runtime_error(
                QString(QStringLiteral("cannot connect to the test cluster: ") + db.lastError().text())
                    .toStdString());
        QSqlQuery query(db);
        if (!query.exec(sql))
            throw std::runtime_error(QStringLiteral("admin SQL failed: %1 in %2")
                                         .arg(query.lastError().text(), sql)
                                         .toStdString());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
} // namespace

bool TestDatabase::isPostgreSQL()
{
    return backendName() == QLatin1String("postgresql");
}

QString TestDatabase::backendName()
{
    const QString backend = qEnvironmentVariable("KESSAI_TEST_BACKEND", QStringLiteral("sqlite"));
    return backend;
}

TestDatabase::TestDatabase()
{
    if (!isPostgreSQL()) {
        m_url = DatabaseUrl::sqlite(m_dir.filePath(QStringLiteral("kessai.sqlite")));
        return;
    }
    const auto state = readStateFile();
    m_pgHost = state.value(QStringLiteral("KESSAI_PG_HOST"));
    m_pgPort = state.value(QStringLiteral("KESSAI_PG_PORT")).toInt();
    m_pgUser = state.value(QStringLiteral("KESSAI_PG_USER"), QStringLiteral("postgres"));
    m_pgDatabase = QStringLiteral("kessai_test_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    runAdmin(m_pgHost, m_pgPort, m_pgUser, QStringLiteral("postgres"),
             QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0 LC_COLLATE 'C.UTF-8' "
                            "LC_CTYPE 'C.UTF-8'")
                 .arg(m_pgDatabase));
    QString error;
    m_url = DatabaseUrl::parse(QStringLiteral("postgresql:///%2?user=%1&host=%3&port=%4")
                                   .arg(m_pgUser, m_pgDatabase, m_pgHost)
                                   .arg(m_pgPort),
                               &error);
    if (!m_url.isValid())
        throw std::runtime_error(error.toStdString());
}

TestDatabase::~TestDatabase()
{
    if (!m_pgDatabase.isEmpty()) {
        try {
            runAdmin(m_pgHost, m_pgPort, m_pgUser, QStringLiteral("postgres"),
                     QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgDatabase));
        } catch (const std::exception &error) {
            qWarning("%s", error.what());
        }
    }
}

DatabaseUrl TestDatabase::urlAs(const QString &login)
{
    if (!isPostgreSQL())
        return m_url;
    static const QRegularExpression safe(QStringLiteral("^[a-z0-9_.]+$"));
    if (!safe.match(login).hasMatch())
        throw std::runtime_error("test role names must be simple");
    runAdmin(m_pgHost, m_pgPort, m_pgUser, QStringLiteral("postgres"),
             QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                            "CREATE ROLE \"%1\" LOGIN; END IF; END $$")
                 .arg(login));
    // Staff as an office has them: a login in the staff group, no privilege of its own, so the
    // server's guard (row-level security, triggers) applies to everything the test does as it.
    runAdmin(
        m_pgHost, m_pgPort, m_pgUser, m_pgDatabase,
        QStringLiteral("DO $$ BEGIN "
                       "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kessai_staff') THEN "
                       "BEGIN CREATE ROLE kessai_staff NOLOGIN; EXCEPTION WHEN duplicate_object OR "
                       "unique_violation THEN NULL; END; END IF; "
                       "IF NOT pg_has_role('%1', 'kessai_staff', 'MEMBER') THEN "
                       "BEGIN GRANT kessai_staff TO \"%1\"; EXCEPTION WHEN OTHERS THEN NULL; END; END IF; "
                       "END $$")
            .arg(login));
    QString error;
    return DatabaseUrl::parse(QStringLiteral("postgresql:///%2?user=%1&host=%3&port=%4")
                                  .arg(login, m_pgDatabase, m_pgHost)
                                  .arg(m_pgPort),
                              &error);
}

DatabaseUrl TestDatabase::urlWithPassword(const QString &login, const QString &password)
{
    if (!isPostgreSQL() || password.contains(QLatin1Char('\'')))
        throw std::runtime_error("password roles exist on PostgreSQL only, with simple passwords");
    const DatabaseUrl url = urlAs(login);
    runAdmin(m_pgHost, m_pgPort, m_pgUser, QStringLiteral("postgres"),
             QStringLiteral("ALTER ROLE \"%1\" PASSWORD '%2'; GRANT kessai_password_login TO \"%1\"")
                 .arg(login, password));
    return url;
}

QString TestDatabase::defaultLogin() const
{
    return isPostgreSQL() ? m_pgUser : StoreConnection::osLogin();
}

void TestDatabase::superuserExec(const QString &sql)
{
    if (isPostgreSQL()) {
        runAdmin(m_pgHost, m_pgPort, m_pgUser, m_pgDatabase, sql);
        return;
    }
    const QString name = QStringLiteral("kessai-test-raw-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_url.path());
        if (!db.open())
            throw std::runtime_error("cannot open the SQLite test file");
        QSqlQuery query(db);
        if (!query.exec(sql))
            throw std::runtime_error(
                QString(QStringLiteral("raw SQL failed: ") + query.lastError().text()).toStdString());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace kessai::test
