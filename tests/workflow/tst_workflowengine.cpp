// SPDX-License-Identifier: GPL-3.0-or-later
// The workflow state machine: every action from every state, allowed or refused with a
// reason; the walks of the issue (合議, 差戻し and re-提出, 代決, 後閲, 引上げ, 引戻し, 却下,
// 施行, 完結); and 提出's validation listing every problem at once.
#include "core/workflow/RouteValidator.h"
#include "core/workflow/WorkflowEngine.h"
#include "tests/workflow/WorkflowFixtures.h"

#include <QTest>

#include <algorithm>
#include <stdexcept>

using namespace kessai;
using namespace kessai::test;
using K = WorkflowActionKind;

Q_DECLARE_METATYPE(kessai::WorkflowActionKind)
Q_DECLARE_METATYPE(kessai::DocumentStatus)

namespace {
const QString kFixSums = QStringLiteral("別紙の数値を最新の実績に差し替えてください。");

/// Named cases reached through the engine itself, so each is a state the engine can produce.
const QList<QPair<QString, WorkflowCase>> &fixtures()
{
    static const QList<QPair<QString, WorkflowCase>> all = [] {
        const auto ctx = context();
        const auto absent = context({{Who::Kacho, Who::Proxy}});
        const WorkflowCase draft = standardDecision();
        const WorkflowCase atReview = play(draft, {{K::Submit, 0, Who::Drafter}}, ctx);
        const WorkflowCase atConsult = play(atReview, {{K::Approve, StepId::Review1, Who::Kakaricho}}, ctx);
        const WorkflowCase oneConsult = play(atConsult, {{K::Approve, StepId::ConsultA, Who::ConsultA}}, ctx);
        const WorkflowCase atHosa = play(oneConsult, {{K::Approve, StepId::ConsultB, Who::ConsultB}}, ctx);
        const WorkflowCase atDecider = play(atHosa, {{K::Approve, StepId::Review2, Who::Hosa}}, ctx);
        const WorkflowCase decided = play(atDecider, {{K::Decide, StepId::Decide, Who::Kacho}}, ctx);
        const WorkflowCase enforced = play(decided, {{K::Enforce, 0, Who::Drafter}}, ctx);
        const WorkflowCase report = standardReport();
        const WorkflowCase circulating =
            play(report, {{K::Submit, 0, Who::Drafter}, {K::Read, StepId::Circulate1, Who::Kakaricho}}, ctx);
        return QList<QPair<QString, WorkflowCase>>{
            {QStringLiteral("draft"), draft},
            {QStringLiteral("at review"), atReview},
            {QStringLiteral("at consult"), atConsult},
            {QStringLiteral("one consult done"), oneConsult},
            {QStringLiteral("at hosa"), atHosa},
            {QStringLiteral("at decider"), atDecider},
            {QStringLiteral("returned to drafter"),
             play(atHosa, {{K::Return, StepId::Review2, Who::Hosa, kFixSums}}, ctx)},
            {QStringLiteral("returned to review1"),
             play(atDecider, {{K::Return, StepId::Decide, Who::Kacho, kFixSums, StepId::Review1}}, ctx)},
            {QStringLiteral("hosa returned to review1"),
             play(atHosa, {{K::Return, StepId::Review2, Who::Hosa, kFixSums, StepId::Review1}}, ctx)},
            {QStringLiteral("skipped to decider"),
             play(atReview, {{K::SkipAhead, StepId::Review2, Who::Hosa}}, ctx)},
            {QStringLiteral("decided"), decided},
            {QStringLiteral("proxy decided"),
             play(atDecider, {{K::ProxyDecide, StepId::Decide, Who::Proxy}}, absent)},
            {QStringLiteral("enforced"), enforced},
            {QStringLiteral("closed"), play(enforced, {{K::Close, 0, Who::Drafter}}, ctx)},
            {QStringLiteral("rejected"),
             play(atDecider, {{K::Reject, StepId::Decide, Who::Kacho, kFixSums}}, ctx)},
            {QStringLiteral("report draft"), report},
            {QStringLiteral("report circulating"), circulating},
            {QStringLiteral("report closed"),
             play(circulating,
                  {{K::Read, StepId::Circulate2, Who::Hosa}, {K::Read, StepId::Circulate3, Who::Kacho}},
                  ctx)},
        };
    }();
    return all;
}

WorkflowCase fixture(const QString &name)
{
    for (const auto &[fixtureName, c] : fixtures()) {
        if (fixtureName == name)
            return c;
    }
    throw std::runtime_error("unknown fixture");
}

StepState stateOf(const WorkflowCase &c, qint64 stepId)
{
    return c.step(stepId) ? c.step(stepId)->state : StepState::Waiting;
}
} // namespace

class TestWorkflowEngine : public QObject
{
    Q_OBJECT

private slots:
    void fixturesAreValidStates()
    {
        QVERIFY(fixtures().size() > 15);
        for (const auto &[name, c] : fixtures())
            QVERIFY2(invariantViolation(c).isEmpty(),
                     qPrintable(name + QStringLiteral(": ") + invariantViolation(c)));
    }

    // ---- One row per rule: the action, from a named state, by someone, allowed or why not.
    void actions_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<WorkflowActionKind>("kind");
        QTest::addColumn<qint64>("step");
        QTest::addColumn<qint64>("actor");
        QTest::addColumn<QString>("comment");
        QTest::addColumn<qint64>("returnTo");
        QTest::addColumn<bool>("kachoAbsent");
        QTest::addColumn<QString>("refusal"); // empty: allowed
        QTest::addColumn<DocumentStatus>("status");

        using S = DocumentStatus;
        const QString none;
        const QString c = QStringLiteral("理由");
        auto row = [&](const char *name, const char *state, K kind, qint64 step, qint64 who,
                       const QString &comment, qint64 returnTo, bool absent, const char *refusal, S status) {
            QTest::newRow(name) << QString::fromUtf8(state) << kind << step << who << comment << returnTo
                                << absent << QString::fromUtf8(refusal) << status;
        };
        // 提出
        row("submit draft", "draft", K::Submit, 0, Who::Drafter, none, 0, false, "", S::InReview);
        row("submit by other", "draft", K::Submit, 0, Who::Kakaricho, none, 0, false, "only the drafter",
            S::Draft);
        row("submit twice", "at review", K::Submit, 0, Who::Drafter, none, 0, false,
            "only a draft or a returned", S::InReview);
        row("resubmit returned", "returned to drafter", K::Submit, 0, Who::Drafter, none, 0, false, "",
            S::InReview);
        row("submit decided", "decided", K::Submit, 0, Who::Drafter, none, 0, false, "is \"Decided\"",
            S::Decided);
        // 承認
        row("approve due review", "at review", K::Approve, StepId::Review1, Who::Kakaricho, none, 0, false,
            "", S::InReview);
        row("approve someone else's", "at review", K::Approve, StepId::Review1, Who::Hosa, none, 0, false,
            "is not for user 3", S::InReview);
        row("approve not yet due", "at review", K::Approve, StepId::Review2, Who::Hosa, none, 0, false,
            "not due yet", S::InReview);
        row("approve twice", "at consult", K::Approve, StepId::Review1, Who::Kakaricho, none, 0, false,
            "already processed (Approved) by user 2", S::InReview);
        row("consult opinion", "at consult", K::Approve, StepId::ConsultB, Who::ConsultB, c, 0, false, "",
            S::InReview);
        row("approve decide step", "at decider", K::Approve, StepId::Decide, Who::Kacho, none, 0, false,
            "is the 決裁 step", S::InReview);
        row("approve in draft", "draft", K::Approve, StepId::Review1, Who::Kakaricho, none, 0, false,
            "is \"Drafting\", not in review", S::Draft);
        row("approve unknown step", "at review", K::Approve, 999, Who::Kakaricho, none, 0, false,
            "not on this document's route", S::InReview);
        row("approve while returned", "returned to drafter", K::Approve, StepId::Review2, Who::Hosa, none, 0,
            false, "is \"Sent back\", not in review", S::Returned);
        // 差戻し
        row("return to drafter", "at hosa", K::Return, StepId::Review2, Who::Hosa, c, 0, false, "",
            S::Returned);
        row("return needs comment", "at hosa", K::Return, StepId::Review2, Who::Hosa, none, 0, false,
            "needs a comment", S::InReview);
        row("return to earlier step", "at decider", K::Return, StepId::Decide, Who::Kacho, c, StepId::Review1,
            false, "", S::InReview);
        row("return to later step", "at hosa", K::Return, StepId::Review2, Who::Hosa, c, StepId::Decide,
            false, "goes to an earlier stage", S::InReview);
        row("return to post-review", "at decider", K::Return, StepId::Decide, Who::Kacho, c,
            StepId::PostReview, false, "goes to an earlier stage", S::InReview);
        row("return to passed-over step", "skipped to decider", K::Return, StepId::Decide, Who::Kacho, c,
            StepId::Review1, false, "has not approved", S::InReview);
        row("return by proxy", "at decider", K::Return, StepId::Decide, Who::Proxy, c, 0, true, "",
            S::Returned);
        // 却下
        row("reject", "at decider", K::Reject, StepId::Decide, Who::Kacho, c, 0, false, "", S::Rejected);
        row("reject needs comment", "at decider", K::Reject, StepId::Decide, Who::Kacho, none, 0, false,
            "needs a comment", S::InReview);
        row("reviewer rejects", "at hosa", K::Reject, StepId::Review2, Who::Hosa, c, 0, false, "",
            S::Rejected);
        row("consult cannot reject", "at consult", K::Reject, StepId::ConsultA, Who::ConsultA, c, 0, false,
            "only the deciding line", S::InReview);
        row("proxy cannot reject", "at decider", K::Reject, StepId::Decide, Who::Proxy, c, 0, true,
            "but only user 6 may reject", S::InReview);
        row("report cannot be rejected", "report circulating", K::Reject, StepId::Circulate2, Who::Hosa, c, 0,
            false, "cannot be rejected", S::InReview);
        // 決裁・代決
        row("decide", "at decider", K::Decide, StepId::Decide, Who::Kacho, none, 0, false, "", S::Decided);
        row("decide early", "at hosa", K::Decide, StepId::Decide, Who::Kacho, none, 0, false, "not due yet",
            S::InReview);
        row("decide by other", "at decider", K::Decide, StepId::Decide, Who::Hosa, none, 0, false,
            "step 15 (Decision, user 6) is not for user 3", S::InReview);
        row("proxy decides", "at decider", K::ProxyDecide, StepId::Decide, Who::Proxy, none, 0, true, "",
            S::Decided);
        row("proxy without absence", "at decider", K::ProxyDecide, StepId::Decide, Who::Proxy, none, 0, false,
            "not registered as absent", S::InReview);
        row("wrong proxy", "at decider", K::ProxyDecide, StepId::Decide, Who::Stranger, none, 0, true,
            "not the registered proxy", S::InReview);
        row("decider as proxy", "at decider", K::ProxyDecide, StepId::Decide, Who::Kacho, none, 0, true,
            "decides in person", S::InReview);
        row("proxy decide on review", "at hosa", K::ProxyDecide, StepId::Review2, Who::Proxy, none, 0, true,
            "is not the 決裁 step", S::InReview);
        // 引上げ
        row("skip ahead", "at review", K::SkipAhead, StepId::Review2, Who::Hosa, none, 0, false, "",
            S::InReview);
        row("skip ahead to decide", "at review", K::SkipAhead, StepId::Decide, Who::Kacho, none, 0, false, "",
            S::Decided);
        row("skip ahead when due", "at decider", K::SkipAhead, StepId::Decide, Who::Kacho, none, 0, false,
            "already due", S::InReview);
        row("consult cannot skip ahead", "at review", K::SkipAhead, StepId::ConsultA, Who::ConsultA, none, 0,
            false, "not on the deciding line", S::InReview);
        row("skip ahead during 差戻し", "hosa returned to review1", K::SkipAhead, StepId::Decide, Who::Kacho,
            none, 0, false, "差戻し is under way", S::InReview);
        row("skip ahead by other", "at review", K::SkipAhead, StepId::Review2, Who::Kacho, none, 0, false,
            "step 14 (Review, user 3) is not for user 6", S::InReview);
        // 引戻し
        row("withdraw submission", "at review", K::Withdraw, 0, Who::Drafter, none, 0, false, "", S::Draft);
        row("withdraw approval", "at consult", K::Withdraw, StepId::Review1, Who::Kakaricho, none, 0, false,
            "", S::InReview);
        row("withdraw after next acted", "one consult done", K::Withdraw, StepId::Review1, Who::Kakaricho,
            none, 0, false, "only user 4", S::InReview);
        row("withdraw someone else's", "at consult", K::Withdraw, 0, Who::Hosa, none, 0, false, "only user 2",
            S::InReview);
        row("withdraw resubmission", "returned to drafter", K::Withdraw, 0, Who::Drafter, none, 0, false,
            "nothing to withdraw", S::Returned);
        row("withdraw decision", "decided", K::Withdraw, StepId::Decide, Who::Kacho, none, 0, false,
            "nothing to withdraw", S::Decided);
        row("withdraw wrong step", "at consult", K::Withdraw, StepId::ConsultA, Who::Kakaricho, none, 0,
            false, "not on step 12", S::InReview);
        // 閲覧 (供覧・後閲)
        row("read circulation", "report circulating", K::Read, StepId::Circulate2, Who::Hosa, none, 0, false,
            "", S::InReview);
        row("read post-review after decision", "decided", K::Read, StepId::PostReview, Who::Reader, none, 0,
            false, "", S::Decided);
        row("decider reads 代決 後閲", "proxy decided", K::Read, StepId::Decide, Who::Kacho, none, 0, false,
            "", S::Decided);
        row("passed reviewer reads 後閲", "skipped to decider", K::Read, StepId::Review1, Who::Kakaricho,
            none, 0, false, "", S::InReview);
        row("other reads 後閲", "proxy decided", K::Read, StepId::Decide, Who::Proxy, none, 0, false,
            "is for its assignee to read, not for user 7", S::Decided);
        row("read a review step", "at review", K::Read, StepId::Review1, Who::Kakaricho, none, 0, false,
            "owes no 後閲", S::InReview);
        // 施行・完結
        row("enforce", "decided", K::Enforce, 0, Who::Drafter, none, 0, false, "", S::Enforced);
        row("enforce by records manager", "decided", K::Enforce, 0, Who::Records, none, 0, false, "",
            S::Enforced);
        row("enforce by stranger", "decided", K::Enforce, 0, Who::Stranger, none, 0, false,
            "only the drafter, user 1, or a records manager", S::Decided);
        row("enforce undecided", "at decider", K::Enforce, 0, Who::Drafter, none, 0, false,
            "only a decided document", S::InReview);
        row("enforce twice", "enforced", K::Enforce, 0, Who::Drafter, none, 0, false, "is \"Enforced\"",
            S::Enforced);
        row("close enforced", "enforced", K::Close, 0, Who::Drafter, none, 0, false, "", S::Closed);
        row("close decided", "decided", K::Close, 0, Who::Records, none, 0, false, "", S::Closed);
        row("close rejected", "rejected", K::Close, 0, Who::Drafter, none, 0, false, "is \"Rejected\"",
            S::Rejected);
        row("close report by hand", "report circulating", K::Close, 0, Who::Drafter, none, 0, false,
            "closes (完結) by itself", S::InReview);
        row("report read by one of two", "report circulating", K::Read, StepId::Circulate3, Who::Kacho, none,
            0, false, "", S::InReview);
    }

    void actions()
    {
        QFETCH(QString, state);
        QFETCH(WorkflowActionKind, kind);
        QFETCH(qint64, step);
        QFETCH(qint64, actor);
        QFETCH(QString, comment);
        QFETCH(qint64, returnTo);
        QFETCH(bool, kachoAbsent);
        QFETCH(QString, refusal);
        QFETCH(DocumentStatus, status);
        const WorkflowCase before = fixture(state);
        const auto ctx = kachoAbsent ? context({{Who::Kacho, Who::Proxy}}) : context();
        const auto result =
            WorkflowEngine::apply(before, action(kind, step, comment, returnTo), test::actor(actor), ctx);
        if (refusal.isEmpty()) {
            QVERIFY2(result.ok, qPrintable(result.reason));
            QVERIFY(!result.events.isEmpty());
            QCOMPARE(result.events.first().action.isEmpty(), false);
            QVERIFY2(invariantViolation(result.after).isEmpty(),
                     qPrintable(invariantViolation(result.after)));
        } else {
            QVERIFY(!result.ok);
            QVERIFY2(result.reason.contains(refusal), qPrintable(result.reason));
            QVERIFY(sameCase(result.after, before));
            QVERIFY(result.events.isEmpty());
        }
        QCOMPARE(result.after.status, status);
        // allowedActions agrees with apply on every row.
        bool listed = false;
        for (const WorkflowAction &a : WorkflowEngine::allowedActions(before, test::actor(actor), ctx)) {
            if (a.kind == kind && (a.stepId == step || (kind == K::Withdraw && step == 0)))
                listed = listed || returnTo == 0 || a.returnTargets.contains(returnTo);
        }
        if (refusal.isEmpty())
            QVERIFY(listed);
        else if (!refusal.contains(QLatin1String("needs a comment")))
            QVERIFY(!listed);
    }

    // ---- Exhaustive: every action kind, on every step, by everyone, from every state.
    void everyActionFromEveryState()
    {
        const QList<K> kinds{K::Submit,    K::Approve, K::Read,        K::Return,  K::Reject, K::Withdraw,
                             K::SkipAhead, K::Decide,  K::ProxyDecide, K::Enforce, K::Close};
        int allowed = 0;
        int refused = 0;
        for (const auto &[name, before] : fixtures()) {
            QList<qint64> steps{0, 999};
            for (const WorkflowStep &s : before.allSteps())
                steps.append(s.id);
            for (bool absent : {false, true}) {
                const auto ctx = absent ? context({{Who::Kacho, Who::Proxy}, {Who::Hosa, 0}}) : context();
                for (qint64 who = 1; who <= Who::Last; ++who) {
                    const QList<WorkflowAction> list =
                        WorkflowEngine::allowedActions(before, actor(who), ctx);
                    for (K kind : kinds) {
                        for (qint64 step : steps) {
                            const auto result = WorkflowEngine::apply(
                                before, action(kind, step, QStringLiteral("コメント")), actor(who), ctx);
                            const QString where = QStringLiteral("%1: %2 step %3 by %4 (absent %5)")
                                                      .arg(name, toCode(kind))
                                                      .arg(step)
                                                      .arg(who)
                                                      .arg(absent);
                            bool listed = false;
                            const bool stepless = kind == K::Submit || kind == K::Enforce || kind == K::Close;
                            for (const WorkflowAction &a : list)
                                listed = listed || (a.kind == kind && (a.stepId == step || stepless));
                            if (kind == K::Withdraw && step == 0)
                                listed = listed || std::any_of(list.begin(), list.end(), [](const auto &a) {
                                             return a.kind == K::Withdraw;
                                         });
                            if (result.ok) {
                                ++allowed;
                                QVERIFY2(listed,
                                         qPrintable(where + QStringLiteral(" allowed but not listed")));
                                const QString broken = invariantViolation(result.after);
                                QVERIFY2(broken.isEmpty(), qPrintable(where + QStringLiteral(": ") + broken));
                            } else {
                                ++refused;
                                QVERIFY2(!result.reason.isEmpty(), qPrintable(where));
                                QVERIFY2(sameCase(result.after, before), qPrintable(where));
                                QVERIFY2(!listed || (kind == K::Submit && !result.problems.isEmpty()),
                                         qPrintable(where + QStringLiteral(" listed but refused: ") +
                                                    result.reason));
                            }
                        }
                    }
                }
            }
        }
        qInfo("every action from every state: %d allowed, %d refused with a reason", allowed, refused);
        QVERIFY(allowed > 100);
    }

    // ---- The walks of the issue.
    void consultRunsInParallelAndAllMustAct()
    {
        const auto ctx = context();
        WorkflowCase c = fixture(QStringLiteral("at consult"));
        QCOMPARE(stateOf(c, StepId::ConsultA), StepState::Pending);
        QCOMPARE(stateOf(c, StepId::ConsultB), StepState::Pending);
        c = play(c, {{K::Approve, StepId::ConsultB, Who::ConsultB, QStringLiteral("異議なし")}}, ctx);
        QCOMPARE(stateOf(c, StepId::Review2), StepState::Waiting); // one opinion is not enough
        c = play(c, {{K::Approve, StepId::ConsultA, Who::ConsultA}}, ctx);
        QCOMPARE(stateOf(c, StepId::Review2), StepState::Pending);
        QCOMPARE(c.step(StepId::ConsultB)->comment, QStringLiteral("異議なし"));
    }

    void resubmissionGoesBackToTheStepThatReturnedIt()
    {
        const auto ctx = context();
        WorkflowCase c = play(fixture(QStringLiteral("at decider")),
                              {{K::Return, StepId::Decide, Who::Kacho, kFixSums}}, ctx);
        QCOMPARE(c.status, DocumentStatus::Returned);
        QCOMPARE(c.step(StepId::Decide)->comment, kFixSums);
        c = play(c, {{K::Submit, 0, Who::Drafter}}, ctx);
        // Earlier approvals stand; the decider who sent it back has it again.
        for (qint64 id : {StepId::Review1, StepId::ConsultA, StepId::ConsultB, StepId::Review2})
            QCOMPARE(stateOf(c, id), StepState::Approved);
        QCOMPARE(stateOf(c, StepId::Decide), StepState::Pending);
        c = play(c, {{K::Decide, StepId::Decide, Who::Kacho}}, ctx);
        QCOMPARE(c.status, DocumentStatus::Decided);
        QCOMPARE(c.decidedOn, ctx.today);
    }

    void returnToAnEarlierStepComesBackToTheReturner()
    {
        const auto ctx = context();
        WorkflowCase c = fixture(QStringLiteral("returned to review1"));
        QCOMPARE(c.status, DocumentStatus::InReview);
        QCOMPARE(stateOf(c, StepId::Review1), StepState::Pending);
        QCOMPARE(c.step(StepId::Decide)->returnToStepId, StepId::Review1);
        c = play(c, {{K::Approve, StepId::Review1, Who::Kakaricho, QStringLiteral("修正済み")}}, ctx);
        QCOMPARE(stateOf(c, StepId::Review2), StepState::Approved); // not asked again
        QCOMPARE(stateOf(c, StepId::Decide), StepState::Pending);
        QCOMPARE(c.step(StepId::Decide)->returnToStepId, 0);
    }

    void proxyDecisionLeavesPostReviewToTheDecider()
    {
        const auto absent = context({{Who::Kacho, Who::Proxy}});
        WorkflowCase c = fixture(QStringLiteral("at decider"));
        const QList<WorkflowAction> proxyMay = WorkflowEngine::allowedActions(c, actor(Who::Proxy), absent);
        QVERIFY(std::any_of(proxyMay.begin(), proxyMay.end(),
                            [](const auto &a) { return a.kind == K::ProxyDecide; }));
        c = play(c, {{K::ProxyDecide, StepId::Decide, Who::Proxy, QStringLiteral("代決します")}}, absent);
        const WorkflowStep &d = *c.step(StepId::Decide);
        QCOMPARE(d.state, StepState::Decided);
        QCOMPARE(d.actedBy, Who::Proxy);
        QCOMPARE(d.actingFor, Who::Kacho);
        QCOMPARE(d.postReview, PostReviewMark::Owed);
        QCOMPARE(stateOf(c, StepId::PostReview), StepState::Pending); // the planned 後閲 is reached too
        c = play(c, {{K::Read, StepId::Decide, Who::Kacho}}, context());
        QCOMPARE(c.step(StepId::Decide)->postReview, PostReviewMark::Read);
        QCOMPARE(c.status, DocumentStatus::Decided);
    }

    void absentReviewerIsPassedAndReadsAfterwards()
    {
        const auto ctx = context({{Who::Hosa, 0}, {Who::ConsultA, Who::Proxy}});
        WorkflowCase c =
            play(fixture(QStringLiteral("at consult")), {{K::Approve, StepId::ConsultB, Who::ConsultB}}, ctx);
        // 合議 follows the proxy rule: the proxy answers for the absent partner.
        c = play(c, {{K::Approve, StepId::ConsultA, Who::Proxy}}, ctx);
        QCOMPARE(c.step(StepId::ConsultA)->actingFor, Who::ConsultA);
        // 課長補佐 is away: passed over as 後閲, the route goes straight to the decider.
        QCOMPARE(stateOf(c, StepId::Review2), StepState::Skipped);
        QCOMPARE(c.step(StepId::Review2)->skipReason, SkipReason::Absent);
        QCOMPARE(c.step(StepId::Review2)->postReview, PostReviewMark::Owed);
        QCOMPARE(stateOf(c, StepId::Decide), StepState::Pending);
        c = play(c, {{K::Decide, StepId::Decide, Who::Kacho}}, ctx);
        QVERIFY(invariantViolation(c).isEmpty());
        c = play(c, {{K::Read, StepId::Review2, Who::Hosa}}, ctx);
        QCOMPARE(c.step(StepId::Review2)->postReview, PostReviewMark::Read);
    }

    void absentDeciderWithoutProxyStaysDue()
    {
        const auto ctx = context({{Who::Kacho, 0}});
        const WorkflowCase c = fixture(QStringLiteral("at decider"));
        QCOMPARE(stateOf(c, StepId::Decide), StepState::Pending);
        for (qint64 who = 1; who <= Who::Last; ++who) {
            for (const WorkflowAction &a : WorkflowEngine::allowedActions(c, actor(who), ctx))
                QVERIFY2(a.kind != K::ProxyDecide, qPrintable(QString::number(who)));
        }
    }

    void skipAheadLeavesPostReviewThatNeverBlocks()
    {
        const auto ctx = context();
        const WorkflowCase before = fixture(QStringLiteral("at review"));
        WorkflowCase c = play(before, {{K::SkipAhead, StepId::Review2, Who::Hosa}}, ctx);
        for (qint64 id : {StepId::Review1, StepId::ConsultA, StepId::ConsultB}) {
            QCOMPARE(stateOf(c, id), StepState::Skipped);
            QCOMPARE(c.step(id)->skipReason, SkipReason::SkipAhead);
            QCOMPARE(c.step(id)->postReview, PostReviewMark::Owed);
        }
        QCOMPARE(stateOf(c, StepId::Decide), StepState::Pending);
        // The skipped may read at any time; the route does not wait for them.
        c = play(c, {{K::Decide, StepId::Decide, Who::Kacho}, {K::Read, StepId::Review1, Who::Kakaricho}},
                 ctx);
        QCOMPARE(c.status, DocumentStatus::Decided);
        // 引戻し of an 引上げ restores exactly what was skipped.
        const WorkflowCase back = play(play(before, {{K::SkipAhead, StepId::Review2, Who::Hosa}}, ctx),
                                       {{K::Withdraw, StepId::Review2, Who::Hosa}}, ctx);
        QCOMPARE(back.status, before.status);
        for (const WorkflowStep &s : before.allSteps())
            QVERIFY(s.sameState(*back.step(s.id)));
    }

    void withdrawRestoresTheStateBefore()
    {
        const auto ctx = context();
        const WorkflowCase draft = fixture(QStringLiteral("draft"));
        const WorkflowCase back =
            play(draft, {{K::Submit, 0, Who::Drafter}, {K::Withdraw, 0, Who::Drafter}}, ctx);
        QCOMPARE(back.status, DocumentStatus::Draft);
        QVERIFY(sameCase(back, draft));
        const WorkflowCase atConsult = fixture(QStringLiteral("at consult"));
        const WorkflowCase pulled = play(atConsult, {{K::Withdraw, 0, Who::Kakaricho}}, ctx);
        QCOMPARE(stateOf(pulled, StepId::Review1), StepState::Pending);
        QCOMPARE(stateOf(pulled, StepId::ConsultA), StepState::Waiting);
        QVERIFY(pulled.undo.isEmpty());
        // Re-submission after 差戻し can be pulled back too: the returning step waits again.
        const WorkflowCase returned = fixture(QStringLiteral("returned to drafter"));
        const WorkflowCase again =
            play(returned, {{K::Submit, 0, Who::Drafter}, {K::Withdraw, 0, Who::Drafter}}, ctx);
        QVERIFY(sameCase(again, returned));
    }

    void rejectionEndsTheCase()
    {
        const WorkflowCase c = fixture(QStringLiteral("rejected"));
        QCOMPARE(c.status, DocumentStatus::Rejected);
        QCOMPARE(c.step(StepId::Decide)->comment, kFixSums);
        QVERIFY(!c.hasStepIn(StepState::Pending));
        for (qint64 who = 1; who <= Who::Last; ++who) {
            for (const WorkflowAction &a : WorkflowEngine::allowedActions(c, actor(who), context()))
                QVERIFY2(a.kind == K::Read, qPrintable(toCode(a.kind)));
        }
    }

    void enforcementIsNotBeforeTheDecision()
    {
        const WorkflowCase c = fixture(QStringLiteral("decided"));
        WorkflowAction enforce = action(K::Enforce);
        enforce.date = c.decidedOn.addDays(-1);
        auto result = WorkflowEngine::apply(c, enforce, actor(Who::Drafter), context());
        QVERIFY(!result.ok);
        QVERIFY2(result.reason.contains(QStringLiteral("before the 決裁日")), qPrintable(result.reason));
        enforce.date = c.decidedOn;
        result = WorkflowEngine::apply(c, enforce, actor(Who::Drafter), context());
        QVERIFY2(result.ok, qPrintable(result.reason));
        QCOMPARE(result.after.enforcedOn, c.decidedOn);
    }

    void aRecordsManagerOfTheUnitClosesACirculationEarly()
    {
        const auto ctx = context();
        WorkflowCase report = standardReport();
        report.unitId = 50;
        report = play(report, {{K::Submit, 0, Who::Drafter}, {K::Read, StepId::Circulate1, Who::Kakaricho}}, ctx);
        QCOMPARE(report.status, DocumentStatus::InReview);
        WorkflowEngine::Actor records = actor(Who::Records);
        WorkflowEngine::Actor elsewhere = records;
        elsewhere.unitScope = {51, 52};
        records.unitScope = {49, 50};
        const WorkflowAction close = action(K::CloseEarly, 0, QStringLiteral("出張のため打切り"));
        // Not the 文書管理者 of another 課, not a reader, not without a reason.
        QVERIFY(WorkflowEngine::refusal(report, close, elsewhere, ctx).contains(QStringLiteral("records manager")));
        QVERIFY(WorkflowEngine::refusal(report, close, actor(Who::Hosa), ctx).contains(QStringLiteral("records manager")));
        QVERIFY(WorkflowEngine::refusal(report, action(K::CloseEarly), records, ctx).contains(QStringLiteral("reason")));
        const auto listed = [&](const WorkflowEngine::Actor &who) {
            const QList<WorkflowAction> list = WorkflowEngine::allowedActions(report, who, ctx);
            return std::any_of(list.begin(), list.end(), [](const WorkflowAction &a) { return a.kind == K::CloseEarly; });
        };
        QVERIFY(listed(records));
        QVERIFY(!listed(elsewhere));
        QVERIFY(!listed(actor(Who::Hosa)));
        const WorkflowEngine::Result result = WorkflowEngine::apply(report, close, records, ctx);
        QVERIFY2(result.ok, qPrintable(result.reason));
        QCOMPARE(result.after.status, DocumentStatus::Closed);
        QVERIFY(result.after.closedAt.isValid());
        QCOMPARE(result.after.step(StepId::Circulate1)->state, StepState::Read); // kept
        for (qint64 left : {StepId::Circulate2, StepId::Circulate3}) {
            QCOMPARE(result.after.step(left)->state, StepState::Skipped);
            QCOMPARE(result.after.step(left)->skipReason, SkipReason::Ended);
        }
        QCOMPARE(result.events.size(), 1);
        QCOMPARE(result.events.first().action, QStringLiteral("close_early"));
        QCOMPARE(result.events.first().comment, QStringLiteral("出張のため打切り"));
        QCOMPARE(result.events.first().details.value(QStringLiteral("readers_left")).toInt(), 2);
        // Afterwards nobody confirms, and there is nothing to withdraw.
        QVERIFY(!WorkflowEngine::refusal(result.after, action(K::Read, StepId::Circulate2), actor(Who::Hosa), ctx)
                     .isEmpty());
        QVERIFY(result.after.undo.isEmpty());
        // A 決裁 is never closed early, even by an administrator.
        WorkflowEngine::Actor admin = actor(Who::Stranger);
        admin.roles.append(Role::Admin);
        const WorkflowCase decision = play(standardDecision(), {{K::Submit, 0, Who::Drafter}}, ctx);
        QVERIFY(!WorkflowEngine::refusal(decision, close, admin, ctx).isEmpty());
        QVERIFY(WorkflowEngine::refusal(report, close, admin, ctx).isEmpty());
    }

    void reportIsCirculatedAndClosesWithoutDecision()
    {
        const WorkflowCase c = fixture(QStringLiteral("report closed"));
        QCOMPARE(c.status, DocumentStatus::Closed);
        QVERIFY(!c.decidedOn.isValid());
        QVERIFY(c.closedAt.isValid());
        QVERIFY(!c.hasStepIn(StepState::Decided));
    }

    // ---- 提出 lists every problem at once.
    void validationListsEveryProblem()
    {
        WorkflowCase c = standardDecision();
        c.title = QStringLiteral("  ");
        c.decisionLevelId = 0;
        c.fileId = 0;
        c.stages[0].steps[0].assigneeId = Who::Drafter;                      // drafter on the deciding line
        c.stages[2].steps[0].assigneeActive = false;                         // inactive 課長補佐
        c.stages[3].steps[0].assigneeRank = 40;                              // decider below the level
        c.stages[1].steps.append(makeStep(17, StepKind::Decide, Who::Hosa)); // a second 決裁, not alone
        c.stages.append(WorkflowCase::Stage{9, {}});                         // an empty stage
        const auto result = WorkflowEngine::apply(c, action(K::Submit), actor(Who::Drafter), context());
        QVERIFY(!result.ok);
        const QStringList expected{QStringLiteral("title"),
                                   QStringLiteral("決裁区分"),
                                   QStringLiteral("簿冊"),
                                   QStringLiteral("drafter cannot approve"),
                                   QStringLiteral("inactive"),
                                   QStringLiteral("ranks below"),
                                   QStringLiteral("2 決裁"),
                                   QStringLiteral("alone in its stage"),
                                   QStringLiteral("stage 6 has no steps")};
        for (const QString &part : expected)
            QVERIFY2(result.problems.join(QLatin1Char('|')).contains(part),
                     qPrintable(part + QStringLiteral(" not in ") + result.problems.join(QLatin1Char('|'))));
        QVERIFY(result.reason.contains(result.problems.first()));

        WorkflowCase empty = standardDecision();
        empty.stages.clear();
        QVERIFY(RouteValidator::problems(empty).contains(QStringLiteral("the route has no steps")));
        WorkflowCase report = standardReport();
        report.stages[0].steps[0] = makeStep(21, StepKind::Decide, Who::Kakaricho);
        const QString reportProblems = RouteValidator::problems(report).join(QLatin1Char('|'));
        QVERIFY2(reportProblems.contains(QLatin1String("not decided")), qPrintable(reportProblems));
        QVERIFY(RouteValidator::problems(standardDecision()).isEmpty());
        QVERIFY(RouteValidator::problems(standardReport()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWorkflowEngine)
#include "tst_workflowengine.moc"
