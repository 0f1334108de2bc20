// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/setup/RecordsDemoSeeder.h"

#include "core/documents/DocumentNumbering.h"

#include "core/documents/FiscalYear.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/records/FileRegister.h"
#include "core/records/FilingClassStore.h"
#include "core/records/RecordHolds.h"
#include "core/records/RetentionRules.h"
#include "core/store/SqlQuery.h"
#include "core/store/Timestamps.h"

namespace kessai {

namespace {
struct ClassSeed
{
    const char *code;
    const char16_t *name;
    const char *parent;
    const char *retention; ///< nullptr: not a leaf
    Disposition disposition;
};

// The same plan for every 課 (the office's model 分類表), codes prefixed by the 課's code.
constexpr ClassSeed kClasses[] = {
    {"1", u"総務", "", nullptr, Disposition::Destroy},
    {"1-1", u"文書管理", "1", nullptr, Disposition::Destroy},
    {"1-1-1", u"例規・通知", "1-1", "10", Disposition::Transfer},
    {"1-1-2", u"照会・回答", "1-1", "3", Disposition::Destroy},
    {"1-1-3", u"軽易な連絡", "1-1", "under_1", Disposition::Destroy},
    {"1-2", u"庶務", "1", nullptr, Disposition::Destroy},
    {"1-2-1", u"予算・決算", "1-2", "5", Disposition::Destroy},
    {"1-2-2", u"職員名簿", "1-2", "in_use", Disposition::Destroy},
    {"2", u"事業", "", nullptr, Disposition::Destroy},
    {"2-1", u"計画", "2", nullptr, Disposition::Destroy},
    {"2-1-1", u"事業計画", "2-1", "30", Disposition::Transfer},
};

// How many fiscal years of closed 簿冊 the demo has: enough for 3年 and 5年 ones to have expired.
constexpr int kYearsBack = 8;

// The 簿冊 made each year from these leaves (name, leaf).
constexpr std::pair<const char16_t *, const char *> kYearlyFiles[] = {
    {u"例規・通知", "1-1-1"}, {u"照会・回答", "1-1-2"}, {u"軽易な連絡", "1-1-3"}, {u"予算・決算", "1-2-1"}};
} // namespace

RecordsDemoSeeder::RecordsDemoSeeder(Session &session)
    : m_session(session)
{}

void RecordsDemoSeeder::seed(const QDateTime &now)
{
    StoreConnection &db = m_session.connection();
    OrgStore org(db);
    FilingClassStore classes(db);
    FileRegister files(db);
    const int thisYear = FiscalYear::of(now.date());
    // Past years' decisions take their numbers like any other (gap-free per 課 and fiscal year).
    DocumentNumbering numbering(db);
    for (const Unit &unit : org.units()) {
        if (unit.level != UnitLevel::Division)
            continue;
        QHash<QString, qint64> leaf;
        for (const ClassSeed &seed : kClasses) {
            FilingClass c;
            c.code = unit.code + QLatin1Char('-') + QLatin1String(seed.code);
            c.name = QString::fromUtf16(seed.name);
            c.parentCode = *seed.parent ? unit.code + QLatin1Char('-') + QLatin1String(seed.parent) : QString();
            if (seed.retention) {
                c.retention = RecordTerms::retentionFromCode(QLatin1String(seed.retention));
                c.disposition = seed.disposition;
            }
            leaf.insert(QLatin1String(seed.code), classes.add(m_session, unit.id, c));
        }
        // DemoSeeder's 簿冊 of this year (例規・通知) joins the 分類表.
        const QDate starts = RetentionRules::startsOn(thisYear, {});
        SqlQuery(db, QStringLiteral("UPDATE files SET filing_class_id = ?, retention = '10', started_on = ?, expires_on = ? "
                                    "WHERE unit_id = ? AND fiscal_year = ? AND filing_class_id IS NULL"))
            .bind(leaf.value(QStringLiteral("1-1-1")))
            .bind(starts.toString(Qt::ISODate))
            .bind(RetentionRules::expiresOn(starts, RetentionPeriod::TenYears).toString(Qt::ISODate))
            .bind(unit.id)
            .bind(thisYear)
            .exec();
        // Years back: closed 簿冊 with a decided document each.
        // The 課's lowest-ranked member drafted, its highest decided (課長専決).
        SqlQuery members(db, QStringLiteral("SELECT u.id FROM users u JOIN units s ON s.id = u.unit_id LEFT JOIN titles t "
                                            "ON t.id = u.title_id WHERE u.active AND (s.id = ? OR s.parent_id = ?) "
                                            "ORDER BY COALESCE(t.rank, 0), u.id"));
        members.bind(unit.id).bind(unit.id).exec();
        QList<qint64> staff;
        while (members.next())
            staff.append(members.id(0));
        const qint64 drafter = staff.size() >= 2 ? staff.first() : 0;
        const qint64 decider = staff.size() >= 2 ? staff.last() : 0;
        for (int year = thisYear - kYearsBack; year <= thisYear; ++year) {
            for (const auto &[name, code] : kYearlyFiles) {
                if (year == thisYear && QLatin1String(code) == QLatin1String("1-1-1"))
                    continue; // DemoSeeder's
                RecordFileDraft draft;
                draft.unitId = unit.id;
                draft.fiscalYear = year;
                draft.name = QString::fromUtf16(name);
                draft.filingClassId = leaf.value(QLatin1String(code));
                draft.medium = year < thisYear - 6 ? FileMedium::Mixed : FileMedium::Electronic;
                draft.location = year < thisYear - 2 ? tr("本庁舎 地下書庫") : tr("%1 事務室").arg(unit.name);
                const qint64 fileId = files.create(m_session, draft);
                if (year == thisYear || !drafter)
                    continue;
                for (int i = 0; i < 1; ++i) {
                    const QDate decided = FiscalYear::firstDay(year).addDays(60 + i * 150);
                    const DocumentNumbering::Number number = numbering.next(unit.id, unit.code, decided.addDays(-3));
                    const QString label = number.label;
                    const QString decidedAt = Timestamps::toText(QDateTime(decided, QTime(9, 0), Qt::UTC));
                    const qint64 doc =
                    SqlQuery(db, QStringLiteral("INSERT INTO documents (kind, title, body, drafter_id, unit_id, file_id, "
                                                "retention_years, classification, status, fiscal_year, number_unit_id, "
                                                "doc_number, number_label, created_at, updated_at, submitted_at, decided_at, "
                                                "decided_on) VALUES ('decision', ?, ?, ?, ?, ?, ?, 'public', 'decided', ?, ?, ?, "
                                                "?, ?, ?, ?, ?, ?) RETURNING id"))
                        .bind(tr("%1年度 %2（その%3）").arg(year).arg(QString::fromUtf16(name)).arg(i + 1))
                        .bind(tr("標記について伺います。"))
                        .bind(drafter)
                        .bind(unit.id)
                        .bind(fileId)
                        .bind(QLatin1String(code) == QLatin1String("1-1-1") ? 10 : 3)
                        .bind(year)
                        .bind(unit.id)
                        .bind(number.number)
                        .bind(label)
                        .bind(Timestamps::toText(QDateTime(decided.addDays(-3), QTime(9, 0), Qt::UTC)))
                        .bind(decidedAt)
                        .bind(Timestamps::toText(QDateTime(decided.addDays(-2), QTime(9, 0), Qt::UTC)))
                        .bind(decidedAt)
                        .bind(decided.toString(Qt::ISODate))
                        .scalar()
                        .toLongLong();
                    m_session.audit(QStringLiteral("document.demo_seed"), QStringLiteral("document"), doc,
                                    {{QStringLiteral("status"), QStringLiteral("decided")}, {QStringLiteral("number"), label}});
                    // Its route: decided by the 課's head.
                    const qint64 stage = SqlQuery(db, QStringLiteral("INSERT INTO route_stages (document_id, seq) VALUES (?, 1) "
                                                                     "RETURNING id"))
                                             .bind(doc)
                                             .scalar()
                                             .toLongLong();
                    SqlQuery(db, QStringLiteral("INSERT INTO route_steps (stage_id, document_id, kind, assignee_id, state, "
                                                "acted_by, acted_at, absence_rule) VALUES (?, ?, 'decide', ?, 'decided', ?, ?, "
                                                "'proxy')"))
                        .bind(stage)
                        .bind(doc)
                        .bind(decider)
                        .bind(decider)
                        .bind(decidedAt)
                        .exec();
                }
                files.close(m_session, fileId);
            }
        }
    }
    // One 簿冊 due to expire is held: an 情報公開請求 is being answered from it.
    const QList<RecordFile> due = files.expiring(RetentionRules::nextFiscalYearEnd(now.date()));
    if (!due.isEmpty())
        RecordHolds(db).placeOnFile(m_session, due.first().id, tr("情報公開請求（令和%1年 第7号）への対応").arg(thisYear - 2018));
}

} // namespace kessai
