// SPDX-License-Identifier: GPL-3.0-or-later
// ツール → 不在と代理者: the user registers their own absence with a proxy from the window, sees it
// listed, and a backwards period is refused naming the field, with nothing stored.
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/store/StoreConnection.h"
#include "gui/AbsenceDialog.h"
#include "gui/StoreClient.h"
#include "translations/TranslationLoader.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/WorkflowOrg.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace kessai;
using namespace kessai::gui;

class TestAbsenceDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("KESSAI_SCREENSHOTS"))
            TranslationLoader::install(QStringLiteral("ja"));
    }

    void registersOwnAbsenceWithProxy()
    {
        test::TestDatabase db;
        test::WorkflowOrg org;
        QString login;
        {
            StoreConnection connection(db.url());
            org.setUp(connection);
            // SQLite plays the 係長; on PostgreSQL the test's own login (the administrator) is the user.
            login = test::TestDatabase::isPostgreSQL() ? Session(connection).user().login : QStringLiteral("sato_y");
        }
        StoreClient client;
        client.call<bool>(
            this,
            [&db, login](StoreWorker &worker) {
                worker.open(db.url());
                worker.startSession(test::TestDatabase::isPostgreSQL() ? QString() : login);
                return true;
            },
            [](bool) {});
        AbsenceDialog dialog(&client);
        dialog.show();
        dialog.load();
        QTRY_VERIFY(dialog.isLoaded());
        QCOMPARE(dialog.table()->rowCount(), 0);
        QVERIFY(dialog.proxyBox()->count() > 2);
        QCOMPARE(dialog.proxyBox()->itemData(0).toLongLong(), qint64(0)); // no proxy: 後閲

        // A backwards period: refused here, naming the field; nothing is stored.
        const QDate from(2026, 12, 21);
        dialog.startEdit()->setDate(from);
        dialog.endEdit()->setDate(from.addDays(-3));
        QCOMPARE(dialog.endEdit()->date(), from.addDays(-3));
        dialog.registerButton()->click();
        QVERIFY2(dialog.message().startsWith(QCoreApplication::translate("kessai::gui::AbsenceDialog", "To")),
                 qPrintable(dialog.message()));

        // The 課長 as proxy for three days of 出張.
        dialog.endEdit()->setDate(from.addDays(2));
        const int suzuki = dialog.proxyBox()->findData(org.suzuki);
        QVERIFY(suzuki > 0);
        dialog.proxyBox()->setCurrentIndex(suzuki);
        dialog.reasonEdit()->setText(QStringLiteral("出張"));
        dialog.registerButton()->click();
        QTRY_COMPARE(dialog.table()->rowCount(), 1);
        QVERIFY(dialog.table()->item(0, 2)->text().contains(QStringLiteral("鈴木")));
        QCOMPARE(dialog.table()->item(0, 3)->text(), QStringLiteral("出張"));
        // With KESSAI_SCREENSHOTS=DIR (in Japanese), the dialog is saved for a reviewer to look at.
        if (const QString dir = qEnvironmentVariable("KESSAI_SCREENSHOTS"); !dir.isEmpty())
            dialog.grab().save(dir + QStringLiteral("/absence.png"));

        StoreConnection connection(db.url());
        OrgStore store(connection);
        const QList<Absence> stored = store.absences(store.userByLogin(login)->id);
        QCOMPARE(stored.size(), qsizetype(1));
        QCOMPARE(stored.first().startsOn, from);
        QCOMPARE(stored.first().endsOn, from.addDays(2));
        QCOMPARE(stored.first().proxyUserId, org.suzuki);
        QCOMPARE(stored.first().reason, QStringLiteral("出張"));
    }
};

QTEST_MAIN(TestAbsenceDialog)
#include "tst_absencedialog.moc"
