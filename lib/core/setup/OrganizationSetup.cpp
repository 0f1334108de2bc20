// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/setup/OrganizationSetup.h"

#include "core/DomainEnums.h"
#include "core/audit/AuditLog.h"
#include "core/org/LoginRoles.h"
#include "core/org/OrgStore.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Timestamps.h"
#include "core/store/Transaction.h"

namespace kessai {

namespace {
struct TitleSeed
{
    const char16_t *name;
    int rank;
};
// The usual ladder of a prefecture's office; ranks leave room for local titles in between.
constexpr TitleSeed kTitles[] = {{u"係員", 10}, {u"主事", 15},     {u"主任", 20}, {u"主査", 25},
                                 {u"係長", 30}, {u"課長補佐", 40}, {u"課長", 50}, {u"次長", 60},
                                 {u"部長", 70}, {u"副知事", 80},   {u"知事", 90}};

struct LevelSeed
{
    const char *code;
    const char16_t *name;
    int approverRank;
};
constexpr LevelSeed kLevels[] = {{"division_head", u"課長専決", 50},
                                 {"department_head", u"部長決裁", 70},
                                 {"vice_governor", u"副知事決裁", 80},
                                 {"governor", u"知事決裁", 90}};

struct RetentionSeed
{
    const char *code;
    const char16_t *name;
    int years; // 0 = 常用
    const char *disposition;
};
constexpr RetentionSeed kRetention[] = {{"R1", u"1年保存（軽易な照会・回答）", 1, "destroy"},
                                        {"R3", u"3年保存（定例的な業務）", 3, "destroy"},
                                        {"R5", u"5年保存（契約・予算執行）", 5, "destroy"},
                                        {"R10", u"10年保存（事業計画・条例施行）", 10, "transfer"},
                                        {"R30", u"30年保存（重要な政策決定）", 30, "transfer"},
                                        {"RP", u"常用（台帳・名簿）", 0, "extend"}};
} // namespace

OrganizationSetup::OrganizationSetup(StoreConnection &connection)
    : m_connection(connection)
{}

void OrganizationSetup::initialize(const QString &organizationName, const QString &adminDisplayName,
                                   const QString &adminLogin)
{
    const QString name = organizationName.trimmed();
    const QString admin = adminDisplayName.trimmed();
    if (name.isEmpty())
        throw StoreError(StoreError::Kind::BadData, tr("the organization needs a name"));
    if (admin.isEmpty())
        throw StoreError(StoreError::Kind::BadData, tr("the administrator needs a display name"));
    const QString login = adminLogin.isEmpty() ? m_connection.identityLogin() : adminLogin;
    OrgStore::validateLogin(login);

    Transaction transaction(m_connection);
    OrgStore org(m_connection);
    if (org.organizationExists())
        throw StoreError(StoreError::Kind::Refused,
                         tr("%1 already has an organization (%2)")
                             .arg(m_connection.url().displayName(), org.organizationName()));
    const QString now = Timestamps::toText(Timestamps::now());
    SqlQuery(m_connection, QStringLiteral("INSERT INTO organization (id, name, created_at) VALUES (1, ?, ?)"))
        .bind(name)
        .bind(now)
        .exec();
    SqlQuery title(m_connection, QStringLiteral("INSERT INTO titles (name, rank) VALUES (?, ?)"));
    for (const TitleSeed &seed : kTitles)
        title.bind(QString::fromUtf16(seed.name)).bind(seed.rank).exec();
    SqlQuery level(
        m_connection,
        QStringLiteral(
            "INSERT INTO decision_levels (code, name, approver_rank, sort_order) VALUES (?, ?, ?, ?)"));
    int order = 0;
    for (const LevelSeed &seed : kLevels)
        level.bind(QLatin1String(seed.code))
            .bind(QString::fromUtf16(seed.name))
            .bind(seed.approverRank)
            .bind(++order)
            .exec();
    SqlQuery retention(m_connection,
                       QStringLiteral("INSERT INTO retention_schedule (code, name, retention_years, "
                                      "disposition) VALUES (?, ?, ?, ?)"));
    for (const RetentionSeed &seed : kRetention) {
        retention.bind(QLatin1String(seed.code)).bind(QString::fromUtf16(seed.name));
        if (seed.years > 0)
            retention.bind(seed.years);
        else
            retention.bindOptionalId(0);
        retention.bind(QLatin1String(seed.disposition)).exec();
    }
    const qint64 adminId =
        SqlQuery(m_connection, QStringLiteral("INSERT INTO users (login, display_name, active, "
                                              "created_at) VALUES (?, ?, TRUE, ?) RETURNING id"))
            .bind(login)
            .bind(admin)
            .bind(now)
            .scalar()
            .toLongLong();
    SqlQuery role(m_connection, QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (?, ?)"));
    for (Role r : {Role::Admin, Role::RecordsManager, Role::Clerk, Role::Approver})
        role.bind(adminId).bind(toCode(r)).exec();
    LoginRoles(m_connection)
        .sync(login, {Role::Admin, Role::RecordsManager, Role::Clerk, Role::Approver}, true);
    AuditLog log(m_connection);
    log.append(login, login, QStringLiteral("organization.create"), QStringLiteral("organization"), 1,
               {{QStringLiteral("name"), name}});
    log.append(login, login, QStringLiteral("user.add"), QStringLiteral("user"), adminId,
               {{QStringLiteral("login"), login},
                {QStringLiteral("name"), admin},
                {QStringLiteral("first_admin"), true}});
    transaction.commit();
}

} // namespace kessai
