// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/SqlQuery.h"

#include "core/store/StorableText.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>

namespace kessai {

namespace {
// Off unless asked for (QT_LOGGING_RULES="kessai.store.sql.warning=true"): a CLI error is one line.
Q_LOGGING_CATEGORY(lcSql, "kessai.store.sql", QtCriticalMsg)

bool connectionLost(const StoreConnection &connection, const QSqlError &error)
{
    if (!connection.database().isOpen())
        return true;
    if (error.type() != QSqlError::ConnectionError)
        return false;
    if (connection.isPostgreSQL())
        return true;
    // Qt's SQLite driver reports every failed step as a ConnectionError, constraint and
    // trigger failures included: only these primary result codes mean the file is unusable.
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case 5:  // SQLITE_BUSY
    case 6:  // SQLITE_LOCKED
    case 7:  // SQLITE_NOMEM
    case 8:  // SQLITE_READONLY
    case 10: // SQLITE_IOERR
    case 11: // SQLITE_CORRUPT
    case 13: // SQLITE_FULL
    case 14: // SQLITE_CANTOPEN
    case 26: // SQLITE_NOTADB
        return true;
    default:
        return false;
    }
}

bool isConstraintViolation(const StoreConnection &connection, const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    if (connection.isPostgreSQL())
        return code.startsWith(QLatin1String("23")); // SQLSTATE class 23: integrity constraint violation
    return (code.toInt() & 0xff) == 19;              // SQLITE_CONSTRAINT
}

/// A rule of Kessai's own schema (a trigger's RAISE): its text is written for people.
bool isSchemaRule(const StoreConnection &connection, const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    if (connection.isPostgreSQL())
        return code == QLatin1String("P0001"); // RAISE EXCEPTION
    return code.toInt() == 1811;               // SQLITE_CONSTRAINT_TRIGGER
}

/// A message for a person: the driver's text (multi-line, naming prepared statements and
/// SQL) goes to the kessai.store.sql log category only, never into the message.
StoreError toStoreError(const StoreConnection &connection, const QSqlError &error, const QString &sql)
{
    qCWarning(lcSql).noquote() << "SQL failed:" << sql.simplified() << "--" << error.text()
                               << "-- native code" << error.nativeErrorCode();
    const QString code = error.nativeErrorCode().isEmpty() ? QStringLiteral("?") : error.nativeErrorCode();
    if (connectionLost(connection, error))
        return StoreError(StoreError::Kind::Unavailable,
                          QCoreApplication::translate("SqlQuery", "lost the connection to %1 (error %2)")
                              .arg(connection.url().displayName(), code));
    if (isSchemaRule(connection, error))
        return StoreError(StoreError::Kind::Internal,
                          QCoreApplication::translate("SqlQuery", "the database refused the change: %1")
                              .arg(SqlQuery::reason(error)));
    if (connection.isPostgreSQL() && code == QLatin1String("42501"))
        // SQLSTATE 42501 insufficient_privilege: the office server's guard (or a missing grant)
        // refused what this login may not do; its text names the row and the rule.
        return StoreError(
            StoreError::Kind::Refused,
            QCoreApplication::translate("SqlQuery", "the server refused: %1").arg(SqlQuery::reason(error)));
    if (isConstraintViolation(connection, error))
        return StoreError(StoreError::Kind::Internal,
                          QCoreApplication::translate("SqlQuery",
                                                      "the database refused the change because it conflicts "
                                                      "with the stored data (error %1); nothing was changed")
                              .arg(code));
    return StoreError(
        StoreError::Kind::Internal,
        QCoreApplication::translate("SqlQuery", "unexpected database error %1; nothing was changed")
            .arg(code));
}
} // namespace

SqlQuery::SqlQuery(StoreConnection &connection, const QString &sql)
    : m_connection(connection)
    , m_sql(sql)
    , m_query(connection.database())
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        throw toStoreError(connection, m_query.lastError(), sql);
}

SqlQuery &SqlQuery::bind(const QVariant &value)
{
    // The last guard for text that no validation named (PostgreSQL would fail with the
    // driver's error, SQLite would store it): the same refusal on both backends.
    if (value.typeId() == QMetaType::QString && !StorableText::isStorable(value.toString()))
        StorableText::require(value.toString(), tr("a text value"));
    // A null QString would bind as SQL NULL; NULL is only ever asked for explicitly (bindNull).
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.bindValue(m_bindIndex++, QString(QLatin1String("")));
    else
        m_query.bindValue(m_bindIndex++, value);
    return *this;
}

SqlQuery &SqlQuery::bindNull()
{
    m_query.bindValue(m_bindIndex++, QVariant(QMetaType::fromType<QString>()));
    return *this;
}

SqlQuery &SqlQuery::bindOptional(const QString &value)
{
    return value.isEmpty() ? bindNull() : bind(value);
}

SqlQuery &SqlQuery::bindOptionalId(qint64 id)
{
    if (id > 0)
        return bind(id);
    m_query.bindValue(m_bindIndex++, QVariant(QMetaType::fromType<qint64>()));
    return *this;
}

SqlQuery &SqlQuery::exec()
{
    if (!m_query.exec())
        throw toStoreError(m_connection, m_query.lastError(), m_sql);
    m_bindIndex = 0;
    return *this;
}

void SqlQuery::execDirect(StoreConnection &connection, const QString &sql)
{
    QSqlQuery query(connection.database());
    if (!query.exec(sql))
        throw toStoreError(connection, query.lastError(), sql);
}

QString SqlQuery::reason(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    text = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (text.startsWith(QLatin1String("ERROR:")))
        text = text.mid(6).trimmed();
    return text;
}

bool SqlQuery::flag(int index) const
{
    const QVariant v = m_query.value(index);
    // SQLite returns 0/1, PostgreSQL a boolean (or "t"/"f" text in some drivers).
    if (v.typeId() == QMetaType::QString)
        return v.toString() == QLatin1String("t") || v.toString() == QLatin1String("true") ||
               v.toString() == QLatin1String("1");
    return v.toBool();
}

StoreError SqlQuery::failure(StoreConnection &connection, const QSqlError &error, const QString &sql)
{
    return toStoreError(connection, error, sql);
}

QVariant SqlQuery::scalar()
{
    exec();
    const QVariant value = m_query.next() ? m_query.value(0) : QVariant();
    // Step no further but release the statement: an unfinished INSERT … RETURNING keeps
    // SQLite's statement active and COMMIT would refuse.
    m_query.finish();
    return value;
}

} // namespace kessai
