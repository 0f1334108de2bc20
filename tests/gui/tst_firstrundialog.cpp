// SPDX-License-Identifier: GPL-3.0-or-later
// First start on an empty database: the first-run dialog creates the organization with the
// current identity as administrator and, if asked, loads the demo data.
#include "core/documents/DocumentStore.h"
#include "core/org/OrgStore.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "gui/FirstRunDialog.h"
#include "gui/FolderListModel.h"
#include "gui/MainWindow.h"
#include "gui/StoreClient.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace kessai;
using namespace kessai::gui;

class TestFirstRunDialog : public QObject
{
    Q_OBJECT

private slots:
    void createsOrganizationWithDemoData()
    {
        test::TestDatabase db;
        StoreClient client;
        MainWindow window(&client, db.url());
        window.show();
        window.start();
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<FirstRunDialog *>() != nullptr, 10000);
        FirstRunDialog *dialog = window.findChild<FirstRunDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // no organization name yet
        dialog->setOrganizationName(QStringLiteral("デモ県"));
        dialog->setAdminName(QStringLiteral("管理 花子"));
        dialog->setLoadDemoData(true);
        QVERIFY(ok->isEnabled());
        ok->click();
        QTRY_VERIFY_WITH_TIMEOUT(window.isReady(), 20000);
        QTRY_VERIFY(window.folderModel()->count(InboxFolder::All) > 10);
        QVERIFY(!window.findChild<FirstRunDialog *>() || !window.findChild<FirstRunDialog *>()->isVisible());

        StoreConnection connection(db.url());
        OrgStore org(connection);
        QCOMPARE(org.organizationName(), QStringLiteral("デモ県"));
        const auto admin = org.userByLogin(db.defaultLogin());
        QVERIFY(admin);
        QCOMPARE(admin->displayName, QStringLiteral("管理 花子"));
        QVERIFY(admin->hasRole(Role::Admin));
        QVERIFY(org.units().size() >= 9);
    }

    void withoutDemoDataStartsEmpty()
    {
        test::TestDatabase db;
        StoreClient client;
        MainWindow window(&client, db.url());
        window.show();
        window.start();
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<FirstRunDialog *>() != nullptr, 10000);
        FirstRunDialog *dialog = window.findChild<FirstRunDialog *>();
        QVERIFY(dialog);
        dialog->setOrganizationName(QStringLiteral("空の町"));
        dialog->setLoadDemoData(false);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY_WITH_TIMEOUT(window.isReady(), 20000);
        QTRY_COMPARE(window.folderModel()->count(InboxFolder::All), 0);
        StoreConnection connection(db.url());
        QVERIFY(OrgStore(connection).units().isEmpty());
    }

    void cancellingLeavesDatabaseWithoutOrganization()
    {
        test::TestDatabase db;
        StoreClient client;
        MainWindow window(&client, db.url());
        window.show();
        window.start();
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<FirstRunDialog *>() != nullptr, 10000);
        FirstRunDialog *dialog = window.findChild<FirstRunDialog *>();
        QVERIFY(dialog);
        dialog->reject();
        QTRY_VERIFY(!window.lastError().isEmpty());
        QVERIFY(!window.isReady());
        // Only the dialog's Create makes the store: cancelled, there is none (opening had made it).
        KESSAI_EXPECT_ERROR(StoreError::Kind::NoStore,
                            StoreConnection(db.url(), StoreConnection::Open::Existing));
        if (!test::TestDatabase::isPostgreSQL())
            QVERIFY(!QFileInfo::exists(db.url().path()));
    }

    void aNamedDatabaseThatIsMissingIsRefused()
    {
        // kessai --database PATH with a typo: failed before, a new database was made there.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("typo/kessai.sqlite"));
        StoreClient client;
        MainWindow window(&client, DatabaseUrl::sqlite(path));
        window.setStoreCreationAllowed(false);
        window.show();
        window.start();
        QTRY_VERIFY_WITH_TIMEOUT(!window.lastError().isEmpty(), 10000);
        QVERIFY2(window.lastError().contains(QStringLiteral("typo")), qPrintable(window.lastError()));
        QVERIFY(!window.findChild<FirstRunDialog *>());
        QVERIFY(!window.isReady());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("typo"))));
    }
};

QTEST_MAIN(TestFirstRunDialog)
#include "tst_firstrundialog.moc"
