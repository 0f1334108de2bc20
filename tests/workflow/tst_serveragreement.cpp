// SPDX-License-Identifier: GPL-3.0-or-later
// The engine and the office server agree (issue 12): random action sequences (fixed seeds) on
// documents with varied routes and absences. Every action WorkflowEngine allows, taken through
// WorkflowStore on the user's own login, is accepted and stored as the engine computed it;
// every action it refuses, written as raw SQL by a modified client under the refused user's
// login (the whole change with its audit event, one step row, or the document's status alone),
// is refused by the server's guard and changes nothing. PostgreSQL only: SQLite has no logins.
#include "core/audit/AuditLog.h"
#include "core/documents/DocumentStore.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/paper/DeskScope.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/Timestamps.h"
#include "core/workflow/EnforcementStore.h"
#include "core/workflow/WorkflowCaseStorage.h"
#include "core/workflow/WorkflowStore.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/WorkflowOrg.h"
#include "tests/workflow/ServerAttack.h"
#include "tests/workflow/WorkflowFixtures.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <map>
#include <memory>

using namespace kessai;
using K = WorkflowActionKind;

namespace {
constexpr int kStepsPerSeed = 40;
constexpr int kAllowedPercent = 60;

const QList<K> kAllKinds{K::Submit,    K::Approve, K::Read,        K::Return,  K::Reject, K::Withdraw,
                         K::SkipAhead, K::Decide,  K::ProxyDecide, K::Enforce, K::Close};

bool onStep(K kind)
{
    return kind != K::Submit && kind != K::Withdraw && kind != K::Enforce && kind != K::Close;
}

// The engine's result as the server stores it: the server takes the times (acted_at, 決裁日 …)
// from its own clock, so they are left out.
QString stateText(const WorkflowCase &c, bool withUndo = true)
{
    QStringList parts{toCode(c.status)};
    if (withUndo)
        parts << QStringLiteral("undo=%1/%2/%3").arg(c.undo.action).arg(c.undo.actorId).arg(c.undo.stepId);
    for (const WorkflowStep &s : c.allSteps())
        parts << QStringLiteral("%1:%2 by %3 for %4 back %5 skip %6 pr %7 '%8'")
                     .arg(s.id)
                     .arg(toCode(s.state))
                     .arg(s.actedBy)
                     .arg(s.actingFor)
                     .arg(s.returnToStepId)
                     .arg(toCode(s.skipReason), toCode(s.postReview), s.comment);
    return parts.join(QStringLiteral("; "));
}

QString actionText(const WorkflowAction &a)
{
    return QStringLiteral("%1 step %2 back-to %3 date %4")
        .arg(toCode(a.kind))
        .arg(a.stepId)
        .arg(a.returnToStepId)
        .arg(a.date.toString(Qt::ISODate));
}

struct Tally
{
    std::map<QString, int> accepted;
    std::map<QString, int> refused; ///< "kind/variant" → attacks refused
    std::map<QString, int> hidden;  ///< of those, refused because row-level security hid the rows
    int sameAsAllowed = 0;          ///< attacks not made: they would write what an allowed action writes
};
} // namespace

class TestServerAgreement : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<StoreConnection> m_connection; // superuser: the organization's administrator
    std::unique_ptr<Session> m_admin;
    test::WorkflowOrg m_org;
    std::map<qint64, std::unique_ptr<test::SessionAs>> m_people;
    QList<qint64> m_userIds;
    Tally m_tally;
    QElapsedTimer m_clock;

    Session &session(qint64 userId) { return m_people.at(userId)->session(); }
    QString loginOf(qint64 userId) { return session(userId).user().login; }
    WorkflowEngine::Actor actorOf(qint64 userId)
    {
        // As WorkflowStore gives it: a 文書管理者's 課 (供覧の打切り).
        Session &who = session(userId);
        WorkflowEngine::Actor actor{userId, who.user().roles, {}};
        if (actor.has(Role::RecordsManager))
            actor.unitScope = DeskScope::unitScope(who, who.user().unitId);
        return actor;
    }
    // What WorkflowStore gives the engine: today, now, and who is away today with their proxy.
    WorkflowEngine::Context context()
    {
        WorkflowEngine::Context ctx;
        ctx.today = QDate::currentDate();
        ctx.now = Timestamps::fromText(Timestamps::toText(Timestamps::now()));
        ctx.absentees = WorkflowCaseStorage(*m_connection).absenteesOn(ctx.today);
        ctx.nameOf = [this](qint64 id) { return m_people.count(id) ? loginOf(id) : QString::number(id); };
        return ctx;
    }
    WorkflowCase load(qint64 doc, int *rowVersion)
    {
        return WorkflowStore(*m_connection).load(doc, rowVersion);
    }

    void addAbsence(qint64 userId, qint64 proxyId, bool byAdmin)
    {
        Absence away{0,
                     userId,
                     QDate::currentDate().addDays(-1),
                     QDate::currentDate().addDays(1),
                     proxyId,
                     QStringLiteral("出張")};
        Session &who = byAdmin ? *m_admin : session(userId);
        OrgStore(who.connection()).addAbsence(who, away);
    }
    // Absences of one seed: a few of the people on the routes, registered by themselves or by
    // the administrator, with a proxy (代理者) or none.
    void registerAbsences(QRandomGenerator &rng, int count)
    {
        const QList<qint64> away{m_org.sato, m_org.takahashi, m_org.suzuki, m_org.watanabe, m_org.yamamoto};
        const QList<qint64> proxies{m_org.kato, m_org.kimura, m_org.takahashi, 0};
        for (int i = 0; i < count; ++i) {
            const qint64 who = away.at(rng.bounded(int(away.size())));
            qint64 proxy = proxies.at(rng.bounded(int(proxies.size())));
            if (proxy == who)
                proxy = m_org.kato;
            if (who == m_org.suzuki && rng.bounded(3))
                proxy = m_org.kato; // mostly the registered 代決 of the 課長
            addAbsence(who, proxy, rng.bounded(2));
        }
    }

    qint64 routedDocument(QRandomGenerator &rng, int shape)
    {
        using P = RoutePlan;
        auto ruled = [&](StepKind kind, qint64 who) {
            P::Step s = P::step(kind, who);
            if (kind != StepKind::Decide && rng.bounded(3) == 0)
                s.absenceRule =
                    s.absenceRule == AbsenceRule::Proxy ? AbsenceRule::PostReview : AbsenceRule::Proxy;
            return s;
        };
        RoutePlan plan;
        qint64 doc = 0;
        Session &ito = session(m_org.ito);
        switch (shape) {
        case 0: // 回議 → 合議 (parallel) → 回議 → 決裁 → 後閲
            doc = m_org.draft(ito, QStringLiteral("合議のある起案"));
            plan.stages = {{ruled(StepKind::Review, m_org.sato)},
                           {ruled(StepKind::Consult, m_org.watanabe), ruled(StepKind::Consult, m_org.kimura)},
                           {ruled(StepKind::Review, m_org.takahashi)},
                           {ruled(StepKind::Decide, m_org.suzuki)},
                           {ruled(StepKind::PostReview, m_org.yamamoto)}};
            break;
        case 1: // 部長決裁: the long deciding line
            doc = m_org.draft(ito, QStringLiteral("部長決裁の起案"), m_org.levelDepartment);
            plan.stages = {{ruled(StepKind::Review, m_org.sato)},
                           {ruled(StepKind::Review, m_org.takahashi)},
                           {ruled(StepKind::Review, m_org.suzuki), ruled(StepKind::Consult, m_org.watanabe)},
                           {ruled(StepKind::Review, m_org.kato)},
                           {ruled(StepKind::Decide, m_org.yamamoto)}};
            break;
        case 2: { // 報告: 供覧 in parallel, then one more reader
            DocumentRecord d;
            d.kind = DocumentKind::Report;
            d.title = QStringLiteral("研修結果の報告");
            d.body = QStringLiteral("研修の結果を報告します。");
            d.unitId = m_org.division;
            d.fileId = m_org.file;
            d.retentionYears = 10;
            doc = DocumentStore(ito.connection()).createDraft(ito, d);
            plan.stages = {{ruled(StepKind::Circulate, m_org.sato), ruled(StepKind::Circulate, m_org.kimura)},
                           {ruled(StepKind::PostReview, m_org.kanri)},
                           {ruled(StepKind::Circulate, m_org.suzuki)}};
            break;
        }
        default: // short: 係長 → 課長 (決裁)
            doc = m_org.draft(ito, QStringLiteral("課長専決の起案"));
            plan.stages = {{ruled(StepKind::Review, m_org.sato)}, {ruled(StepKind::Decide, m_org.suzuki)}};
            break;
        }
        WorkflowStore(ito.connection()).setRoute(ito, doc, plan);
        return doc;
    }

    // Someone the engine allows to take this action now (0: nobody may).
    qint64 allowedActorFor(const WorkflowCase &c, const WorkflowAction &a, const WorkflowEngine::Context &ctx)
    {
        for (qint64 id : m_userIds) {
            if (WorkflowEngine::refusal(c, a, actorOf(id), ctx).isEmpty())
                return id;
        }
        return 0;
    }

    void performAllowed(QRandomGenerator &rng, qint64 doc, qint64 userId, QList<WorkflowAction> allowed)
    {
        WorkflowAction a = allowed.at(rng.bounded(int(allowed.size())));
        if (a.commentRequired() || rng.bounded(3) == 0)
            a.comment = QStringLiteral("所見 %1").arg(rng.bounded(100));
        if (!a.returnTargets.isEmpty() && rng.bounded(2))
            a.returnToStepId = a.returnTargets.at(rng.bounded(int(a.returnTargets.size())));
        a.returnTargets.clear();
        int version = 0;
        const WorkflowCase before = load(doc, &version);
        if (a.kind == K::Enforce && rng.bounded(2)) // a 施行日 on or after the 決裁日, now and then ahead
            a.date = before.decidedOn.addDays(rng.bounded(4));
        const WorkflowEngine::Context ctx = context();
        const WorkflowEngine::Result expected = WorkflowEngine::apply(before, a, actorOf(userId), ctx);
        QVERIFY2(expected.ok, qPrintable(expected.reason)); // listed by allowedActions, so it applies
        Session &who = session(userId);
        const std::optional<StoreError> error = test::storeErrorOf([&] {
            if (a.kind == K::Enforce) { // 施行 goes with its record
                Enforcement record;
                record.documentId = doc;
                record.enforcedOn = a.date;
                record.destinations = {{0, QStringLiteral("北海道庁")}};
                EnforcementStore store(who.connection());
                store.setToday(ctx.today);
                store.record(who, record, version);
            } else {
                WorkflowStore(who.connection()).apply(who, doc, a, version);
            }
        });
        QVERIFY2(!error, qPrintable(QStringLiteral("the server refused what the engine allows: %1 by %2 on "
                                                   "document %3: %4\ncase: %5")
                                        .arg(actionText(a), loginOf(userId))
                                        .arg(doc)
                                        .arg(error ? error->message() : QString(), stateText(before))));
        const WorkflowCase stored = load(doc, nullptr);
        QVERIFY2(stateText(stored) == stateText(expected.after),
                 qPrintable(QStringLiteral("%1 by %2 on document %3 was stored differently\nengine: %4\n"
                                           "server: %5")
                                .arg(actionText(a), loginOf(userId))
                                .arg(doc)
                                .arg(stateText(expected.after), stateText(stored))));
        ++m_tally.accepted[toCode(a.kind)];
    }

    // Would the write leave what an action the engine allows this user leaves (times and the
    // client's undo record aside: the server keeps its own history for 引戻し)? Then it is that
    // allowed action under another name, e.g. restoring one's own earlier 差戻し is a 差戻し.
    bool sameAsAllowed(const WorkflowCase &c, const WorkflowCase &written, qint64 userId,
                       const WorkflowEngine::Context &ctx)
    {
        const QString target = stateText(written, false);
        QStringList comments{QString()};
        for (const WorkflowStep &s : written.allSteps())
            comments << s.comment;
        comments.removeDuplicates();
        for (WorkflowAction a : WorkflowEngine::allowedActions(c, actorOf(userId), ctx)) {
            QList<qint64> targets = a.returnTargets;
            targets.prepend(0);
            a.returnTargets.clear();
            for (qint64 t : targets) {
                for (const QString &comment : comments) {
                    a.returnToStepId = t;
                    a.comment = comment;
                    const WorkflowEngine::Result r = WorkflowEngine::apply(c, a, actorOf(userId), ctx);
                    if (r.ok && stateText(r.after, false) == target)
                        return true;
                }
            }
        }
        return false;
    }

    // One attack, then the case must be exactly as it was. written: the case as the attack
    // would leave it.
    void expectRefused(const QString &variant, const WorkflowAction &a, qint64 userId, const QString &refusal,
                       const WorkflowCase &written,
                       const std::function<test::ServerAttack::Outcome(const WorkflowCase &, int)> &attack,
                       qint64 doc)
    {
        int version = 0;
        const WorkflowCase before = load(doc, &version);
        if (sameAsAllowed(before, written, userId, context())) {
            ++m_tally.sameAsAllowed;
            return;
        }
        const test::ServerAttack::Outcome outcome = attack(before, version);
        const QString what = QStringLiteral("%1 (%2) by %3 on document %4, which the engine refuses: %5\n"
                                            "server: %6\ncase: %7")
                                 .arg(actionText(a), variant, loginOf(userId))
                                 .arg(doc)
                                 .arg(refusal, outcome.message, stateText(before));
        QVERIFY2(!outcome.unexpected, qPrintable(QStringLiteral("failed for another reason: ") + what));
        QVERIFY2(outcome.refused, qPrintable(QStringLiteral("the server accepted ") + what));
        int after = 0;
        const WorkflowCase now = load(doc, &after);
        QVERIFY2(after == version && test::sameCase(before, now),
                 qPrintable(QStringLiteral("a refused attack changed the case: ") + what));
        const QString key = toCode(a.kind) + QLatin1Char('/') + variant;
        ++m_tally.refused[key];
        if (outcome.hidden)
            ++m_tally.hidden[key];
    }

    // The single step row as the refused user would write it if nothing checked: apply()'s
    // effect on that step, in their own name; claimProxy: claiming to act for its assignee
    // (代理) whether or not they are the registered proxy.
    std::optional<WorkflowStep> forgedStep(const WorkflowCase &c, const WorkflowAction &a, qint64 userId,
                                           const WorkflowEngine::Context &ctx, bool claimProxy)
    {
        const WorkflowStep *old = c.step(a.stepId);
        if (!old)
            return std::nullopt;
        WorkflowStep s = *old;
        const bool mayProxy =
            a.kind == K::Approve || a.kind == K::Read || a.kind == K::Return || a.kind == K::ProxyDecide;
        const bool proxy = s.assigneeId != userId && ctx.isAbsent(s.assigneeId) &&
                           ctx.proxyOf(s.assigneeId) == userId &&
                           (s.kind == StepKind::Decide || s.absenceRule == AbsenceRule::Proxy);
        const bool mark = a.kind == K::Read && s.postReview == PostReviewMark::Owed &&
                          !(s.state == StepState::Pending &&
                            (s.kind == StepKind::PostReview || s.kind == StepKind::Circulate));
        if (mark) { // reading a 後閲 mark
            s.postReview = PostReviewMark::Read;
            s.postReviewedAt = ctx.now;
        } else {
            s.state = a.kind == K::Approve || (a.kind == K::SkipAhead && s.kind != StepKind::Decide)
                          ? StepState::Approved
                      : a.kind == K::Read   ? StepState::Read
                      : a.kind == K::Return ? StepState::Returned
                      : a.kind == K::Reject ? StepState::Rejected
                                            : StepState::Decided;
            s.actedBy = userId;
            s.actingFor = mayProxy && (proxy || claimProxy) && s.assigneeId != userId ? s.assigneeId : 0;
            s.actedAt = ctx.now;
            s.comment = a.comment;
            s.returnToStepId = a.kind == K::Return ? a.returnToStepId : 0;
            s.skipReason = SkipReason::None;
            if (s.actingFor) {
                s.postReview = PostReviewMark::Owed;
                s.postReviewedAt = {};
            }
        }
        if (s.sameState(*old))
            return std::nullopt;
        return s;
    }

    void attemptRefused(QRandomGenerator &rng, qint64 doc, qint64 userId)
    {
        int version = 0;
        const WorkflowCase c = load(doc, &version);
        const WorkflowEngine::Context ctx = context();
        const QList<WorkflowStep> steps = c.allSteps();
        WorkflowAction a;
        QString refusal;
        // Half the time, what someone else may do now (taking a colleague's due step); else
        // any kind on any step.
        QList<WorkflowAction> others;
        if (rng.bounded(2)) {
            for (qint64 id : m_userIds) {
                if (id != userId)
                    others += WorkflowEngine::allowedActions(c, actorOf(id), ctx);
            }
        }
        if (!others.isEmpty()) {
            a = others.at(rng.bounded(int(others.size())));
            if (!a.returnTargets.isEmpty() && rng.bounded(2))
                a.returnToStepId = a.returnTargets.at(rng.bounded(int(a.returnTargets.size())));
            a.returnTargets.clear();
            a.comment = QStringLiteral("不正な所見");
            refusal = WorkflowEngine::refusal(c, a, actorOf(userId), ctx);
        }
        for (int tries = 0; tries < 30 && refusal.isEmpty(); ++tries) {
            a = {};
            a.kind = kAllKinds.at(rng.bounded(int(kAllKinds.size())));
            if (onStep(a.kind))
                a.stepId = steps.at(rng.bounded(int(steps.size()))).id;
            else if (a.kind == K::Withdraw)
                a.stepId = c.undo.stepId;
            a.comment = QStringLiteral("不正な所見");
            if (a.kind == K::Enforce && c.decidedOn.isValid() && rng.bounded(2))
                a.date = c.decidedOn.addDays(-1 - rng.bounded(3)); // a 施行日 before the 決裁日
            if (a.kind == K::Return && rng.bounded(2))
                a.returnToStepId = steps.at(rng.bounded(int(steps.size()))).id;
            refusal = WorkflowEngine::refusal(c, a, actorOf(userId), ctx);
        }
        if (refusal.isEmpty())
            return; // everything tried was allowed: nothing to attack this time
        const QString login = loginOf(userId);
        test::ServerAttack attacker(session(userId).connection(), login);
        const QString code = toCode(a.kind);

        // (a) The whole change, as apply() computes it for someone allowed, claimed in the
        // refused user's own name.
        if (const qint64 allowedId = allowedActorFor(c, a, ctx)) {
            WorkflowCase after = WorkflowEngine::apply(c, a, actorOf(allowedId), ctx).after;
            for (WorkflowCase::Stage &stage : after.stages) {
                for (WorkflowStep &s : stage.steps) {
                    if (s.actedBy == allowedId && !s.sameState(*c.step(s.id)))
                        s.actedBy = userId;
                }
            }
            if (after.undo.actorId == allowedId)
                after.undo.actorId = userId;
            expectRefused(
                QStringLiteral("case"), a, userId, refusal, after,
                [&](const WorkflowCase &before, int v) { return attacker.writeCase(before, after, v, code); },
                doc);
            if (QTest::currentTestFailed())
                return;
        }
        // (b) Only the step row, acted_by = the refused user.
        if (onStep(a.kind)) {
            if (const auto forged = forgedStep(c, a, userId, ctx, rng.bounded(3) == 0)) {
                WorkflowCase written = c;
                *written.step(forged->id) = *forged;
                expectRefused(
                    QStringLiteral("step"), a, userId, refusal, written,
                    [&](const WorkflowCase &, int) { return attacker.writeStep(doc, *forged, code); }, doc);
            }
            return;
        }
        // (c) Only the document's status (and its dates), the route left as it is.
        WorkflowCase after = c;
        switch (a.kind) {
        case K::Submit:
            after.status = DocumentStatus::InReview;
            break;
        case K::Withdraw: // pulling back a submission (or the last action) the engine says is not theirs
            after.status =
                c.undo.isEmpty() || c.undo.status == c.status ? DocumentStatus::Draft : c.undo.status;
            after.undo = {};
            break;
        case K::Enforce:
            after.status = DocumentStatus::Enforced;
            after.enforcedOn = a.date.isValid() ? a.date : ctx.today;
            after.enforcedAt = ctx.now;
            break;
        default:
            after.status = DocumentStatus::Closed;
            after.closedAt = ctx.now;
            break;
        }
        if (after.status == c.status)
            return;
        expectRefused(
            QStringLiteral("status"), a, userId, refusal, after,
            [&](const WorkflowCase &before, int v) { return attacker.writeCase(before, after, v, code); },
            doc);
    }

private slots:
    void initTestCase()
    {
        if (!test::TestDatabase::isPostgreSQL())
            QSKIP("the server's guard is PostgreSQL's: on SQLite every client is the file's owner, with no "
                  "logins to refuse");
        m_clock.start();
        m_db = std::make_unique<test::TestDatabase>();
        KESSAI_TRY(m_connection = std::make_unique<StoreConnection>(m_db->url()));
        KESSAI_TRY(m_org.setUp(*m_connection));
        KESSAI_TRY(m_admin = std::make_unique<Session>(*m_connection));
        for (const QString &login : test::WorkflowOrg::logins()) {
            std::unique_ptr<test::SessionAs> person;
            KESSAI_TRY(person = std::make_unique<test::SessionAs>(*m_db, *m_connection, login));
            QVERIFY(!person->viaActAs());
            const qint64 id = person->session().user().id;
            m_userIds << id;
            m_people[id] = std::move(person);
        }
    }

    void cleanupTestCase()
    {
        if (m_connection) {
            // The chain is whole: every accepted action appended its events, every refused
            // attack's event went with its transaction.
            const AuditLog::Verification check = AuditLog(*m_connection).verify();
            int accepted = 0;
            int refused = 0;
            for (const auto &[kind, n] : m_tally.accepted) {
                qInfo("accepted %-13s %4d", qPrintable(kind), n);
                accepted += n;
            }
            for (const auto &[key, n] : m_tally.refused) {
                qInfo("refused  %-20s %4d (row-level security hid the rows: %d)", qPrintable(key), n,
                      m_tally.hidden.count(key) ? m_tally.hidden.at(key) : 0);
                refused += n;
            }
            qInfo("%d allowed actions accepted, %d refused attacks refused (%d not made: the same as an "
                  "allowed action), %lld audit events checked, %lld ms",
                  accepted, refused, m_tally.sameAsAllowed, check.eventsChecked, m_clock.elapsed());
            QVERIFY2(check.intact, qPrintable(check.problem));
            QVERIFY(check.eventsChecked > 0);
        }
        m_people.clear();
        m_admin.reset();
        m_connection.reset();
        m_db.reset();
    }

    void engineAndServerAgree_data()
    {
        QTest::addColumn<quint32>("seed");
        // KESSAI_AGREEMENT_SEEDS=N (or FIRST-LAST) explores seeds 1..N instead of the fixed list.
        const QStringList range = qEnvironmentVariable("KESSAI_AGREEMENT_SEEDS").split(QLatin1Char('-'));
        QList<quint32> seeds{3u, 11u, 42u, 2026u, 31337u, 65521u};
        if (range.first().toUInt() > 0) {
            seeds.clear();
            const quint32 first = range.size() > 1 ? range.first().toUInt() : 1;
            for (quint32 seed = first; seed <= range.last().toUInt(); ++seed)
                seeds << seed;
        }
        for (quint32 seed : seeds)
            QTest::addRow("seed %u", seed) << seed;
    }

    void engineAndServerAgree()
    {
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        // Each seed starts from its own absences (the administrator clears the earlier ones).
        SqlQuery::execDirect(*m_connection, QStringLiteral("DELETE FROM absences"));
        KESSAI_TRY(registerAbsences(rng, 1 + rng.bounded(2)));
        QList<qint64> docs;
        for (int shape = 0; shape < 4; ++shape)
            KESSAI_TRY(docs << routedDocument(rng, shape));
        for (int step = 0; step < kStepsPerSeed; ++step) {
            if (step == kStepsPerSeed / 2) // someone falls ill on a route already under way
                KESSAI_TRY(registerAbsences(rng, 1));
            const qint64 doc = docs.at(rng.bounded(int(docs.size())));
            int version = 0;
            WorkflowCase c;
            KESSAI_TRY(c = load(doc, &version));
            const WorkflowEngine::Context ctx = context();
            // Mostly someone who may act, so that the documents get far; else anyone at all.
            QList<qint64> able;
            for (qint64 id : m_userIds) {
                if (!WorkflowEngine::allowedActions(c, actorOf(id), ctx).isEmpty())
                    able << id;
            }
            const bool actAllowed = !able.isEmpty() && int(rng.bounded(100)) < kAllowedPercent;
            qint64 userId = actAllowed ? able.at(rng.bounded(int(able.size())))
                                       : m_userIds.at(rng.bounded(int(m_userIds.size())));
            // 引戻し is open to the last actor after nearly every step: taking it as often as the
            // next person's action would keep the documents near their start.
            if (actAllowed && able.size() > 1 && rng.bounded(3)) {
                const QList<WorkflowAction> own = WorkflowEngine::allowedActions(c, actorOf(userId), ctx);
                if (own.size() == 1 && own.first().kind == K::Withdraw)
                    userId = able.at(rng.bounded(int(able.size())));
            }
            if (actAllowed)
                KESSAI_TRY(performAllowed(rng, doc, userId,
                                          WorkflowEngine::allowedActions(c, actorOf(userId), ctx)));
            else
                KESSAI_TRY(attemptRefused(rng, doc, userId));
            if (QTest::currentTestFailed())
                return;
        }
    }
};

QTEST_GUILESS_MAIN(TestServerAgreement)
#include "tst_serveragreement.moc"
