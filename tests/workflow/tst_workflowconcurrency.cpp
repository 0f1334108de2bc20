// SPDX-License-Identifier: GPL-3.0-or-later
// Many clients at once: threads, each with its own connection, act on a small hot set of
// documents (so they collide on the same steps) until every document is finished. Each
// action is decided on a view and applied with that view's row version. Afterwards: every
// successful action is in the audit log and in the document's version (zero lost updates),
// every case is a valid state, the 文書番号 run 1..n without gaps or duplicates, and the
// audit chain is intact.
#include "core/audit/AuditLog.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/workflow/EnforcementStore.h"
#include "core/workflow/WorkflowStore.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/WorkflowOrg.h"
#include "tests/workflow/WorkflowFixtures.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <atomic>
#include <map>
#include <memory>

using namespace kessai;
using K = WorkflowActionKind;

namespace {
constexpr int kThreads = 6;
constexpr int kDocuments = 300;
constexpr int kHotSet = 4;          // documents the threads fight over at any time
constexpr qint64 kBudgetMs = 20000; // a slow machine stops early: what was done is checked all the same

struct Success
{
    qint64 document = 0;
    int version = 0;
    K kind = K::Approve;
};
} // namespace

class TestWorkflowConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void manyClientsActingAtOnceLoseNothing()
    {
        test::TestDatabase db;
        StoreConnection connection(db.url());
        test::WorkflowOrg org;
        KESSAI_TRY(org.setUp(connection));
        // The 課長 is away all along with a proxy: decisions are 代決 or in person, with 後閲.
        Absence away{0,        org.suzuki, QDate::currentDate().addDays(-3), QDate::currentDate().addDays(3),
                     org.kato, {}};
        KESSAI_TRY(OrgStore(connection).addAbsence(Session(connection), away));
        QList<qint64> documents;
        {
            Session ito(connection, QStringLiteral("ito_t"));
            WorkflowStore store(connection);
            for (int i = 0; i < kDocuments; ++i) {
                const qint64 doc = org.draft(ito, QStringLiteral("同時処理 %1").arg(i + 1));
                KESSAI_TRY(store.setRoute(ito, doc, org.standardRoute()));
                documents.append(doc);
            }
        }
        QHash<qint64, WorkflowEngine::Actor> actors;
        QHash<qint64, QString> logins;
        for (const User &u : OrgStore(connection).users()) {
            if (test::WorkflowOrg::logins().contains(u.login)) {
                actors.insert(u.id, WorkflowEngine::Actor{u.id, u.roles, {}});
                logins.insert(u.id, u.login);
            }
        }
        WorkflowEngine::Context ctx;
        ctx.today = QDate::currentDate();
        ctx.absentees.insert(org.suzuki, org.kato);

        std::vector<std::atomic<bool>> finished(documents.size());
        std::atomic<int> conflicts{0};
        std::atomic<int> attempts{0};
        QMutex mutex;
        QList<Success> successes;
        QStringList unexpected;
        QElapsedTimer clock;
        clock.start();
        const QStringList failures =
            test::runInThreads(db.url(), kThreads, [&](StoreConnection &mine, int index) {
                std::map<qint64, std::unique_ptr<Session>>
                    sessions; // everyone, played with --as on this connection
                for (auto it = logins.constBegin(); it != logins.constEnd(); ++it)
                    sessions[it.key()] = std::make_unique<Session>(mine, it.value());
                WorkflowStore store(mine);
                QRandomGenerator rng(quint32(1000 + index));
                QList<Success> mySuccesses;
                while (clock.elapsed() < kBudgetMs) {
                    QList<int> hot;
                    for (int i = 0; i < documents.size() && hot.size() < kHotSet; ++i) {
                        if (!finished[i])
                            hot.append(i);
                    }
                    if (hot.isEmpty())
                        break;
                    const int pick = hot.at(rng.bounded(int(hot.size())));
                    const qint64 doc = documents.at(pick);
                    int version = 0;
                    const WorkflowCase c = store.load(doc, &version);
                    QList<QPair<WorkflowAction, qint64>> progress;
                    QList<QPair<WorkflowAction, qint64>> detours; // 差戻し, 引戻し, 却下: rarer
                    for (auto it = actors.constBegin(); it != actors.constEnd(); ++it) {
                        for (const WorkflowAction &a : WorkflowEngine::allowedActions(c, it.value(), ctx)) {
                            const bool detour =
                                a.kind == K::Return || a.kind == K::Withdraw || a.kind == K::Reject;
                            (detour ? detours : progress).append({a, it.key()});
                        }
                    }
                    if (progress.isEmpty()) { // closed or rejected (後閲 reads aside): done
                        finished[pick] = true;
                        continue;
                    }
                    const bool takeDetour = !detours.isEmpty() && rng.bounded(100) < 8;
                    QPair<WorkflowAction, qint64> choice =
                        takeDetour ? detours.at(rng.bounded(int(detours.size())))
                                   : progress.at(rng.bounded(int(progress.size())));
                    WorkflowAction &a = choice.first;
                    if (a.kind == K::Reject && rng.bounded(4)) // keep most cases going to the end
                        continue;
                    if (a.commentRequired())
                        a.comment = QStringLiteral("修正願います");
                    if (!a.returnTargets.isEmpty() && rng.bounded(2))
                        a.returnToStepId = a.returnTargets.at(rng.bounded(int(a.returnTargets.size())));
                    ++attempts;
                    try {
                        int now = 0;
                        if (a.kind == K::Enforce) { // 施行 goes with its record
                            Enforcement record;
                            record.documentId = doc;
                            record.destinations = {{0, QStringLiteral("北海道庁")}};
                            now = EnforcementStore(mine).record(*sessions.at(choice.second), record, version);
                        } else {
                            now = store.apply(*sessions.at(choice.second), doc, a, version);
                        }
                        mySuccesses.append({doc, now, a.kind});
                    } catch (const StoreError &error) {
                        if (error.kind() == StoreError::Kind::Conflict &&
                            error.message().contains(QLatin1String("already "
                                                                   "processed by"))) {
                            ++conflicts;
                        } else {
                            const QMutexLocker lock(&mutex);
                            unexpected << QStringLiteral("%1 on %2: %3")
                                              .arg(toCode(a.kind))
                                              .arg(doc)
                                              .arg(error.message());
                        }
                    }
                }
                const QMutexLocker lock(&mutex);
                successes += mySuccesses;
            });
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.mid(0, 5).join(QLatin1Char('\n'))));
        qInfo("%s: %d threads, %d documents, %d attempts, %zu successful actions, %d conflicts refused, %lld "
              "ms "
              "(%.0f actions/s)",
              qPrintable(test::TestDatabase::backendName()), kThreads, kDocuments, attempts.load(),
              size_t(successes.size()), conflicts.load(), elapsed,
              successes.size() * 1000.0 / double(elapsed));
        QVERIFY(attempts >= 1000);
        QVERIFY2(conflicts > 0, "the threads never collided: the test proves nothing");

        // Zero lost updates: each success is one audited event at its own version, and the
        // versions of a document count exactly its successes.
        QSet<QPair<qint64, int>> succeeded;
        QHash<qint64, int> perDocument;
        for (const Success &s : std::as_const(successes)) {
            QVERIFY2(!succeeded.contains({s.document, s.version}), "two successes at one version");
            succeeded.insert({s.document, s.version});
            ++perDocument[s.document];
        }
        QSet<QPair<qint64, int>> audited;
        SqlQuery events(connection,
                        QStringLiteral("SELECT entity_id, details FROM audit_events WHERE action LIKE "
                                       "'workflow.%' AND entity_type = 'document'"));
        events.exec();
        while (events.next()) {
            const QJsonObject details = QJsonDocument::fromJson(events.text(1).toUtf8()).object();
            if (!details.value(QStringLiteral("by_route")).toBool())
                audited.insert({events.id(0), details.value(QStringLiteral("row_version")).toInt()});
        }
        QCOMPARE(audited.size(), succeeded.size());
        QCOMPARE(audited, succeeded);
        WorkflowStore store(connection);
        int finishedCount = 0;
        int numbered = 0;
        for (qint64 doc : std::as_const(documents)) {
            int version = 0;
            const WorkflowCase c = store.load(doc, &version);
            QCOMPARE(version, 2 + perDocument.value(doc)); // created 1, route set 2
            const QString broken = test::invariantViolation(c);
            QVERIFY2(broken.isEmpty(), qPrintable(QStringLiteral("document %1: %2").arg(doc).arg(broken)));
            finishedCount +=
                c.status == DocumentStatus::Closed || c.status == DocumentStatus::Rejected ? 1 : 0;
            numbered += c.status != DocumentStatus::Draft || version > 2 ? 1 : 0;
        }
        qInfo("%d of %d documents finished (closed or rejected)", finishedCount, kDocuments);
        // 文書番号: 1..n in the one unit and year, no gap, no duplicate.
        SqlQuery numbers(connection,
                         QStringLiteral("SELECT doc_number FROM documents WHERE number_unit_id = ? "
                                        "ORDER BY doc_number"));
        numbers.bind(org.division).exec();
        int expected = 0;
        while (numbers.next())
            QCOMPARE(numbers.value(0).toInt(), ++expected);
        QCOMPARE(expected, numbered);
        AuditLog::Verification verification;
        KESSAI_TRY(verification = AuditLog(connection).verify());
        QVERIFY2(verification.intact, qPrintable(verification.problem));
        qInfo("audit chain intact over %lld events", verification.eventsChecked);
    }
};

QTEST_GUILESS_MAIN(TestWorkflowConcurrency)
#include "tst_workflowconcurrency.moc"
