// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentGenerator.h"

#include "BulkInserter.h"
#include "core/documents/DocumentNumbering.h"
#include "core/documents/FiscalYear.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/Timestamps.h"
#include "core/store/Transaction.h"

#include <algorithm>
#include <iterator>

namespace kessai::bench {

namespace {
constexpr qint64 kChunk = 20000; // documents per transaction
constexpr qint64 kDay = 24 * 3600;

qint64 nextId(StoreConnection &connection, const QString &table)
{
    return SqlQuery(connection, QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM %1").arg(table))
        .scalar()
        .toLongLong();
}

qint64 idOf(StoreConnection &connection, const QString &sql)
{
    return SqlQuery(connection, sql).scalar().toLongLong();
}

QVariant orNull(qint64 id)
{
    return id ? QVariant(id) : BulkInserter::nullId();
}

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? BulkInserter::nullText() : QVariant(text);
}
} // namespace

DocumentGenerator::DocumentGenerator(StoreConnection &connection, const BenchOrganization &org,
                                     QRandomGenerator &random)
    : m_connection(connection)
    , m_org(org)
    , m_random(random)
    , m_now(Timestamps::now())
{
    m_levelDivision =
        idOf(connection, QStringLiteral("SELECT id FROM decision_levels WHERE code = 'division_head'"));
    m_levelDepartment =
        idOf(connection, QStringLiteral("SELECT id FROM decision_levels WHERE code = 'department_head'"));
    m_retention = idOf(connection, QStringLiteral("SELECT id FROM retention_schedule WHERE code = 'R10'"));
    m_nextDocument = nextId(connection, QStringLiteral("documents"));
    m_nextStage = nextId(connection, QStringLiteral("route_stages"));
    m_nextStep = nextId(connection, QStringLiteral("route_steps"));
    m_nextFile = nextId(connection, QStringLiteral("files"));
    SqlQuery reasons(connection, QStringLiteral("SELECT id FROM paper_reasons ORDER BY sort_order"));
    reasons.exec();
    while (reasons.next())
        m_paperReasons.append(reasons.id(0));
    SqlQuery kinds(connection, QStringLiteral("SELECT id FROM decision_kinds ORDER BY sort_order"));
    kinds.exec();
    while (kinds.next())
        m_decisionKinds.append(kinds.id(0));
}

qint64 DocumentGenerator::pickKind()
{
    // Most decisions are 一般, then 支出; the rest shared (weights per mille, in list order).
    static const int weights[] = {550, 200, 80, 80, 50, 40};
    int r = int(m_random.bounded(1000));
    for (int i = 0; i < m_decisionKinds.size() && i < int(std::size(weights)); ++i) {
        if (r < weights[i])
            return m_decisionKinds.at(i);
        r -= weights[i];
    }
    return m_decisionKinds.constFirst();
}

DocumentGenerator::~DocumentGenerator() = default;

qint64 DocumentGenerator::numberingUnitId() const
{
    return m_org.divisions.constFirst().unitId;
}

QString DocumentGenerator::stamp(const QDateTime &time) const
{
    return Timestamps::toText(time);
}

void DocumentGenerator::openInserters()
{
    m_fileRows = std::make_unique<BulkInserter>(
        m_connection, QStringLiteral("files"),
        QStringList{QStringLiteral("id"), QStringLiteral("unit_id"), QStringLiteral("fiscal_year"),
                    QStringLiteral("name"), QStringLiteral("retention_id"), QStringLiteral("retention_years"),
                    QStringLiteral("disposition")});
    m_documents = std::make_unique<BulkInserter>(m_connection, QStringLiteral("documents"),
                                                 QStringList{QStringLiteral("id"),
                                                             QStringLiteral("kind"),
                                                             QStringLiteral("title"),
                                                             QStringLiteral("body"),
                                                             QStringLiteral("drafter_id"),
                                                             QStringLiteral("unit_id"),
                                                             QStringLiteral("decision_level_id"),
                                                             QStringLiteral("file_id"),
                                                             QStringLiteral("retention_years"),
                                                             QStringLiteral("status"),
                                                             QStringLiteral("fiscal_year"),
                                                             QStringLiteral("number_unit_id"),
                                                             QStringLiteral("doc_number"),
                                                             QStringLiteral("number_label"),
                                                             QStringLiteral("created_at"),
                                                             QStringLiteral("updated_at"),
                                                             QStringLiteral("submitted_at"),
                                                             QStringLiteral("decided_at"),
                                                             QStringLiteral("decided_on"),
                                                             QStringLiteral("enforced_at"),
                                                             QStringLiteral("enforced_on"),
                                                             QStringLiteral("closed_at"),
                                                             QStringLiteral("row_version"),
                                                             QStringLiteral("paper"),
                                                             QStringLiteral("decision_kind_id")},
                                                 400);
    m_documents->setParent(m_fileRows.get());
    m_paperRows = std::make_unique<BulkInserter>(
        m_connection, QStringLiteral("paper_decisions"),
        QStringList{QStringLiteral("document_id"), QStringLiteral("reason_id"), QStringLiteral("reason_text"),
                    QStringLiteral("decider"), QStringLiteral("switched"), QStringLiteral("registered_by"),
                    QStringLiteral("registered_at")},
        1000);
    m_paperRows->setParent(m_documents.get());
    m_stages = std::make_unique<BulkInserter>(
        m_connection, QStringLiteral("route_stages"),
        QStringList{QStringLiteral("id"), QStringLiteral("document_id"), QStringLiteral("seq")}, 2000);
    m_stages->setParent(m_documents.get());
    m_steps = std::make_unique<BulkInserter>(
        m_connection, QStringLiteral("route_steps"),
        QStringList{QStringLiteral("id"), QStringLiteral("stage_id"), QStringLiteral("document_id"),
                    QStringLiteral("kind"), QStringLiteral("assignee_id"), QStringLiteral("assignee_unit_id"),
                    QStringLiteral("state"), QStringLiteral("acted_by"), QStringLiteral("acting_for"),
                    QStringLiteral("acted_at"), QStringLiteral("comment"), QStringLiteral("absence_rule"),
                    QStringLiteral("post_review"), QStringLiteral("post_reviewed_at")},
        500);
    m_steps->setParent(m_stages.get());
}

void DocumentGenerator::closeInserters()
{
    m_paperRows->flush();
    m_steps->flush(); // and, first, its parents
    m_stages->flush();
    m_documents->flush();
    m_fileRows->flush();
}

QVariant DocumentGenerator::fileFor(int division, int fiscalYear)
{
    const QPair<int, int> key(division, fiscalYear);
    if (!m_files.contains(key)) {
        const qint64 id = m_nextFile++;
        m_files.insert(key, id);
        m_fileRows->add(
            {id, m_org.divisions.at(division).unitId, fiscalYear,
             QStringLiteral("%1 %2年度 例規・通知").arg(m_org.divisions.at(division).code).arg(fiscalYear),
             m_retention, 10, QStringLiteral("transfer")});
    }
    return m_files.value(key);
}

DocumentGenerator::Route DocumentGenerator::planRoute(int sectionIndex, bool departmentLevel,
                                                      int *decideStage)
{
    const BenchOrganization::Section &s = m_org.sections.at(sectionIndex);
    const BenchOrganization::Division &d = m_org.divisions.at(s.division);
    const BenchOrganization::Department &dep = m_org.departments.at(d.department);
    auto pick = [this](const QList<qint64> &people) {
        return people.at(m_random.bounded(int(people.size())));
    };
    Route route;
    route.append({{StepKind::Review, pick(s.chiefs)}});
    route.append({{StepKind::Review, pick(d.deputies)}});
    if (departmentLevel)
        route.append({{StepKind::Review, d.head}});
    const int divisions = int(m_org.divisions.size());
    if (divisions > 2 && m_random.bounded(2) == 0) { // 合議 with one or two other divisions
        QList<Step> consult;
        const int count = 1 + int(m_random.bounded(2));
        int other = int(m_random.bounded(divisions));
        for (int i = 0; i < count; ++i) {
            while (other == s.division ||
                   (i > 0 && m_org.divisions.at(other).head == consult.first().assignee))
                other = (other + 1) % divisions;
            consult.append({StepKind::Consult, m_org.divisions.at(other).head});
        }
        route.append(consult);
    }
    if (departmentLevel)
        route.append({{StepKind::Review, pick(dep.vices)}});
    route.append({{StepKind::Decide, departmentLevel ? dep.head : d.head}});
    *decideStage = int(route.size()) - 1;
    if (m_random.bounded(5) == 0)
        route.append({{StepKind::PostReview, pick(s.clerks)}});
    return route;
}

qint64 DocumentGenerator::proxyFor(int sectionIndex, bool departmentLevel) const
{
    const BenchOrganization::Division &d = m_org.divisions.at(m_org.sections.at(sectionIndex).division);
    return departmentLevel ? m_org.departments.at(d.department).vices.constFirst() : d.deputies.constFirst();
}

void DocumentGenerator::writeDocument(qint64 drafter, int sectionIndex, bool departmentLevel, Fate fate)
{
    const int divisionIndex = m_org.sections.at(sectionIndex).division;
    const qint64 unitId = m_org.divisions.at(divisionIndex).unitId;
    const bool open = fate == Fate::Draft || fate == Fate::InReview || fate == Fate::Returned;
    const bool done = !open;
    const QDateTime created = open ? m_now.addSecs(-2 * kDay - qint64(m_random.bounded(12 * kDay)))
                                   : m_now.addSecs(-40 * kDay - qint64(m_random.bounded(3 * 365 * kDay)));
    const QDateTime submitted = created.addSecs(3600);
    const int fiscalYear = FiscalYear::of(created.toLocalTime().date());
    int decideStage = 0;
    const Route route = planRoute(sectionIndex, departmentLevel, &decideStage);
    const int current =
        fate == Fate::InReview || fate == Fate::Returned ? int(m_random.bounded(decideStage + 1)) : -1;
    const qint64 documentId = m_nextDocument++;
    const QString empty = QStringLiteral("");
    QDateTime last = fate == Fate::Draft ? created : submitted;
    QDateTime decidedAt;
    int actions = fate == Fate::Draft ? 0 : 1;

    // The document row goes first (stages and steps refer to it), so the steps are kept until then.
    QList<QVariantList> stageRows;
    QList<QVariantList> stepRows;
    for (int g = 0; g < route.size(); ++g) {
        const qint64 stageId = m_nextStage++;
        stageRows.append({stageId, documentId, g + 1});
        for (int k = 0; k < route.at(g).size(); ++k) {
            const Step &step = route.at(g).at(k);
            const QDateTime at = submitted.addSecs(qint64(g + 1) * 3 * 3600 + m_random.bounded(3600));
            QString state = QStringLiteral("waiting");
            qint64 actedBy = 0;
            qint64 actingFor = 0;
            QString comment = empty;
            QString postReview = QStringLiteral("none");
            QString postReviewedAt;
            if (fate == Fate::Draft) {
                // the route is planned, nothing has happened
            } else if (step.kind == StepKind::PostReview) {
                const bool read = done && m_random.bounded(10) != 0;
                state = read ? QStringLiteral("read") : (done ? QStringLiteral("pending") : state);
                actedBy = read ? step.assignee : 0;
            } else if (done || g < current) {
                state =
                    step.kind == StepKind::Decide ? QStringLiteral("decided") : QStringLiteral("approved");
                actedBy = step.assignee;
                if (step.kind == StepKind::Decide) {
                    decidedAt = at;
                    if (m_random.bounded(50) == 0) { // 代決: the decider reads it afterwards
                        actedBy = proxyFor(sectionIndex, departmentLevel);
                        actingFor = step.assignee;
                        const bool read = m_random.bounded(2) == 0;
                        postReview = read ? QStringLiteral("read") : QStringLiteral("owed");
                        postReviewedAt = read ? stamp(at.addSecs(kDay)) : QString();
                    }
                }
            } else if (g == current && fate == Fate::InReview) {
                const bool consulted = k > 0 && m_random.bounded(2) == 0;
                state = consulted ? QStringLiteral("approved") : QStringLiteral("pending");
                actedBy = consulted ? step.assignee : 0;
            } else if (g == current && k == 0) { // returned to the drafter from here
                state = QStringLiteral("returned");
                actedBy = step.assignee;
                comment = QStringLiteral("別紙の数値を確認してください");
            }
            if (actedBy) {
                ++actions;
                last = std::max(last, at);
            }
            const bool proxyRule = step.kind == StepKind::Decide || step.kind == StepKind::Consult;
            stepRows.append({m_nextStep++, stageId, documentId, toCode(step.kind), step.assignee,
                             m_org.unitOf.value(step.assignee), state, orNull(actedBy), orNull(actingFor),
                             actedBy ? QVariant(stamp(at)) : BulkInserter::nullText(), comment,
                             proxyRule ? QStringLiteral("proxy") : QStringLiteral("post_review"), postReview,
                             orNull(postReviewedAt)});
        }
    }

    // About half the decisions were made on paper (書面決裁), fewer in recent years: registered
    // afterwards, with their reason and no route in Kessai.
    const bool decided = fate == Fate::Decided || fate == Fate::Enforced || fate == Fate::Closed;
    const qint64 ageDays = decidedAt.isValid() ? decidedAt.daysTo(m_now) : 0;
    const bool paper = decided && decidedAt.isValid() &&
                       m_random.bounded(100) < 35 + int(qMin<qint64>(ageDays, 1800) * 30 / 1800);
    if (paper) {
        stageRows.clear();
        stepRows.clear();
        actions = 1;
        last = decidedAt;
    }
    static const char *const statuses[] = {"draft", "in_review", "returned", "decided", "enforced", "closed"};
    QVariant number = BulkInserter::nullId();
    QString label;
    if (fate != Fate::Draft) {
        int &counter = m_counters[qMakePair(unitId, fiscalYear)];
        number = ++counter;
        label = DocumentNumbering::label(m_org.divisions.at(divisionIndex).code, counter);
    }
    const QDateTime enforcedAt =
        fate == Fate::Enforced || fate == Fate::Closed ? decidedAt.addSecs(kDay) : QDateTime();
    const QDateTime closedAt = fate == Fate::Closed ? enforcedAt.addSecs(20 * kDay) : QDateTime();
    last = std::max({last, enforcedAt.isValid() ? enforcedAt : last, closedAt.isValid() ? closedAt : last});
    const auto dateOf = [](const QDateTime &t) {
        return t.isValid() ? QVariant(Timestamps::dateToText(t.toLocalTime().date()))
                           : BulkInserter::nullText();
    };
    const QPair<QString, QString> text =
        m_textSource ? m_textSource(documentId) : qMakePair(QStringLiteral("業務文書 %1 の件").arg(documentId), empty);
    m_documents->add({documentId,
                      QStringLiteral("decision"),
                      text.first,
                      text.second,
                      drafter,
                      unitId,
                      departmentLevel ? m_levelDepartment : m_levelDivision,
                      fileFor(divisionIndex, fiscalYear),
                      10,
                      QLatin1String(statuses[int(fate)]),
                      fate == Fate::Draft ? BulkInserter::nullId() : QVariant(fiscalYear),
                      fate == Fate::Draft ? BulkInserter::nullId() : QVariant(unitId),
                      number,
                      orNull(label),
                      stamp(created),
                      stamp(last),
                      fate == Fate::Draft ? BulkInserter::nullText() : QVariant(stamp(submitted)),
                      orNull(stamp(decidedAt)),
                      dateOf(decidedAt),
                      orNull(stamp(enforcedAt)),
                      dateOf(enforcedAt),
                      orNull(stamp(closedAt)),
                      1 + actions,
                      paper,
                      pickKind()});
    if (paper) {
        const qint64 reason = m_paperReasons.value(int(documentId % m_paperReasons.size()));
        m_paperRows->add({documentId, reason,
                          reason == m_paperReasons.constLast() ? QStringLiteral("原本の押印が必要") : empty,
                          QStringLiteral("課長"), false, drafter, stamp(decidedAt)});
    }
    for (const QVariantList &row : stageRows)
        m_stages->add(row);
    for (const QVariantList &row : stepRows)
        m_steps->add(row);
    m_stageCount += stageRows.size();
    m_stepCount += stepRows.size();
}

void DocumentGenerator::generate(qint64 documents, const std::function<void(qint64 done)> &progress)
{
    const int sections = int(m_org.sections.size());
    for (qint64 done = 0; done < documents;) {
        Transaction transaction(m_connection);
        openInserters();
        const qint64 end = std::min(documents, done + kChunk);
        for (; done < end; ++done) {
            const int section = int(m_random.bounded(sections));
            const QList<qint64> &clerks = m_org.sections.at(section).clerks;
            const qint64 drafter = clerks.at(m_random.bounded(int(clerks.size())));
            const int r = int(m_random.bounded(1000));
            Fate fate = Fate::Closed;
            if (r < 5)
                fate = Fate::Draft;
            else if (r < 15)
                fate = Fate::InReview;
            else if (r < 17)
                fate = Fate::Returned;
            else if (r < 200)
                fate = Fate::Decided;
            else if (r < 475)
                fate = Fate::Enforced;
            writeDocument(drafter, section, m_random.bounded(10) < 3, fate);
        }
        closeInserters();
        transaction.commit();
        progress(done);
    }
}

QList<DocumentGenerator::NumberingClient> DocumentGenerator::addNumberingDrafts(int clients,
                                                                                int draftsPerClient)
{
    QList<NumberingClient> result;
    const QList<int> &sections = m_org.divisions.constFirst().sections;
    Transaction transaction(m_connection);
    openInserters();
    for (int c = 0; c < clients; ++c) {
        const int section = sections.at(c % sections.size());
        const QList<qint64> &clerks = m_org.sections.at(section).clerks;
        const qint64 drafter = clerks.at((c / sections.size()) % clerks.size());
        NumberingClient client{BenchOrganization::loginOf(drafter), {}};
        for (int i = 0; i < draftsPerClient; ++i) {
            client.drafts.append(m_nextDocument);
            writeDocument(drafter, section, false, Fate::Draft);
        }
        result.append(client);
    }
    closeInserters();
    transaction.commit();
    return result;
}

void DocumentGenerator::finish()
{
    Transaction transaction(m_connection);
    BulkInserter counters(
        m_connection, QStringLiteral("number_counters"),
        {QStringLiteral("unit_id"), QStringLiteral("fiscal_year"), QStringLiteral("last_number")});
    for (auto it = m_counters.cbegin(); it != m_counters.cend(); ++it)
        counters.add({it.key().first, it.key().second, it.value()});
    counters.flush();
    if (m_connection.isPostgreSQL()) {
        for (const char *table : {"units", "users", "files", "documents", "route_stages", "route_steps"})
            SqlQuery(m_connection, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                                  "(SELECT MAX(id) FROM %1))")
                                       .arg(QLatin1String(table)))
                .scalar();
    }
    transaction.commit();
}

} // namespace kessai::bench
