// SPDX-License-Identifier: GPL-3.0-or-later
// The route editor: starts from the 専決規程's default route, a step added in parallel makes
// a 合議 stage, and saving stores exactly that route.
#include "core/documents/DocumentStore.h"
#include "core/org/Session.h"
#include "core/store/StoreConnection.h"
#include "core/workflow/RouteReader.h"
#include "gui/RouteEditorDialog.h"
#include "gui/StoreClient.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/WorkflowOrg.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace kessai;
using namespace kessai::gui;

class TestRouteEditorDialog : public QObject
{
    Q_OBJECT

private slots:
    void editsAndSavesTheRoute()
    {
        if (test::TestDatabase::isPostgreSQL())
            QSKIP("--as plays the drafter on SQLite; the route rules are covered on both backends by "
                  "tst_routeplanning");
        test::TestDatabase db;
        test::WorkflowOrg org;
        qint64 document = 0;
        {
            StoreConnection connection(db.url());
            org.setUp(connection);
            Session drafter(connection, QStringLiteral("ito_t"));
            document = org.draft(drafter, QStringLiteral("経路のテスト"));
        }
        StoreClient client;
        client.call<bool>(
            this,
            [url = db.url()](StoreWorker &worker) {
                worker.open(url);
                worker.startSession(QStringLiteral("ito_t"));
                return true;
            },
            [](bool) {});
        RouteEditorDialog dialog(&client, document);
        QSignalSpy loaded(&dialog, &RouteEditorDialog::loaded);
        dialog.show();
        dialog.load();
        QTRY_COMPARE(loaded.size(), 1);
        const int defaultSteps = dialog.plan().stepCount();
        QVERIFY2(defaultSteps >= 2, "the 課長専決 default route has a 係長 and the 課長 at least");
        QCOMPARE(dialog.plan().stages.last().first().kind, StepKind::Decide);

        // A 合議 with 人事課長, in parallel with the first step.
        RoutePlan plan = dialog.plan();
        RoutePlan::Step consult = RoutePlan::step(StepKind::Consult, org.watanabe);
        plan.stages.first().append(consult);
        dialog.setPlan(plan);
        QCOMPARE(dialog.table()->rowCount(), defaultSteps + 1);
        QCOMPARE(dialog.plan().stages.first().size(), qsizetype(2));
        // 修正可 on the 合議 step: the user ticks its box in the last column.
        QCheckBox *mayEdit = nullptr;
        for (int row = 0; row < dialog.table()->rowCount(); ++row) {
            auto *box =
                qobject_cast<QCheckBox *>(dialog.table()->cellWidget(row, dialog.table()->columnCount() - 1));
            QVERIFY(box && !box->isChecked());
            if (row == 1)
                mayEdit = box;
        }
        mayEdit->click();
        QVERIFY(dialog.plan().stages.first().at(1).mayEdit);

        QSignalSpy saved(&dialog, &RouteEditorDialog::saved);
        // OK saves through the store, then closes.
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE(saved.size(), 1);
        StoreConnection connection(db.url());
        const QList<RouteStep> route = RouteReader(connection).route(document);
        QCOMPARE(route.size(), qsizetype(defaultSteps + 1));
        int firstStage = 0;
        for (const RouteStep &step : route)
            firstStage += step.stageSeq == route.first().stageSeq ? 1 : 0;
        QCOMPARE(firstStage, 2);
        bool consulted = false;
        for (const RouteStep &step : route) {
            const bool consult = step.kind == StepKind::Consult && step.assigneeId == org.watanabe;
            consulted |= consult;
            QCOMPARE(step.mayEdit, consult); // stored with the route
        }
        QVERIFY(consulted);
    }
};

QTEST_MAIN(TestRouteEditorDialog)
#include "tst_routeeditordialog.moc"
