// SPDX-License-Identifier: GPL-3.0-or-later
// SubmissionCheck (issue 19), by the drafter on their own connection, on each backend: the
// preview shows the 既定経路 提出 would take and what would refuse it, and changes nothing (its
// trial is rolled back); after 提出 the outcome names the 文書番号 and who has it now.
#include "core/documents/DocumentStore.h"
#include "core/org/Session.h"
#include "core/store/StoreConnection.h"
#include "core/workflow/RouteReader.h"
#include "core/workflow/SubmissionCheck.h"
#include "core/workflow/WorkflowStore.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/WorkflowOrg.h"

#include <QTest>

#include <memory>

using namespace kessai;

class TestSubmissionCheck : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<StoreConnection> m_connection;
    test::WorkflowOrg m_org;
    std::unique_ptr<test::SessionAs> m_drafter;

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::TestDatabase>();
        KESSAI_TRY(m_connection = std::make_unique<StoreConnection>(m_db->url()));
        KESSAI_TRY(m_org.setUp(*m_connection));
        KESSAI_TRY(m_drafter = std::make_unique<test::SessionAs>(*m_db, *m_connection, QStringLiteral("ito_t")));
    }

    void cleanupTestCase()
    {
        m_drafter.reset();
        m_connection.reset();
        m_db.reset();
    }

    void previewChangesNothingThenTheOutcomeSaysWhoIsNext()
    {
        Session &ito = m_drafter->session();
        qint64 doc = 0;
        KESSAI_TRY(doc = m_org.draft(ito, QStringLiteral("公用車の更新について")));
        const int before = DocumentStore(*m_connection).document(doc)->rowVersion;
        SubmissionCheck::Preview preview;
        KESSAI_TRY(preview = SubmissionCheck::preview(ito, doc));
        QVERIFY(preview.defaultRoute);
        QVERIFY2(preview.problems.isEmpty(), qPrintable(preview.problems.join(QLatin1Char('|'))));
        QCOMPARE(preview.route.size(), qsizetype(3));
        QVERIFY(preview.route.last().contains(QStringLiteral("鈴木 浩")));
        QVERIFY(!preview.decisionLevel.isEmpty());
        QVERIFY(!preview.file.isEmpty());
        // Rolled back: no route, same row version, still a draft.
        QVERIFY(RouteReader(*m_connection).route(doc).isEmpty());
        QCOMPARE(DocumentStore(*m_connection).document(doc)->rowVersion, before);
        QCOMPARE(DocumentStore(*m_connection).document(doc)->status, DocumentStatus::Draft);

        KESSAI_TRY(WorkflowStore(ito.connection()).submit(ito, doc, {}, preview.rowVersion));
        SubmissionCheck::Outcome outcome;
        KESSAI_TRY(outcome = SubmissionCheck::outcome(ito, doc));
        QCOMPARE(outcome.numberLabel, DocumentStore(*m_connection).document(doc)->numberLabel);
        QCOMPARE(outcome.next, QStringList{QStringLiteral("係長 佐藤 由美")});
        QVERIFY(SubmissionCheck::message(outcome).contains(outcome.numberLabel));
    }

    void previewNamesWhatIsMissing()
    {
        Session &ito = m_drafter->session();
        DocumentRecord draft;
        draft.title = QStringLiteral("決裁区分のない起案");
        draft.unitId = m_org.division;
        qint64 doc = 0;
        KESSAI_TRY(doc = DocumentStore(ito.connection()).createDraft(ito, draft));
        SubmissionCheck::Preview preview;
        KESSAI_TRY(preview = SubmissionCheck::preview(ito, doc));
        QVERIFY(preview.decisionLevel.isEmpty());
        QVERIFY(!preview.problems.isEmpty());
        QVERIFY(RouteReader(*m_connection).route(doc).isEmpty());
    }
};

QTEST_MAIN(TestSubmissionCheck)
#include "tst_submissioncheck.moc"
