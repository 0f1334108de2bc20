// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlQuery.h"

#include "StoreConnection.h"
#include "StoreError.h"

#include <QSqlError>

namespace kessai {

namespace {
StoreError toStoreError(const StoreConnection &connection, const QSqlError &error, const QString &sql)
{
    if (error.type() == QSqlError::ConnectionError || !connection.database().isOpen())
        return StoreError(StoreError::Kind::Unavailable,
                          QStringLiteral("lost the connection to %1: %2")
                              .arg(connection.url().displayName(), error.text()));
    const QString statement = sql.simplified().left(80);
    return StoreError(StoreError::Kind::Internal,
                      QStringLiteral("database error (%1) in \"%2\"").arg(error.text(), statement));
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

bool SqlQuery::flag(int index) const
{
    const QVariant v = m_query.value(index);
    // SQLite returns 0/1, PostgreSQL a boolean (or "t"/"f" text in some drivers).
    if (v.typeId() == QMetaType::QString)
        return v.toString() == QLatin1String("t") || v.toString() == QLatin1String("true") ||
               v.toString() == QLatin1String("1");
    return v.toBool();
}

QVariant SqlQuery::scalar()
{
    exec();
    return m_query.next() ? m_query.value(0) : QVariant();
}

} // namespace kessai
