// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/setup/DemoSeeder.h"

#include "core/setup/DeskDemoSeeder.h"

#include "core/documents/DocumentNumbering.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/setup/RecordsDemoSeeder.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Timestamps.h"
#include "core/store/Transaction.h"

#include <QHash>

namespace kessai {

namespace {
struct UnitSeed
{
    const char16_t *code;
    const char16_t *name;
    UnitLevel level;
    const char16_t *parent;
};
constexpr UnitSeed kUnits[] = {
    {u"総務部", u"総務部", UnitLevel::Department, nullptr},
    {u"総務", u"総務課", UnitLevel::Division, u"総務部"},
    {u"総務-文書", u"文書係", UnitLevel::Section, u"総務"},
    {u"総務-庶務", u"庶務係", UnitLevel::Section, u"総務"},
    {u"人事", u"人事課", UnitLevel::Division, u"総務部"},
    {u"人事-給与", u"給与係", UnitLevel::Section, u"人事"},
    {u"環境生活部", u"環境生活部", UnitLevel::Department, nullptr},
    {u"環政", u"環境政策課", UnitLevel::Division, u"環境生活部"},
    {u"環政-計画", u"計画係", UnitLevel::Section, u"環政"},
    {u"生安", u"生活安全課", UnitLevel::Division, u"環境生活部"},
    {u"生安-防犯", u"防犯係", UnitLevel::Section, u"生安"},
    {u"建設部", u"建設部", UnitLevel::Department, nullptr},
    {u"道路", u"道路課", UnitLevel::Division, u"建設部"},
    {u"道路-維持", u"維持係", UnitLevel::Section, u"道路"},
    {u"都計", u"都市計画課", UnitLevel::Division, u"建設部"},
    {u"都計-計画", u"計画係", UnitLevel::Section, u"都計"},
};

struct StaffSeed
{
    const char *login;
    const char16_t *name;
    const char16_t *kana;
    const char16_t *title;
    const char16_t *unit;
};
constexpr StaffSeed kStaff[] = {
    {"yamamoto.k", u"山本 健一", u"やまもと けんいち", u"部長", u"総務部"},
    {"suzuki.h", u"鈴木 浩", u"すずき ひろし", u"課長", u"総務"},
    {"takahashi.m", u"高橋 美咲", u"たかはし みさき", u"課長補佐", u"総務"},
    {"sato.y", u"佐藤 由美", u"さとう ゆみ", u"係長", u"総務-文書"},
    {"ito.t", u"伊藤 拓也", u"いとう たくや", u"係員", u"総務-文書"},
    {"watanabe.a", u"渡辺 彩", u"わたなべ あや", u"課長", u"人事"},
    {"nakamura.s", u"中村 翔", u"なかむら しょう", u"係長", u"人事-給与"},
    {"kobayashi.n", u"小林 直子", u"こばやし なおこ", u"係員", u"人事-給与"},
    {"kato.r", u"加藤 亮", u"かとう りょう", u"部長", u"環境生活部"},
    {"yoshida.e", u"吉田 恵美", u"よしだ えみ", u"課長", u"環政"},
    {"yamada.d", u"山田 大輔", u"やまだ だいすけ", u"係長", u"環政-計画"},
    {"sasaki.k", u"佐々木 香織", u"ささき かおり", u"係員", u"環政-計画"},
    {"yamaguchi.t", u"山口 剛", u"やまぐち つよし", u"課長", u"生安"},
    {"matsumoto.y", u"松本 陽子", u"まつもと ようこ", u"主任", u"生安-防犯"},
    {"inoue.m", u"井上 誠", u"いのうえ まこと", u"部長", u"建設部"},
    {"kimura.s", u"木村 聡", u"きむら さとし", u"課長", u"道路"},
    {"hayashi.y", u"林 優子", u"はやし ゆうこ", u"係長", u"道路-維持"},
    {"shimizu.k", u"清水 健太", u"しみず けんた", u"係員", u"道路-維持"},
    {"yamazaki.h", u"山崎 春香", u"やまざき はるか", u"課長", u"都計"},
    {"mori.t", u"森 隆", u"もり たかし", u"主事", u"都計-計画"},
};

/// A step of a demo route: who (login, or "" for the session's own user), kind, state.
struct StepSeed
{
    const char *login;
    StepKind kind;
    StepState state;
};
} // namespace

DemoSeeder::DemoSeeder(Session &session)
    : m_session(session)
{}

void DemoSeeder::seed(const QDateTime &now)
{
    m_session.require(Role::Admin, tr("loading demo data"));
    // Demo documents are written in every state at once, which the office server's guard lets
    // no staff login do: there the server's superuser loads them (kessai-cli --as ADMIN demo-seed).
    StoreConnection &connection = m_session.connection();
    if (connection.isPostgreSQL() && !connection.isServerSuperuser())
        throw StoreError(
            StoreError::Kind::Refused,
            tr("on a PostgreSQL server the demo data is loaded by the server's superuser, acting as "
               "an administrator: kessai-cli --database … --as %1 demo-seed, connected as postgres")
                .arg(m_session.user().login));
    StoreConnection &db = m_session.connection();
    Transaction transaction(db);
    OrgStore org(db);
    if (!org.units(true).isEmpty())
        throw StoreError(StoreError::Kind::Refused,
                         tr("demo data goes only into an organization without units"));

    QHash<QString, qint64> unitIds;
    int order = 0;
    for (const UnitSeed &seed : kUnits) {
        Unit unit;
        unit.code = QString::fromUtf16(seed.code);
        unit.name = QString::fromUtf16(seed.name);
        unit.level = seed.level;
        unit.parentId = seed.parent ? unitIds.value(QString::fromUtf16(seed.parent)) : 0;
        unit.sortOrder = (++order) * 10;
        unitIds.insert(unit.code, org.addUnit(m_session, unit));
    }
    QHash<QString, qint64> titleIds;
    for (const Title &title : org.titles())
        titleIds.insert(title.name, title.id);

    QHash<QString, qint64> userIds;
    QHash<qint64, qint64> unitOfUser;
    for (const StaffSeed &seed : kStaff) {
        User user;
        user.login = QLatin1String(seed.login);
        user.displayName = QString::fromUtf16(seed.name);
        user.kana = QString::fromUtf16(seed.kana);
        user.extension = QString::number(2101 + userIds.size()); // 内線, as on the 鑑
        user.titleId = titleIds.value(QString::fromUtf16(seed.title));
        user.unitId = unitIds.value(QString::fromUtf16(seed.unit));
        const QString title = QString::fromUtf16(seed.title);
        user.roles = {Role::Clerk};
        if (title != QStringLiteral("係員") && title != QStringLiteral("主事"))
            user.roles.append(Role::Approver);
        if (user.login == QLatin1String("sato.y"))
            user.roles.append(Role::RecordsManager);
        const qint64 id = org.addUser(m_session, user);
        userIds.insert(user.login, id);
        unitOfUser.insert(id, user.unitId);
    }
    // The person trying the demo works in 総務課 as 主査, keeping their own roles.
    User me = m_session.user();
    me.unitId = unitIds.value(QStringLiteral("総務"));
    me.titleId = titleIds.value(QStringLiteral("主査"));
    if (!me.hasRole(Role::Approver))
        me.roles.append(Role::Approver);
    org.updateUser(m_session, me);
    m_session.reload();
    userIds.insert(QString(), me.id);
    unitOfUser.insert(me.id, me.unitId);

    // 簿冊 of the current fiscal year, one per 課.
    const int fiscalYear = now.date().month() >= 4 ? now.date().year() : now.date().year() - 1;
    const qint64 retention10 =
        SqlQuery(db, QStringLiteral("SELECT id FROM retention_schedule WHERE code = 'R10'"))
            .scalar()
            .toLongLong();
    QHash<qint64, qint64> fileOfUnit;
    SqlQuery addFile(
        db, QStringLiteral("INSERT INTO files (unit_id, fiscal_year, name, retention_id, retention_years, "
                           "disposition, location) VALUES (?, ?, ?, ?, 10, 'transfer', ?) RETURNING id"));
    for (const UnitSeed &seed : kUnits) {
        if (seed.level != UnitLevel::Division)
            continue;
        const qint64 unitId = unitIds.value(QString::fromUtf16(seed.code));
        const qint64 fileId = addFile.bind(unitId)
                                  .bind(fiscalYear)
                                  .bind(QStringLiteral("%1 例規・通知").arg(QString::fromUtf16(seed.name)))
                                  .bind(retention10)
                                  .bind(QStringLiteral("本庁舎 書庫"))
                                  .scalar()
                                  .toLongLong();
        fileOfUnit.insert(unitId, fileId);
    }
    const qint64 divisionLevel = SqlQuery(db, QStringLiteral("SELECT id FROM decision_levels WHERE code = "
                                                             "'division_head'"))
                                     .scalar()
                                     .toLongLong();
    const qint64 departmentLevel = SqlQuery(db, QStringLiteral("SELECT id FROM decision_levels WHERE code = "
                                                               "'department_head'"))
                                       .scalar()
                                       .toLongLong();

    DocumentNumbering numbering(db);
    int dayOffset = 40;
    auto addDocument = [&](const char *drafterLogin, const char16_t *title, const char16_t *body,
                           DocumentKind kind, DocumentStatus status, std::initializer_list<StepSeed> steps,
                           bool paper = false, bool urgent = false) {
        const qint64 drafterId = userIds.value(QLatin1String(drafterLogin));
        qint64 unitId = unitOfUser.value(drafterId);
        // Documents belong to the 課: walk up from a 係.
        const auto unit = org.unitById(unitId);
        if (unit && unit->level == UnitLevel::Section)
            unitId = unit->parentId;
        const QDateTime created = now.addDays(-(dayOffset -= 2)).addSecs(-3600 * 7);
        const QDateTime submitted = created.addSecs(3600 * 2);
        const QDateTime decided = submitted.addDays(1);
        const bool isSubmitted = status != DocumentStatus::Draft;
        const bool isDecided = status == DocumentStatus::Decided || status == DocumentStatus::Enforced ||
                               status == DocumentStatus::Closed;
        DocumentNumbering::Number number;
        if (isSubmitted)
            number = numbering.next(unitId, org.unitById(unitId)->code, submitted.date());
        const qint64 docId =
            SqlQuery(db,
                     QStringLiteral(
                         "INSERT INTO documents (kind, title, body, drafter_id, unit_id, decision_level_id, "
                         "file_id, retention_years, classification, status, urgent, fiscal_year, "
                         "number_unit_id, doc_number, number_label, paper, created_at, updated_at, "
                         "submitted_at, decided_at, enforced_at, closed_at) VALUES "
                         "(?, ?, ?, ?, ?, ?, ?, 10, 'public', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                         "RETURNING id"))
                .bind(toCode(kind))
                .bind(QString::fromUtf16(title))
                .bind(QString::fromUtf16(body))
                .bind(drafterId)
                .bind(unitId)
                .bindOptionalId(kind == DocumentKind::Decision ? (paper ? departmentLevel : divisionLevel)
                                                               : 0)
                .bindOptionalId(fileOfUnit.value(unitId))
                .bind(toCode(status))
                .bind(urgent)
                .bindOptionalId(isSubmitted ? number.fiscalYear : 0)
                .bindOptionalId(isSubmitted ? unitId : 0)
                .bindOptionalId(number.number)
                .bindOptional(number.label)
                .bind(paper)
                .bind(Timestamps::toText(created))
                .bind(Timestamps::toText(isSubmitted ? submitted : created))
                .bindOptional(isSubmitted ? Timestamps::toText(submitted) : QString())
                .bindOptional(isDecided ? Timestamps::toText(decided) : QString())
                .bindOptional(status == DocumentStatus::Enforced || status == DocumentStatus::Closed
                                  ? Timestamps::toText(decided.addDays(1))
                                  : QString())
                .bindOptional(status == DocumentStatus::Closed ? Timestamps::toText(decided.addDays(3))
                                                               : QString())
                .scalar()
                .toLongLong();
        int seq = 0;
        QDateTime actedAt = submitted;
        for (const StepSeed &step : steps) {
            const qint64 stageId =
                SqlQuery(db, QStringLiteral(
                                 "INSERT INTO route_stages (document_id, seq) VALUES (?, ?) RETURNING id"))
                    .bind(docId)
                    .bind(++seq)
                    .scalar()
                    .toLongLong();
            const qint64 assignee = userIds.value(QLatin1String(step.login));
            const bool acted = step.state != StepState::Waiting && step.state != StepState::Pending;
            actedAt = actedAt.addSecs(3600 * 3);
            SqlQuery(
                db, QStringLiteral(
                        "INSERT INTO route_steps (stage_id, document_id, kind, assignee_id, state, acted_by, "
                        "acted_at, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
                .bind(stageId)
                .bind(docId)
                .bind(toCode(step.kind))
                .bind(assignee)
                .bind(toCode(step.state))
                .bindOptionalId(acted ? assignee : 0)
                .bindOptional(acted ? Timestamps::toText(actedAt) : QString())
                .bind(step.state == StepState::Returned
                          ? QStringLiteral("別紙の数値を最新の実績に差し替えてください。")
                      : step.state == StepState::Rejected
                          ? QStringLiteral("今年度は予算措置がないため見送ります。")
                          : QString())
                .exec();
        }
        m_session.audit(
            QStringLiteral("document.demo_seed"), QStringLiteral("document"), docId,
            {{QStringLiteral("status"), toCode(status)}, {QStringLiteral("number"), number.label}});
    };

    using K = StepKind;
    using S = StepState;
    const auto D = DocumentKind::Decision;
    const auto R = DocumentKind::Report;
    // The session's own user ("") appears as drafter and on routes so that every folder is populated.
    addDocument("ito.t", u"令和8年度 文書管理研修の実施について",
                u"標記について、別紙のとおり実施してよろしいか伺います。", D, DocumentStatus::Decided,
                {{"sato.y", K::Review, S::Approved},
                 {"takahashi.m", K::Review, S::Approved},
                 {"suzuki.h", K::Decide, S::Decided}});
    addDocument("ito.t", u"公文書管理規程の一部改正について",
                u"標記規程を別紙新旧対照表のとおり改正してよろしいか伺います。", D, DocumentStatus::Enforced,
                {{"sato.y", K::Review, S::Approved},
                 {"", K::Review, S::Approved},
                 {"suzuki.h", K::Review, S::Approved},
                 {"yamamoto.k", K::Decide, S::Decided}});
    addDocument("kobayashi.n", u"職員給与の口座振込事務について（通知）",
                u"標記について、下記のとおり通知してよろしいか伺います。", D, DocumentStatus::Closed,
                {{"nakamura.s", K::Review, S::Approved}, {"watanabe.a", K::Decide, S::Decided}});
    addDocument("sasaki.k", u"地球温暖化対策実行計画の改定について",
                u"別添の改定案により計画を改定してよろしいか伺います。", D, DocumentStatus::InReview,
                {{"yamada.d", K::Review, S::Approved},
                 {"", K::Consult, S::Pending},
                 {"yoshida.e", K::Review, S::Waiting},
                 {"kato.r", K::Decide, S::Waiting}});
    addDocument("shimizu.k", u"市道3号線 舗装補修工事の発注について",
                u"標記工事を下記のとおり発注してよろしいか伺います。", D, DocumentStatus::InReview,
                {{"hayashi.y", K::Review, S::Approved},
                 {"", K::Consult, S::Pending},
                 {"kimura.s", K::Decide, S::Waiting}},
                false, true);
    addDocument("ito.t", u"情報公開請求に対する決定について",
                u"標記請求について、別紙のとおり部分公開決定してよろしいか伺います。", D,
                DocumentStatus::InReview,
                {{"sato.y", K::Review, S::Approved},
                 {"", K::Review, S::Pending},
                 {"suzuki.h", K::Decide, S::Waiting}});
    addDocument("", u"庁内会議室の予約方法の変更について",
                u"標記について、別紙のとおり変更してよろしいか伺います。", D, DocumentStatus::InReview,
                {{"sato.y", K::Review, S::Pending}, {"suzuki.h", K::Decide, S::Waiting}});
    addDocument("", u"電子決裁率の向上に向けた取組について",
                u"標記について、別紙の取組を実施してよろしいか伺います。", D, DocumentStatus::Returned,
                {{"takahashi.m", K::Review, S::Returned}, {"suzuki.h", K::Decide, S::Waiting}});
    addDocument("", u"令和8年度 文書事務の手引きの改訂について",
                u"標記手引きを別紙のとおり改訂してよろしいか伺います。", D, DocumentStatus::Draft, {});
    addDocument("", u"行政文書ファイル管理簿の公表について（報告）",
                u"標記について、下記のとおり報告します。", R, DocumentStatus::Draft, {});
    addDocument("matsumoto.y", u"防犯灯設置補助金の交付について", u"標記補助金を交付してよろしいか伺います。",
                D, DocumentStatus::Rejected,
                {{"yamaguchi.t", K::Review, S::Rejected}, {"kato.r", K::Decide, S::Waiting}});
    addDocument("mori.t", u"都市計画審議会の開催結果について（報告）",
                u"標記について、別紙のとおり報告します。", R, DocumentStatus::InReview,
                {{"yamazaki.h", K::Circulate, S::Read}, {"inoue.m", K::Circulate, S::Pending}});
    addDocument("nakamura.s", u"会計年度任用職員の採用について",
                u"別紙のとおり採用してよろしいか伺います。（紙決裁）", D, DocumentStatus::Decided,
                {{"watanabe.a", K::Review, S::Approved}, {"yamamoto.k", K::Decide, S::Decided}}, true);
    addDocument("yamada.d", u"環境影響評価条例施行規則の改正について",
                u"別紙のとおり改正してよろしいか伺います。", D, DocumentStatus::Enforced,
                {{"yoshida.e", K::Review, S::Approved},
                 {"kato.r", K::Decide, S::Decided},
                 {"", K::PostReview, S::Read}});
    addDocument("hayashi.y", u"道路占用許可の更新について", u"標記許可を更新してよろしいか伺います。", D,
                DocumentStatus::Draft, {});

    RecordsDemoSeeder(m_session).seed(now); // 文書分類表, 簿冊 of past years, some due to expire
    DeskDemoSeeder(m_session).seed(now); // a year of decisions, electronic and on paper, for the desk
    m_session.audit(QStringLiteral("organization.demo_seed"), QStringLiteral("organization"), 1,
                    {{QStringLiteral("units"), int(std::size(kUnits))},
                     {QStringLiteral("staff"), int(std::size(kStaff))}});
    transaction.commit();
}

} // namespace kessai
