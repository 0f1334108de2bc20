// SPDX-License-Identifier: GPL-3.0-or-later
// Random action sequences by random people on random routes (fixed seeds): whatever happens,
// the case never reaches an invalid state, refusals change nothing and give a reason,
// allowedActions agrees with apply, and 引戻し restores exactly what the last action changed.
#include "core/workflow/WorkflowEngine.h"
#include "tests/workflow/WorkflowFixtures.h"

#include <QRandomGenerator>
#include <QTest>

using namespace kessai;
using namespace kessai::test;
using K = WorkflowActionKind;

namespace {
constexpr int kSequencesPerSeed = 500;
constexpr int kActionsPerSequence = 60;

qint64 anyone(QRandomGenerator &rng)
{
    return 1 + rng.bounded(int(Who::Last));
}

// Routes of 1–5 stages: 回議, parallel 合議, a 決裁 at the end, sometimes 後閲; now and then a
// broken one (no 決裁, drafter on the line, inactive assignee) that 提出 must refuse.
WorkflowCase randomCase(QRandomGenerator &rng)
{
    WorkflowCase c;
    c.documentId = 1;
    c.drafterId = Who::Drafter;
    c.kind = rng.bounded(5) == 0 ? DocumentKind::Report : DocumentKind::Decision;
    c.title = rng.bounded(30) == 0 ? QString() : QStringLiteral("件名");
    c.decisionLevelId = 1;
    c.fileId = rng.bounded(30) == 0 ? 0 : 1;
    qint64 nextId = 11;
    const qint64 line[] = {Who::Kakaricho, Who::Hosa, Who::ConsultA, Who::ConsultB};
    const int stages = 1 + rng.bounded(4);
    for (int i = 0; i < stages; ++i) {
        WorkflowCase::Stage stage;
        stage.id = i + 1;
        const int width = rng.bounded(3) == 0 ? 2 + rng.bounded(2) : 1;
        for (int j = 0; j < width; ++j) {
            StepKind kind = c.needsDecision()
                                ? (width > 1 || rng.bounded(3) == 0 ? StepKind::Consult : StepKind::Review)
                                : StepKind::Circulate;
            if (rng.bounded(12) == 0)
                kind = StepKind::PostReview;
            qint64 who = line[rng.bounded(4)];
            if (rng.bounded(40) == 0)
                who = Who::Drafter;
            WorkflowStep s = makeStep(nextId++, kind, who);
            if (rng.bounded(4) == 0)
                s.absenceRule = AbsenceRule::Proxy;
            s.assigneeActive = rng.bounded(50) != 0;
            stage.steps.append(s);
        }
        c.stages.append(stage);
    }
    if (c.needsDecision() && rng.bounded(25) != 0)
        c.stages.append({qint64(stages + 1), {makeStep(nextId++, StepKind::Decide, Who::Kacho)}});
    if (rng.bounded(3) == 0)
        c.stages.append({qint64(stages + 2), {makeStep(nextId++, StepKind::PostReview, Who::Reader)}});
    return c;
}

WorkflowEngine::Context randomContext(QRandomGenerator &rng, const QDate &today)
{
    WorkflowEngine::Context ctx = context();
    ctx.today = today;
    ctx.now = QDateTime(today, QTime(9, 0).addSecs(rng.bounded(28800)), Qt::UTC);
    for (qint64 who : {Who::Kakaricho, Who::Hosa, Who::ConsultA, Who::ConsultB, Who::Kacho, Who::Reader}) {
        if (rng.bounded(5) == 0)
            ctx.absentees.insert(who, rng.bounded(3) == 0 ? anyone(rng) : (rng.bounded(4) ? Who::Proxy : 0));
    }
    return ctx;
}

struct Choice
{
    WorkflowAction action;
    qint64 actor = 0;
};

Choice randomChoice(QRandomGenerator &rng, const WorkflowCase &c, const QList<Choice> &options)
{
    Choice choice;
    if (rng.bounded(100) < 75) { // mostly something someone may do, so that cases get far
        if (!options.isEmpty()) {
            choice = options.at(rng.bounded(int(options.size())));
            if (!choice.action.returnTargets.isEmpty() && rng.bounded(2))
                choice.action.returnToStepId =
                    choice.action.returnTargets.at(rng.bounded(int(choice.action.returnTargets.size())));
            if (choice.action.commentRequired() || rng.bounded(3) == 0)
                choice.action.comment = rng.bounded(15) == 0 ? QStringLiteral(" ") : QStringLiteral("所見");
            if (choice.action.kind == K::Enforce && c.decidedOn.isValid())
                choice.action.date = c.decidedOn.addDays(rng.bounded(5) - 1);
            return choice;
        }
    }
    // Anything at all: any kind, any step (or none, or one not on the route), anyone.
    const QList<WorkflowStep> steps = c.allSteps();
    choice.action.kind = static_cast<K>(rng.bounded(int(K::Close) + 1));
    const int pick = rng.bounded(int(steps.size()) + 2);
    choice.action.stepId = pick < steps.size() ? steps.at(pick).id : (pick == steps.size() ? 0 : 999);
    choice.action.returnToStepId =
        rng.bounded(2) && !steps.isEmpty() ? steps.at(rng.bounded(int(steps.size()))).id : 0;
    choice.action.comment = rng.bounded(2) ? QStringLiteral("所見") : QString();
    choice.actor = anyone(rng);
    return choice;
}

bool listed(const QList<WorkflowAction> &list, const WorkflowAction &a)
{
    for (const WorkflowAction &l : list) {
        if (l.kind != a.kind)
            continue;
        const bool stepless = a.kind == K::Submit || a.kind == K::Enforce || a.kind == K::Close;
        const bool sameStep = stepless || l.stepId == a.stepId || (a.kind == K::Withdraw && a.stepId == 0);
        if (sameStep &&
            (a.kind != K::Return || a.returnToStepId == 0 || l.returnTargets.contains(a.returnToStepId)))
            return true;
    }
    return false;
}
} // namespace

class TestWorkflowRandom : public QObject
{
    Q_OBJECT

private slots:
    void randomSequencesKeepInvariants_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 7u, 42u, 2026u, 31337u, 65521u})
            QTest::addRow("seed %u", seed) << seed;
    }

    void randomSequencesKeepInvariants()
    {
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        QHash<QString, int> succeeded;
        QHash<DocumentStatus, int> finalStatus;
        int refused = 0;
        for (int sequence = 0; sequence < kSequencesPerSeed; ++sequence) {
            WorkflowCase c = randomCase(rng);
            WorkflowEngine::Context ctx = randomContext(rng, QDate(2026, 4, 1).addDays(rng.bounded(300)));
            WorkflowCase beforeUndoable;
            for (int i = 0; i < kActionsPerSequence; ++i) {
                if (rng.bounded(8) == 0)
                    ctx = randomContext(rng, ctx.today.addDays(rng.bounded(3)));
                QHash<qint64, QList<WorkflowAction>> allowed;
                QList<Choice> options;
                for (qint64 who = 1; who <= Who::Last; ++who) {
                    allowed.insert(who, WorkflowEngine::allowedActions(c, actor(who), ctx));
                    for (const WorkflowAction &option : allowed.value(who))
                        options.append({option, who});
                }
                if (options.isEmpty() && c.status != DocumentStatus::Draft && rng.bounded(4) == 0)
                    break; // finished: nobody can do anything any more
                const Choice choice = randomChoice(rng, c, options);
                const WorkflowAction &a = choice.action;
                const auto result = WorkflowEngine::apply(c, a, actor(choice.actor), ctx);
                const QString where = QStringLiteral("seed %1, sequence %2, action %3: %4 step %5 by %6")
                                          .arg(seed)
                                          .arg(sequence)
                                          .arg(i)
                                          .arg(toCode(a.kind))
                                          .arg(a.stepId)
                                          .arg(choice.actor);
                const bool isListed = listed(allowed.value(choice.actor), a);
                if (!result.ok) {
                    ++refused;
                    QVERIFY2(!result.reason.isEmpty(), qPrintable(where));
                    QVERIFY2(sameCase(result.after, c),
                             qPrintable(where + QStringLiteral(": refusal changed the case")));
                    QVERIFY2(result.events.isEmpty(), qPrintable(where));
                    // Listed but refused only for what the dialog asks: a comment, a date, 提出's problems.
                    const bool parameterProblem = (a.commentRequired() && a.comment.trimmed().isEmpty()) ||
                                                  (a.kind == K::Enforce) ||
                                                  (a.kind == K::Submit && !result.problems.isEmpty());
                    QVERIFY2(!isListed || parameterProblem,
                             qPrintable(where + QStringLiteral(" listed but refused: ") + result.reason));
                    continue;
                }
                QVERIFY2(isListed, qPrintable(where + QStringLiteral(" allowed but not listed")));
                QVERIFY2(!result.events.isEmpty(), qPrintable(where));
                const QString broken = invariantViolation(result.after);
                QVERIFY2(broken.isEmpty(), qPrintable(where + QStringLiteral(": ") + broken));
                if (a.kind == K::Withdraw) {
                    // Exactly the steps the undone action changed are back; the rest is as it was.
                    QCOMPARE(result.after.status, beforeUndoable.status);
                    for (const WorkflowStep &s : c.allSteps()) {
                        const WorkflowStep &expected = c.undo.touches(s.id) ? *beforeUndoable.step(s.id) : s;
                        QVERIFY2(result.after.step(s.id)->sameState(expected),
                                 qPrintable(where + QStringLiteral(": step %1 not restored").arg(s.id)));
                    }
                }
                if (!result.after.undo.isEmpty() && result.after.undo.toJson() != c.undo.toJson())
                    beforeUndoable = c;
                ++succeeded[result.events.first().action];
                c = result.after;
            }
            ++finalStatus[c.status];
        }
        int total = refused;
        for (int n : std::as_const(succeeded))
            total += n;
        qInfo("seed %u: %d actions, %d refused; decided/enforced/closed/rejected/returned cases: "
              "%d/%d/%d/%d/%d",
              seed, total, refused, finalStatus.value(DocumentStatus::Decided),
              finalStatus.value(DocumentStatus::Enforced), finalStatus.value(DocumentStatus::Closed),
              finalStatus.value(DocumentStatus::Rejected), finalStatus.value(DocumentStatus::Returned));
        // Every action was actually taken somewhere in the run, not only refused.
        for (const char *code : {"submit", "approve", "read", "post_review_read", "return", "reject",
                                 "withdraw", "skip_ahead", "decide", "proxy_decide", "enforce", "close"})
            QVERIFY2(succeeded.value(QLatin1String(code)) > 0, code);
    }
};

QTEST_GUILESS_MAIN(TestWorkflowRandom)
#include "tst_workflowrandom.moc"
