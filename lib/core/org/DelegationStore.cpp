// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/org/DelegationStore.h"

#include "core/org/Session.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreError.h"
#include "core/store/Transaction.h"

#include <QJsonArray>

namespace kessai {

DelegationStore::DelegationStore(StoreConnection &connection)
    : m_connection(connection)
{}

QList<DelegationRule> DelegationStore::rules(const QString &levelCode)
{
    SqlQuery q(m_connection, QStringLiteral("SELECT level_code, seq, title_rank, scope, kind, absence_rule "
                                            "FROM delegation_rules WHERE (? = '' OR level_code = ?) "
                                            "ORDER BY level_code, seq"));
    q.bind(levelCode).bind(levelCode).exec();
    QList<DelegationRule> list;
    while (q.next()) {
        DelegationRule rule;
        rule.levelCode = q.text(0);
        rule.seq = q.value(1).toInt();
        rule.titleRank = q.value(2).toInt();
        rule.scope = DelegationRule::scopeFromCode(q.text(3)).value_or(DelegationRule::Scope::Division);
        rule.kind = fromCode<StepKind>(q.text(4)).value_or(StepKind::Review);
        rule.absenceRule = fromCode<AbsenceRule>(q.text(5)).value_or(AbsenceRule::PostReview);
        list.append(rule);
    }
    return list;
}

void DelegationStore::setRules(const Session &session, const QString &levelCode,
                               const QList<DelegationRule> &rules)
{
    session.require(Role::Admin, tr("changing the 専決規程"));
    int decides = 0;
    for (const DelegationRule &rule : rules) {
        if (rule.kind != StepKind::Review && rule.kind != StepKind::Decide)
            throw StoreError(StoreError::Kind::BadData,
                             tr("a deciding line holds 回議 (review) and 決裁 (decide) only"));
        decides += rule.kind == StepKind::Decide ? 1 : 0;
    }
    if (decides != 1 || rules.constLast().kind != StepKind::Decide)
        throw StoreError(StoreError::Kind::BadData,
                         tr("the deciding line of %1 needs exactly one 決裁, at its end").arg(levelCode));
    Transaction transaction(m_connection);
    SqlQuery(m_connection, QStringLiteral("DELETE FROM delegation_rules WHERE level_code = ?"))
        .bind(levelCode)
        .exec();
    SqlQuery insert(m_connection,
                    QStringLiteral("INSERT INTO delegation_rules (level_code, seq, title_rank, scope, "
                                   "kind, absence_rule) VALUES (?, ?, ?, ?, ?, ?)"));
    QJsonArray line;
    int seq = 0;
    for (const DelegationRule &rule : rules) {
        insert.bind(levelCode)
            .bind(++seq)
            .bind(rule.titleRank)
            .bind(DelegationRule::scopeCode(rule.scope))
            .bind(toCode(rule.kind))
            .bind(toCode(rule.absenceRule))
            .exec();
        line.append(
            QStringLiteral("%1@%2:%3/%4")
                .arg(rule.titleRank)
                .arg(DelegationRule::scopeCode(rule.scope), toCode(rule.kind), toCode(rule.absenceRule)));
    }
    session.audit(QStringLiteral("delegation.set"), QStringLiteral("decision_level"), 0,
                  {{QStringLiteral("level"), levelCode}, {QStringLiteral("line"), line}});
    transaction.commit();
}

} // namespace kessai
