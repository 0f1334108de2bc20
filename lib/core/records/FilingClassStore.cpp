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

void FilingClassStore::update(const Session &session, qint64 id, const QString &name,
                              std::optional<RetentionPeriod> retention, std::optional<Disposition> disposition)
{
    session.require(Role::RecordsManager, tr("Changing the classification (文書分類表)"));
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw StoreError(StoreError::Kind::BadData, tr("a classification needs a name"));
    StorableText::require(trimmed, tr("name"));
    if (retention.has_value() != disposition.has_value() || disposition == Disposition::Extend)
        throw StoreError(StoreError::Kind::BadData,
                         tr("a leaf has both a default 保存期間 and a default 措置 (移管 or 廃棄), other entries neither"));
    Transaction transaction(m_connection);
    const auto before = byId(id);
    if (!before)
        throw StoreError(StoreError::Kind::BadData, tr("classification %1 does not exist").arg(id));
    const int children = SqlQuery(m_connection, QStringLiteral("SELECT count(*) FROM filing_classes WHERE parent_id = ?"))
                             .bind(id)
                             .scalar()
                             .toInt();
    if (children > 0 && retention)
        throw StoreError(StoreError::Kind::BadData,
                         tr("classification %1 (%2) has entries below it: only a leaf has a default 保存期間")
                             .arg(before->code, before->name));
    if (retention) {
        SqlQuery files(m_connection, QStringLiteral("SELECT id, name, retention FROM files WHERE filing_class_id = ? "
                                                    "AND status <> 'destroyed' ORDER BY id"));
        files.bind(id).exec();
        while (files.next()) {
            const auto kept = RecordTerms::retentionFromCode(files.text(2));
            if (kept && *kept < *retention)
                throw StoreError(StoreError::Kind::Refused,
                                 tr("簿冊 %1 (%2), made from %3, keeps %4: the default cannot become longer (%5)")
                                     .arg(files.id(0))
                                     .arg(files.text(1), before->code, RecordTerms::label(*kept),
                                          RecordTerms::label(*retention)));
        }
    }
    SqlQuery(m_connection, QStringLiteral("UPDATE filing_classes SET name = ?, retention = ?, disposition = ? WHERE id = ?"))
        .bind(trimmed)
        .bindOptional(retention ? RecordTerms::code(*retention) : QString())
        .bindOptional(disposition ? toCode(*disposition) : QString())
        .bind(id)
        .exec();
    session.audit(QStringLiteral("classification.update"), QStringLiteral("classification"), id,
                  {{QStringLiteral("code"), before->code},
                   {QStringLiteral("old_name"), before->name},
                   {QStringLiteral("name"), trimmed},
                   {QStringLiteral("retention"), retention ? RecordTerms::code(*retention) : QString()},
                   {QStringLiteral("disposition"), disposition ? toCode(*disposition) : QString()}});
    transaction.commit();
}

QString FilingClassStore::removalRefusal(qint64 id)
{
    const auto entry = byId(id);
    if (!entry)
        return tr("classification %1 does not exist").arg(id);
    SqlQuery uses(m_connection, QStringLiteral("SELECT (SELECT count(*) FROM filing_classes WHERE parent_id = ?), "
                                               "(SELECT count(*) FROM files WHERE filing_class_id = ?)"));
    uses.bind(id).bind(id).exec();
    uses.next();
    if (const int children = uses.value(0).toInt())
        return tr("classification %1 (%2) has %3 entries below it").arg(entry->code, entry->name).arg(children);
    if (const int files = uses.value(1).toInt())
        return tr("classification %1 (%2) is used by %3 簿冊").arg(entry->code, entry->name).arg(files);
    return {};
}

void FilingClassStore::remove(const Session &session, qint64 id)
{
    session.require(Role::RecordsManager, tr("Changing the classification (文書分類表)"));
    Transaction transaction(m_connection);
    const QString refusal = removalRefusal(id);
    if (!refusal.isEmpty())
        throw StoreError(StoreError::Kind::Refused, refusal);
    const auto entry = byId(id);
    SqlQuery(m_connection, QStringLiteral("DELETE FROM filing_classes WHERE id = ?")).bind(id).exec();
    session.audit(QStringLiteral("classification.remove"), QStringLiteral("classification"), id,
                  {{QStringLiteral("unit_id"), entry->unitId},
                   {QStringLiteral("code"), entry->code},
                   {QStringLiteral("name"), entry->name}});
    transaction.commit();
}

} // namespace kessai
