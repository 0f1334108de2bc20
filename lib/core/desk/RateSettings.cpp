// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/desk/RateSettings.h"

#include "core/DomainEnums.h"
#include "core/org/Session.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Timestamps.h"
#include "core/store/Transaction.h"

#include <QJsonObject>

namespace kessai {


RateSettings::RateSettings(StoreConnection &connection)
    : m_connection(connection)
{}

QList<RateExclusion> RateSettings::exclusions()
{
    SqlQuery q(m_connection, QStringLiteral("SELECT x.id, x.decision_level_id, x.decision_kind_id, x.classification, "
                                            "x.note, l.name, k.name FROM rate_exclusions x "
                                            "LEFT JOIN decision_levels l ON l.id = x.decision_level_id "
                                            "LEFT JOIN decision_kinds k ON k.id = x.decision_kind_id ORDER BY x.id"));
    q.exec();
    QList<RateExclusion> list;
    while (q.next()) {
        RateExclusion rule;
        rule.id = q.id(0);
        rule.decisionLevelId = q.id(1);
        rule.decisionKindId = q.id(2);
        if (!q.value(3).isNull())
            rule.classification = fromCode<Classification>(q.text(3));
        rule.note = q.text(4);
        QStringList what;
        if (rule.decisionLevelId)
            what << tr("決裁区分 %1").arg(q.text(5));
        if (rule.decisionKindId)
            what << tr("kind %1").arg(q.text(6));
        if (rule.classification)
            what << (*rule.classification == Classification::Secret ? tr("秘 documents") : tr("public documents"));
        rule.what = what.join(tr(" or "));
        list.append(rule);
    }
    return list;
}

qint64 RateSettings::addExclusion(const Session &session, const RateExclusion &rule)
{
    session.require(Role::Admin, tr("Changing what the 電子決裁率 leaves out"));
    if (!rule.decisionLevelId && !rule.decisionKindId && !rule.classification)
        throw StoreError(StoreError::Kind::BadData,
                         tr("an exclusion rule names a 決裁区分, a kind or 秘 documents"));
    if (rule.note.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::BadData,
                         tr("an exclusion rule says why (note): it is printed with every rate"));
    if (rule.decisionLevelId && SqlQuery(m_connection, QStringLiteral("SELECT count(*) FROM decision_levels WHERE id = ?"))
                                        .bind(rule.decisionLevelId)
                                        .scalar()
                                        .toInt() == 0)
        throw StoreError(StoreError::Kind::BadData, tr("決裁区分 %1 does not exist").arg(rule.decisionLevelId));
    if (rule.decisionKindId && SqlQuery(m_connection, QStringLiteral("SELECT count(*) FROM decision_kinds WHERE id = ?"))
                                       .bind(rule.decisionKindId)
                                       .scalar()
                                       .toInt() == 0)
        throw StoreError(StoreError::Kind::BadData, tr("kind %1 does not exist").arg(rule.decisionKindId));
    Transaction transaction(m_connection);
    SqlQuery insert(m_connection, QStringLiteral("INSERT INTO rate_exclusions (decision_level_id, decision_kind_id, "
                                                 "classification, note, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    insert.bindOptionalId(rule.decisionLevelId)
        .bindOptionalId(rule.decisionKindId)
        .bindOptional(rule.classification ? toCode(*rule.classification) : QString())
        .bind(rule.note.trimmed())
        .bind(Timestamps::toText(Timestamps::now()));
    const qint64 id = insert.scalar().toLongLong();
    session.audit(QStringLiteral("desk.exclusion.add"), QStringLiteral("organization"), 1,
                  {{QStringLiteral("rule"), id},
                   {QStringLiteral("decision_level_id"), rule.decisionLevelId},
                   {QStringLiteral("decision_kind_id"), rule.decisionKindId},
                   {QStringLiteral("classification"), rule.classification ? toCode(*rule.classification) : QString()},
                   {QStringLiteral("note"), rule.note.trimmed()}});
    transaction.commit();
    return id;
}

void RateSettings::removeExclusion(const Session &session, qint64 id)
{
    session.require(Role::Admin, tr("Changing what the 電子決裁率 leaves out"));
    Transaction transaction(m_connection);
    SqlQuery remove(m_connection, QStringLiteral("DELETE FROM rate_exclusions WHERE id = ?"));
    remove.bind(id).exec();
    if (remove.raw().numRowsAffected() != 1)
        throw StoreError(StoreError::Kind::BadData, tr("exclusion rule %1 does not exist").arg(id));
    session.audit(QStringLiteral("desk.exclusion.remove"), QStringLiteral("organization"), 1,
                  {{QStringLiteral("rule"), id}});
    transaction.commit();
}

} // namespace kessai
