// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/WorkflowOrg.h"

#include "core/documents/DocumentStore.h"
#include "core/documents/FiscalYear.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "tests/support/StoreTestHelpers.h"

namespace kessai::test {

QStringList WorkflowOrg::logins()
{
    return {QStringLiteral("ito_t"),    QStringLiteral("sato_y"),     QStringLiteral("takahashi_m"),
            QStringLiteral("suzuki_h"), QStringLiteral("yamamoto_k"), QStringLiteral("watanabe_a"),
            QStringLiteral("kimura_s"), QStringLiteral("kato_r"),     QStringLiteral("kanri_s")};
}

void WorkflowOrg::setUp(StoreConnection &connection)
{
    setUpOrganization(connection);
    Session admin(connection);
    OrgStore org(connection);
    auto unit = [&](const QString &code, const QString &name, UnitLevel level, qint64 parent) {
        Unit u;
        u.code = code;
        u.name = name;
        u.level = level;
        u.parentId = parent;
        return org.addUnit(admin, u);
    };
    department = unit(QStringLiteral("総務部"), QStringLiteral("総務部"), UnitLevel::Department, 0);
    division = unit(QStringLiteral("総務"), QStringLiteral("総務課"), UnitLevel::Division, department);
    section = unit(QStringLiteral("総務-文書"), QStringLiteral("文書係"), UnitLevel::Section, division);
    jinji = unit(QStringLiteral("人事"), QStringLiteral("人事課"), UnitLevel::Division, department);
    auto user = [&](const char *login, const char16_t *name, const char16_t *title, qint64 unitId,
                    QList<Role> roles) {
        User u;
        u.login = QLatin1String(login);
        u.displayName = QString::fromUtf16(name);
        u.titleId = org.titleByName(QString::fromUtf16(title))->id;
        u.unitId = unitId;
        u.roles = std::move(roles);
        return org.addUser(admin, u);
    };
    const QList<Role> approver{Role::Clerk, Role::Approver};
    ito = user("ito_t", u"伊藤 拓也", u"係員", section, {Role::Clerk});
    sato = user("sato_y", u"佐藤 由美", u"係長", section, approver);
    takahashi = user("takahashi_m", u"高橋 美咲", u"課長補佐", division, approver);
    suzuki = user("suzuki_h", u"鈴木 浩", u"課長", division, approver);
    yamamoto = user("yamamoto_k", u"山本 健一", u"部長", department, approver);
    watanabe = user("watanabe_a", u"渡辺 彩", u"課長", jinji, approver);
    kimura = user("kimura_s", u"木村 聡", u"課長補佐", jinji, approver);
    kato = user("kato_r", u"加藤 亮", u"次長", department, approver);
    kanri = user("kanri_s", u"管理 聡子", u"係長", division, {Role::Clerk, Role::RecordsManager});
    levelDivision =
        SqlQuery(connection, QStringLiteral("SELECT id FROM decision_levels WHERE code = 'division_head'"))
            .scalar()
            .toLongLong();
    levelDepartment =
        SqlQuery(connection, QStringLiteral("SELECT id FROM decision_levels WHERE code = 'department_head'"))
            .scalar()
            .toLongLong();
    file = SqlQuery(
               connection,
               QStringLiteral("INSERT INTO files (unit_id, fiscal_year, name, retention_id, retention_years, "
                              "disposition) SELECT ?, ?, ?, id, 10, 'transfer' FROM retention_schedule "
                              "WHERE code = 'R10' RETURNING id"))
               .bind(division)
               .bind(FiscalYear::of(QDate::currentDate())) // the files of this fiscal year
               .bind(QStringLiteral("総務課 例規・通知"))
               .scalar()
               .toLongLong();
}

qint64 WorkflowOrg::draft(Session &drafter, const QString &title, qint64 level)
{
    DocumentRecord d;
    d.kind = DocumentKind::Decision;
    d.title = title;
    d.body = QStringLiteral("標記について、別紙のとおり実施してよろしいか伺います。");
    d.unitId = division;
    d.decisionLevelId = level ? level : levelDivision;
    d.fileId = file;
    d.retentionYears = 10;
    return DocumentStore(drafter.connection()).createDraft(drafter, d);
}

RoutePlan WorkflowOrg::standardRoute() const
{
    RoutePlan plan;
    plan.stages = {{RoutePlan::step(StepKind::Review, sato)},
                   {RoutePlan::step(StepKind::Consult, watanabe), RoutePlan::step(StepKind::Consult, kimura)},
                   {RoutePlan::step(StepKind::Review, takahashi)},
                   {RoutePlan::step(StepKind::Decide, suzuki)}};
    return plan;
}

} // namespace kessai::test
