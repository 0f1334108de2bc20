// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/setup/DeskDemoSeeder.h"

#include "core/documents/DocumentNumbering.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/paper/PaperDecisionStore.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/Timestamps.h"

#include <QHash>

#include <algorithm>

namespace kessai {

namespace {
const char16_t *const kPaperTitles[] = {u"庁舎改修工事設計図面の承認について", u"物品購入に係る支出負担行為について",
                                       u"職員の懲戒処分について（秘）", u"補助金交付決定について",
                                       u"災害時応援協定の締結について"};
const char *const kReasonCycle[] = {"oversized", "accounting", "accounting", "secret", "system_unavailable",
                                    "oversized", "accounting", "other"};
} // namespace

DeskDemoSeeder::DeskDemoSeeder(Session &session)
    : m_session(session)
{}

void DeskDemoSeeder::seed(const QDateTime &now)
{
    StoreConnection &db = m_session.connection();
    OrgStore org(db);
    PaperDecisionStore paper(db);
    QHash<QString, qint64> reasons;
    for (const PaperReason &reason : paper.reasons())
        reasons.insert(reason.code, reason.id);
    const qint64 divisionLevel =
        SqlQuery(db, QStringLiteral("SELECT id FROM decision_levels WHERE code = 'division_head'")).scalar().toLongLong();

    // The demo's own paper documents get their record too.
    SqlQuery(db, QStringLiteral("INSERT INTO paper_decisions (document_id, reason_id, reason_text, decider, switched, "
                                "registered_by, registered_at) SELECT d.id, ?, '', '課長', ?, ?, ? FROM documents d "
                                "WHERE d.paper AND NOT EXISTS (SELECT 1 FROM paper_decisions p WHERE "
                                "p.document_id = d.id)"))
        .bind(reasons.value(QStringLiteral("accounting")))
        .bind(false)
        .bind(m_session.user().id)
        .bind(Timestamps::toText(now))
        .exec();

    QHash<qint64, qint64> drafterOf; // 課 → someone working in it (or in one of its 係)
    QHash<qint64, qint64> deciderOf; // 課 → its 課長 (who decides 課長専決)
    const QList<Unit> units = org.units();
    const QList<User> staff = org.users();
    for (const User &user : staff) {
        if (user.titleName == QStringLiteral("課長"))
            deciderOf.insert(user.unitId, user.id);
    }
    for (const User &user : staff) {
        for (const Unit &unit : units) {
            if (unit.level == UnitLevel::Division && !drafterOf.contains(unit.id) &&
                (user.unitId == unit.id ||
                 std::any_of(units.begin(), units.end(),
                             [&](const Unit &u) { return u.id == user.unitId && u.parentId == unit.id; })))
                drafterOf.insert(unit.id, user.id);
        }
    }
    DocumentNumbering numbering(db);
    SqlQuery electronic(db, QStringLiteral("INSERT INTO documents (kind, title, body, drafter_id, unit_id, "
                                           "decision_level_id, status, fiscal_year, number_unit_id, doc_number, "
                                           "number_label, created_at, updated_at, submitted_at, decided_at, decided_on) "
                                           "VALUES ('decision', ?, '', ?, ?, ?, 'closed', ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                           "RETURNING id"));
    SqlQuery stage(db, QStringLiteral("INSERT INTO route_stages (document_id, seq) VALUES (?, 1) RETURNING id"));
    SqlQuery step(db, QStringLiteral("INSERT INTO route_steps (stage_id, document_id, kind, assignee_id, state, "
                                     "acted_by, acted_at) VALUES (?, ?, 'decide', ?, 'decided', ?, ?)"));
    int unitIndex = 0;
    int serial = 0;
    for (const Unit &unit : units) {
        if (unit.level != UnitLevel::Division || !drafterOf.contains(unit.id))
            continue;
        ++unitIndex;
        const qint64 drafter = drafterOf.value(unit.id);
        // Each 課 starts between 25 % and 45 % electronic and gains 2 to 5 points a month.
        const int start = 25 + (unitIndex * 7) % 21;
        const int gain = 2 + unitIndex % 4;
        for (int monthsAgo = 11; monthsAgo >= 0; --monthsAgo) {
            const QDate first = QDate(now.date().year(), now.date().month(), 1).addMonths(-monthsAgo);
            const int decisions = 8 + (unitIndex + monthsAgo) % 5;
            const int share = qMin(90, start + gain * (11 - monthsAgo));
            const int electronicCount = (decisions * share + 50) / 100;
            for (int i = 0; i < decisions; ++i) {
                ++serial;
                QDate decidedOn = first.addDays((i * 3 + unitIndex) % first.daysInMonth());
                if (decidedOn > now.date())
                    decidedOn = now.date();
                const QDate draftedOn = decidedOn.addDays(-(1 + (i + unitIndex) % 6));
                if (i < electronicCount) {
                    const DocumentNumbering::Number number = numbering.next(unit.id, unit.code, draftedOn);
                    const QDateTime submitted(draftedOn, QTime(9 + i % 6, 0), Qt::UTC);
                    const QDateTime decided(decidedOn, QTime(10 + i % 7, 30), Qt::UTC);
                    const qint64 decider = deciderOf.value(unit.id, drafter);
                    const qint64 id =
                    electronic.bind(QStringLiteral("%1 定例事務の決裁 %2").arg(unit.name).arg(serial))
                        .bind(drafter)
                        .bind(unit.id)
                        .bind(divisionLevel)
                        .bind(number.fiscalYear)
                        .bind(unit.id)
                        .bind(number.number)
                        .bind(number.label)
                        .bind(Timestamps::toText(submitted))
                        .bind(Timestamps::toText(decided))
                        .bind(Timestamps::toText(submitted))
                        .bind(Timestamps::toText(decided > submitted ? decided : submitted.addSecs(3600)))
                        .bind(Timestamps::dateToText(decidedOn))
                        .scalar()
                        .toLongLong();
                    // decided by the 課長 on a one-step route, as 課長専決 goes
                    const qint64 stageId = stage.bind(id).scalar().toLongLong();
                    step.bind(stageId).bind(id).bind(decider).bind(decider).bind(Timestamps::toText(decided)).exec();
                    m_session.audit(QStringLiteral("document.demo_seed"), QStringLiteral("document"), id,
                                    {{QStringLiteral("status"), QStringLiteral("closed")},
                                     {QStringLiteral("number"), number.label}});
                    continue;
                }
                PaperDecision d;
                d.title = QString::fromUtf16(kPaperTitles[serial % 5]);
                d.drafterId = drafter;
                d.unitId = unit.id;
                d.decisionLevelId = divisionLevel;
                d.draftedOn = draftedOn;
                d.decidedOn = decidedOn;
                d.decider = QStringLiteral("%1長").arg(unit.name);
                const QString code = QLatin1String(kReasonCycle[(serial + unitIndex) % 8]);
                d.reasonId = reasons.value(code);
                if (code == QLatin1String("other"))
                    d.reasonText = QStringLiteral("相手方の押印原本が必要");
                if (code == QLatin1String("secret"))
                    d.classification = Classification::Secret;
                paper.registerDecision(m_session, d);
            }
        }
    }
}

} // namespace kessai
