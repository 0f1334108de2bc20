// SPDX-License-Identifier: GPL-3.0-or-later
// ReturnHistory (issue 19): after a 差戻し and the re-submission the round is still there —
// who sent it back, to whom, when, with what comment; what the drafter changed (件名, 本文, an
// attachment added, a new version); the 再提出 — and a second round sent back to an earlier
// step ends when that step acts again. Read by a participant on their own connection
// (PostgreSQL: the server shows them the document's events), by each backend.
#include "core/documents/AttachmentStore.h"
#include "core/documents/DocumentStore.h"
#include "core/editing/AttachmentVersions.h"
#include "core/org/Session.h"
#include "core/store/StoreConnection.h"
#include "core/workflow/ReturnHistory.h"
#include "core/workflow/RouteReader.h"
#include "core/workflow/WorkflowStore.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/WorkflowOrg.h"

#include <QBuffer>
#include <QTest>

#include <map>
#include <memory>

using namespace kessai;
using K = WorkflowActionKind;
using Kind = ReturnRound::Change::Kind;

class TestReturnHistory : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<StoreConnection> m_connection;
    test::WorkflowOrg m_org;
    std::map<QString, std::unique_ptr<test::SessionAs>> m_people;

    Session &as(const char *login) { return m_people.at(QLatin1String(login))->session(); }
    void act(const char *login, qint64 doc, K kind, const QString &comment = {}, qint64 returnTo = 0)
    {
        Session &session = as(login);
        WorkflowStore(session.connection()).act(session, doc, kind, comment, returnTo);
    }
    static bool has(const ReturnRound &round, Kind kind, const QString &detail = {})
    {
        for (const ReturnRound::Change &change : round.changes) {
            if (change.kind == kind && (detail.isEmpty() || change.detail == detail))
                return true;
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::TestDatabase>();
        KESSAI_TRY(m_connection = std::make_unique<StoreConnection>(m_db->url()));
        KESSAI_TRY(m_org.setUp(*m_connection));
        for (const QString &login : test::WorkflowOrg::logins())
            KESSAI_TRY(m_people[login] = std::make_unique<test::SessionAs>(*m_db, *m_connection, login));
    }

    void cleanupTestCase()
    {
        m_people.clear();
        m_connection.reset();
        m_db.reset();
    }

    void everyRoundIsKept()
    {
        Session &ito = as("ito_t");
        qint64 doc = 0;
        KESSAI_TRY(doc = m_org.draft(ito, QStringLiteral("防災訓練の実施について")));
        AttachmentRecord first;
        {
            QBuffer bytes;
            bytes.setData(QByteArrayLiteral("実施要領 第1版\n"));
            bytes.open(QIODevice::ReadOnly);
            KESSAI_TRY(first = AttachmentStore(ito.connection()).add(ito, doc, bytes, {QStringLiteral("実施要領.txt"), {}, {}}));
        }
        RoutePlan plan;
        plan.stages = {{RoutePlan::step(StepKind::Review, m_org.sato)},
                       {RoutePlan::step(StepKind::Review, m_org.takahashi)},
                       {RoutePlan::step(StepKind::Decide, m_org.suzuki)}};
        KESSAI_TRY(WorkflowStore(ito.connection()).setRoute(ito, doc, plan));
        KESSAI_TRY(act("ito_t", doc, K::Submit));
        KESSAI_TRY(act("sato_y", doc, K::Approve));
        QCOMPARE(ReturnHistory(as("sato_y").connection()).rounds(doc).size(), qsizetype(0));

        // Round 1: the 課長補佐 sends it back to the drafter, who corrects it and re-submits.
        const QString why = QStringLiteral("日程を10月に改め、実施要領を差し替えてください。");
        KESSAI_TRY(act("takahashi_m", doc, K::Return, why));
        DocumentRecord draft = *DocumentStore(ito.connection()).document(doc);
        draft.title = QStringLiteral("防災訓練（10月）の実施について");
        draft.body += QStringLiteral("\n日程を10月15日に改めました。");
        KESSAI_TRY(DocumentStore(ito.connection()).updateDraft(ito, draft));
        {
            QBuffer bytes;
            bytes.setData(QByteArrayLiteral("実施要領 第2版（10月）\n"));
            bytes.open(QIODevice::ReadOnly);
            KESSAI_TRY(AttachmentVersions(ito.connection()).addVersion(ito, first.id, bytes, {}, 1));
            QBuffer map;
            map.setData(QByteArrayLiteral("避難経路図\n"));
            map.open(QIODevice::ReadOnly);
            KESSAI_TRY(AttachmentStore(ito.connection()).add(ito, doc, map, {QStringLiteral("避難経路.txt"), {}, {}}));
        }
        KESSAI_TRY(act("ito_t", doc, K::Submit));
        // The route table has moved on: the step is due again, its comment gone from it.
        const QList<RouteStep> route = RouteReader(*m_connection).route(doc);
        qint64 satoStep = 0;
        for (const RouteStep &step : route) {
            if (step.assigneeId == m_org.takahashi)
                QVERIFY(step.comment.isEmpty());
            if (step.assigneeId == m_org.sato)
                satoStep = step.id;
        }

        // Round 2: back to the 係長's step, who approves again.
        KESSAI_TRY(act("takahashi_m", doc, K::Return, QStringLiteral("係長も確認を"), satoStep));
        KESSAI_TRY(act("sato_y", doc, K::Approve, QStringLiteral("確認しました")));

        // Read by a participant (the 係長) on their own connection.
        QList<ReturnRound> rounds;
        KESSAI_TRY(rounds = ReturnHistory(as("sato_y").connection()).rounds(doc));
        QCOMPARE(rounds.size(), qsizetype(2));
        const ReturnRound &one = rounds.at(0);
        QCOMPARE(one.returnedByName, QStringLiteral("高橋 美咲"));
        QCOMPARE(one.returnedByTitle, QStringLiteral("課長補佐"));
        QCOMPARE(one.returnToStepId, qint64(0));
        QCOMPARE(one.returnedToName, QStringLiteral("伊藤 拓也"));
        QCOMPARE(one.comment, why);
        QVERIFY(one.returnedAt.isValid());
        QVERIFY2(has(one, Kind::Title, draft.title), "the new 件名");
        QVERIFY(has(one, Kind::Body));
        QVERIFY(has(one, Kind::AttachmentAdded, QStringLiteral("避難経路.txt")));
        QVERIFY(has(one, Kind::NewVersion, QStringLiteral("実施要領.txt")));
        QVERIFY(one.resubmitted());
        QCOMPARE(one.cameBackByName, QStringLiteral("伊藤 拓也"));
        QVERIFY(one.cameBackAt >= one.returnedAt);

        const ReturnRound &two = rounds.at(1);
        QCOMPARE(two.returnToStepId, satoStep);
        QCOMPARE(two.comment, QStringLiteral("係長も確認を"));
        QVERIFY(two.changes.isEmpty());
        QVERIFY(two.resubmitted());
        QCOMPARE(two.returnedToTitle, QStringLiteral("係長"));

        // Every change has its line.
        for (const ReturnRound::Change &change : one.changes)
            QVERIFY(!ReturnHistory::describe(change).isEmpty());
    }
};

QTEST_MAIN(TestReturnHistory)
#include "tst_returnhistory.moc"
