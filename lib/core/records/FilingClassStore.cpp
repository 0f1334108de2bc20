// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/FilingClassStore.h"

#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/store/SqlQuery.h"
#include "core/store/StorableText.h"
#include "core/store/StoreError.h"
#include "core/store/Timestamps.h"
#include "core/store/Transaction.h"

#include <QJsonObject>

#include <functional>

namespace kessai {

namespace {
const auto kColumns = QStringLiteral("c.id, c.unit_id, c.code, c.name, c.parent_id, p.code, c.depth, c.retention, "
                                     "c.disposition FROM filing_classes c LEFT JOIN filing_classes p "
                                     "ON p.id = c.parent_id");

FilingClass read(SqlQuery &q)
{
    FilingClass c;
    c.id = q.id(0);
    c.unitId = q.id(1);
    c.code = q.text(2);
    c.name = q.text(3);
    c.parentId = q.id(4);
    c.parentCode = q.text(5);
    c.depth = q.value(6).toInt();
    if (!q.value(7).isNull())
        c.retention = RecordTerms::retentionFromCode(q.text(7));
    if (!q.value(8).isNull())
        c.disposition = fromCode<Disposition>(q.text(8));
    return c;
}
} // namespace

FilingClassStore::FilingClassStore(StoreConnection &connection)
    : m_connection(connection)
{}

QList<FilingClass> FilingClassStore::list(qint64 unitId)
{
    SqlQuery q(m_connection, QStringLiteral("SELECT %1 WHERE c.unit_id = ? ORDER BY c.depth, c.code").arg(kColumns));
    q.bind(unitId).exec();
    QList<FilingClass> flat;
    while (q.next())
        flat.append(read(q));
    // Depth-first: each entry followed by its children.
    QList<FilingClass> ordered;
    std::function<void(qint64)> visit = [&](qint64 parent) {
        for (const FilingClass &c : std::as_const(flat)) {
            if (c.parentId == parent) {
                ordered.append(c);
                visit(c.id);
            }
        }
    };
    visit(0);
    return ordered;
}

std::optional<FilingClass> FilingClassStore::byId(qint64 id)
{
    SqlQuery q(m_connection, QStringLiteral("SELECT %1 WHERE c.id = ?").arg(kColumns));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

std::optional<FilingClass> FilingClassStore::byCode(qint64 unitId, const QString &code)
{
    SqlQuery q(m_connection, QStringLiteral("SELECT %1 WHERE c.unit_id = ? AND c.code = ?").arg(kColumns));
    q.bind(unitId).bind(code).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

QList<FilingClass> FilingClassStore::path(qint64 id)
{
    QList<FilingClass> chain;
    for (auto c = byId(id); c && chain.size() <= kMaxDepth; c = c->parentId ? byId(c->parentId) : std::nullopt)
        chain.prepend(*c);
    return chain;
}

qint64 FilingClassStore::divisionOf(qint64 unitId)
{
    const auto unit = OrgStore(m_connection).unitById(unitId);
    if (unit && unit->level == UnitLevel::Section && unit->parentId)
        return unit->parentId;
    return unitId;
}

qint64 FilingClassStore::add(const Session &session, qint64 unitId, const FilingClass &entry)
{
    session.require(Role::RecordsManager, tr("Changing the classification (文書分類表)"));
    const QString code = entry.code.trimmed();
    const QString name = entry.name.trimmed();
    if (code.isEmpty() || name.isEmpty())
        throw StoreError(StoreError::Kind::BadData, tr("a classification needs a code and a name"));
    StorableText::require(code, tr("code"));
    StorableText::require(name, tr("name"));
    Transaction transaction(m_connection);
    if (byCode(unitId, code))
        throw StoreError(StoreError::Kind::BadData,
                         tr("the classification code \"%1\" exists already in this 課").arg(code));
    qint64 parentId = 0;
    int depth = 1;
    if (!entry.parentCode.trimmed().isEmpty()) {
        const auto parent = byCode(unitId, entry.parentCode.trimmed());
        if (!parent)
            throw StoreError(StoreError::Kind::BadData,
                             tr("the parent classification \"%1\" does not exist in this 課")
                                 .arg(entry.parentCode.trimmed()));
        parentId = parent->id;
        depth = parent->depth + 1;
    }
    if (depth > kMaxDepth)
        throw StoreError(StoreError::Kind::BadData,
                         tr("\"%1\" would be a fifth level: the classification has four (大・中・小・細分類)")
                             .arg(code));
    SqlQuery insert(m_connection,
                    QStringLiteral("INSERT INTO filing_classes (unit_id, code, name, parent_id, depth, retention, "
                                   "disposition, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.bind(unitId).bind(code).bind(name).bindOptionalId(parentId).bind(depth);
    insert.bindOptional(entry.retention ? RecordTerms::code(*entry.retention) : QString());
    insert.bindOptional(entry.disposition ? toCode(*entry.disposition) : QString());
    const qint64 id = insert.bind(Timestamps::toText(Timestamps::now())).scalar().toLongLong();
    session.audit(QStringLiteral("classification.add"), QStringLiteral("classification"), id,
                  {{QStringLiteral("unit_id"), unitId},
                   {QStringLiteral("code"), code},
                   {QStringLiteral("name"), name},
                   {QStringLiteral("parent"), entry.parentCode.trimmed()},
                   {QStringLiteral("retention"), entry.retention ? RecordTerms::code(*entry.retention) : QString()},
                   {QStringLiteral("disposition"), entry.disposition ? toCode(*entry.disposition) : QString()}});
    transaction.commit();
    return id;
}

} // namespace kessai
