// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/desk/OfficeListStore.h"

#include "core/org/Session.h"
#include "core/store/SqlQuery.h"
#include "core/store/StorableText.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Transaction.h"

#include <QRegularExpression>

namespace kessai {

namespace {
QString entity(OfficeListStore::List list)
{
    return list == OfficeListStore::List::DecisionKinds ? QStringLiteral("decision_kind")
                                                        : QStringLiteral("paper_reason");
}

QString columns(OfficeListStore::List list)
{
    return list == OfficeListStore::List::DecisionKinds ? QStringLiteral("id, code, name, 0, active")
                                                        : QStringLiteral("id, code, name, needs_text, active");
}

OfficeListStore::Entry readEntry(const SqlQuery &q)
{
    return {q.id(0), q.text(1), q.text(2), q.flag(3), q.flag(4)};
}
} // namespace

OfficeListStore::OfficeListStore(StoreConnection &connection)
    : m_connection(connection)
{}

QString OfficeListStore::table(List list)
{
    return list == List::DecisionKinds ? QStringLiteral("decision_kinds") : QStringLiteral("paper_reasons");
}

QList<OfficeListStore::Entry> OfficeListStore::entries(List list)
{
    SqlQuery q(m_connection,
               QStringLiteral("SELECT %1 FROM %2 ORDER BY sort_order, id").arg(columns(list), table(list)));
    q.exec();
    QList<Entry> result;
    while (q.next())
        result.append(readEntry(q));
    return result;
}

OfficeListStore::Entry OfficeListStore::require(List list, const QString &code)
{
    SqlQuery q(m_connection, QStringLiteral("SELECT %1 FROM %2 WHERE code = ?").arg(columns(list), table(list)));
    q.bind(code.trimmed()).exec();
    if (!q.next())
        throw StoreError(StoreError::Kind::BadData, tr("%1: no entry with the code \"%2\"").arg(table(list), code));
    return readEntry(q);
}

void OfficeListStore::requireFreeName(List list, const QString &name, qint64 except)
{
    if (name.isEmpty())
        throw StoreError(StoreError::Kind::BadData, tr("%1: the name is empty").arg(table(list)));
    StorableText::require(name, tr("the name"));
    // names are looked up like codes (kessai-cli --decision-kind, CSV 種類 and 理由): one meaning each
    const qint64 taken = SqlQuery(m_connection, QStringLiteral("SELECT count(*) FROM %1 WHERE (code = ? OR name = ?) "
                                                               "AND id <> ?")
                                                    .arg(table(list)))
                             .bind(name)
                             .bind(name)
                             .bind(except)
                             .scalar()
                             .toLongLong();
    if (taken)
        throw StoreError(StoreError::Kind::BadData, tr("%1: \"%2\" already names an entry").arg(table(list), name));
}

qint64 OfficeListStore::add(const Session &session, List list, const QString &code, const QString &name,
                            bool needsText)
{
    session.require(Role::Admin, tr("Changing the office's lists"));
    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9_-]{1,40}$"));
    const QString trimmedCode = code.trimmed();
    const QString trimmedName = name.trimmed();
    if (!codePattern.match(trimmedCode).hasMatch())
        throw StoreError(StoreError::Kind::BadData,
                         tr("%1: the code \"%2\" is not 1 to 40 letters, digits, '-' or '_'").arg(table(list), code));
    Transaction transaction(m_connection);
    requireFreeName(list, trimmedCode, 0);
    requireFreeName(list, trimmedName, 0);
    const int order = SqlQuery(m_connection, QStringLiteral("SELECT COALESCE(MAX(sort_order), 0) + 10 FROM %1").arg(table(list)))
                          .scalar()
                          .toInt();
    SqlQuery insert(m_connection,
                    list == List::DecisionKinds
                        ? QStringLiteral("INSERT INTO decision_kinds (code, name, sort_order) VALUES (?, ?, ?) RETURNING id")
                        : QStringLiteral("INSERT INTO paper_reasons (code, name, sort_order, needs_text) VALUES "
                                         "(?, ?, ?, ?) RETURNING id"));
    insert.bind(trimmedCode).bind(trimmedName).bind(order);
    if (list == List::PaperReasons)
        insert.bind(needsText);
    const qint64 id = insert.scalar().toLongLong();
    session.audit(QStringLiteral("office_list.add"), entity(list), id,
                  {{QStringLiteral("code"), trimmedCode}, {QStringLiteral("name"), trimmedName}});
    transaction.commit();
    return id;
}

void OfficeListStore::rename(const Session &session, List list, const QString &code, const QString &name)
{
    session.require(Role::Admin, tr("Changing the office's lists"));
    Transaction transaction(m_connection);
    const Entry entry = require(list, code);
    const QString trimmedName = name.trimmed();
    requireFreeName(list, trimmedName, entry.id);
    SqlQuery(m_connection, QStringLiteral("UPDATE %1 SET name = ? WHERE id = ?").arg(table(list)))
        .bind(trimmedName)
        .bind(entry.id)
        .exec();
    session.audit(QStringLiteral("office_list.rename"), entity(list), entry.id,
                  {{QStringLiteral("code"), entry.code}, {QStringLiteral("from"), entry.name},
                   {QStringLiteral("to"), trimmedName}});
    transaction.commit();
}

void OfficeListStore::setActive(const Session &session, List list, const QString &code, bool active)
{
    session.require(Role::Admin, tr("Changing the office's lists"));
    Transaction transaction(m_connection);
    const Entry entry = require(list, code);
    if (entry.active == active)
        return;
    SqlQuery(m_connection, QStringLiteral("UPDATE %1 SET active = ? WHERE id = ?").arg(table(list)))
        .bind(active)
        .bind(entry.id)
        .exec();
    session.audit(active ? QStringLiteral("office_list.restore") : QStringLiteral("office_list.retire"), entity(list),
                  entry.id, {{QStringLiteral("code"), entry.code}, {QStringLiteral("name"), entry.name}});
    transaction.commit();
}

} // namespace kessai
