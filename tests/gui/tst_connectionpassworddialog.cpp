// SPDX-License-Identifier: GPL-3.0-or-later
// A PostgreSQL role that must log in with a password (the test cluster's kessai_password_login
// group uses scram-sha-256), through the real main window and a real keychain (the private
// gnome-keyring of scripts/with-keyring.sh): the first start asks and saves, the next start asks
// nothing, a password changed on the server is asked again and replaces the saved one, and
// Tools → 保存したパスワードを削除 removes it. The password is never in a file.
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/store/ConnectionSecrets.h"
#include "core/store/StoreConnection.h"
#include "credentials/PasswordVault.h"
#include "gui/ConnectionPasswordDialog.h"
#include "gui/ConnectionPasswordFlow.h"
#include "gui/MainWindow.h"
#include "gui/StoreClient.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QLocalServer>
#include <QProcess>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace kessai;
using namespace kessai::gui;
using credentials::PasswordVault;

namespace {
const QString kRole = QStringLiteral("kessai_pw_clerk");
const QString kPassword = QStringLiteral("Kagi-2026-secret");
const QString kChanged = QStringLiteral("Kagi-2026-changed");

/// One start of the application: its store thread and main window.
struct Start
{
    std::unique_ptr<StoreClient> client = std::make_unique<StoreClient>();
    std::unique_ptr<MainWindow> window;
    ~Start() { window.reset(); } // the window before the store thread it uses
};

QString status(const PasswordVault::Result &result)
{
    return result.ok() ? QStringLiteral("ok:") + result.password
                       : QStringLiteral("status %1 %2").arg(int(result.status)).arg(result.error);
}
} // namespace

class TestConnectionPasswordDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_db;
    DatabaseUrl m_url;
    QString m_key;
    PasswordVault m_vault;

    /// A new start of the application: nothing in memory, only what the keychain holds.
    std::unique_ptr<Start> start()
    {
        ConnectionSecrets::forget(m_key);
        auto started = std::make_unique<Start>();
        started->window = std::make_unique<MainWindow>(started->client.get(), m_url);
        started->window->show();
        started->window->start();
        return started;
    }

    static ConnectionPasswordDialog *waitForDialog(MainWindow &window)
    {
        if (!QTest::qWaitFor([&window] { return window.passwordFlow()->dialog() != nullptr; }, 20000))
            return nullptr;
        ConnectionPasswordDialog *dialog = window.passwordFlow()->dialog();
        return QTest::qWaitFor([dialog] { return dialog->isVisible(); }, 5000) ? dialog : nullptr;
    }

    static void enter(ConnectionPasswordDialog *dialog, const QString &password)
    {
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        edit->clear();
        QTest::keyClicks(edit, password);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    }

    static bool dialogSays(ConnectionPasswordDialog *dialog, const QString &words)
    {
        for (const QLabel *label : dialog->findChildren<QLabel *>()) {
            if (label->isVisible() && label->text().contains(words))
                return true;
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        if (!test::TestDatabase::isPostgreSQL())
            QSKIP("passwords are a PostgreSQL server's");
        // Never the real user's keychain: only the one scripts/with-keyring.sh made for this run.
        if (!qEnvironmentVariableIsSet("KESSAI_PRIVATE_KEYRING"))
            QFAIL("run through ctest: scripts/with-keyring.sh gives this test a keychain of its own");
        m_db = std::make_unique<test::TestDatabase>();
        {
            StoreConnection connection(m_db->url());
            const qint64 unit = test::setUpDraftingOffice(connection, QStringLiteral("管理 太郎"));
            Session admin(connection);
            OrgStore org(connection);
            User clerk;
            clerk.login = kRole;
            clerk.displayName = QStringLiteral("鍵 太郎");
            clerk.titleId = org.titleByName(QStringLiteral("係員"))->id;
            clerk.unitId = unit;
            clerk.roles = {Role::Clerk};
            org.addUser(admin, clerk);
        }
        m_url = m_db->urlWithPassword(kRole, kPassword);
        m_key = ConnectionSecrets::keyFor(m_url);
        if (qEnvironmentVariableIsSet("KESSAI_PWDIALOG_CHILD"))
            m_vault.setTimeoutMs(1000); // its bus never answers
        m_vault.removeNow(m_key);
    }

    void firstStartAsksOnceAndSavesInTheKeychain()
    {
        auto app = start();
        ConnectionPasswordDialog *dialog = waitForDialog(*app->window);
        QVERIFY2(dialog, qPrintable(app->window->lastError()));
        QVERIFY(dialogSays(dialog, m_key));
        QVERIFY(dialog->savePassword()); // saving is the default
        enter(dialog, kPassword);
        QTRY_VERIFY_WITH_TIMEOUT(app->window->isReady(), 20000);
        QVERIFY(!app->window->passwordFlow()->dialog());
        QTRY_COMPARE_WITH_TIMEOUT(status(m_vault.readNow(m_key)), QStringLiteral("ok:") + kPassword, 15000);

        // In the keychain only: no file under the private HOME or the settings folder holds it.
        int scanned = 0;
        for (const QString &root : {QDir::homePath(), qEnvironmentVariable("XDG_CONFIG_HOME")}) {
            if (root.isEmpty())
                continue;
            QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile file(files.next());
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray content = file.readAll();
                ++scanned;
                QVERIFY2(!content.contains(kPassword.toUtf8()), qPrintable(file.fileName()));
                QVERIFY2(!content.contains(QByteArray(reinterpret_cast<const char *>(kPassword.utf16()),
                                                      kPassword.size() * 2)),
                         qPrintable(file.fileName()));
            }
        }
        QVERIFY(scanned > 0); // at least the keyring's own (encrypted) file
    }

    void nextStartAsksNothing()
    {
        auto app = start();
        // A dialog would wait for typing: ready without any means the keychain's password served.
        QTRY_VERIFY_WITH_TIMEOUT(app->window->isReady(), 20000);
        QVERIFY(!app->window->passwordFlow()->dialog());
        QCOMPARE(ConnectionSecrets::password(m_key), kPassword);
    }

    void passwordChangedOnTheServerIsAskedAgainAndReplaced()
    {
        m_db->urlWithPassword(kRole, kChanged);
        auto app = start();
        ConnectionPasswordDialog *dialog = waitForDialog(*app->window);
        QVERIFY2(dialog, qPrintable(app->window->lastError()));
        QVERIFY(dialogSays(dialog, QStringLiteral("saved password")));

        enter(dialog, QStringLiteral("not-it"));
        // Refused: the dialog stays, says so, and takes input again.
        QTRY_VERIFY_WITH_TIMEOUT(dialogSays(dialog, QStringLiteral("refused this password")), 20000);
        QTRY_VERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->isEnabled());
        QVERIFY(!app->window->isReady());

        enter(dialog, kChanged);
        QTRY_VERIFY_WITH_TIMEOUT(app->window->isReady(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(status(m_vault.readNow(m_key)), QStringLiteral("ok:") + kChanged, 15000);
    }

    void withoutSavingNothingIsKept()
    {
        QVERIFY(m_vault.removeNow(m_key).status != PasswordVault::Status::Failed);
        auto app = start();
        ConnectionPasswordDialog *dialog = waitForDialog(*app->window);
        QVERIFY(dialog);
        dialog->findChild<QCheckBox *>(QStringLiteral("savePassword"))->setChecked(false);
        enter(dialog, kChanged);
        QTRY_VERIFY_WITH_TIMEOUT(app->window->isReady(), 20000);
        QCOMPARE(int(m_vault.readNow(m_key).status), int(PasswordVault::Status::NotFound));
    }

    void deleteSavedPasswordRemovesIt()
    {
        QVERIFY(m_vault.writeNow(m_key, kChanged).ok());
        auto app = start();
        QTRY_VERIFY_WITH_TIMEOUT(app->window->isReady(), 20000);
        auto *remove = app->window->findChild<QAction *>(QStringLiteral("removeSavedPasswordAction"));
        QVERIFY(remove);
        QVERIFY(remove->isEnabled());
        app->window->statusBar()->clearMessage();
        remove->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            app->window->statusBar()->currentMessage().contains(QLatin1String("deleted")), 15000);
        QCOMPARE(int(m_vault.readNow(m_key).status), int(PasswordVault::Status::NotFound));

        // So the next start asks again; declining leaves the window without a store.
        auto again = start();
        ConnectionPasswordDialog *dialog = waitForDialog(*again->window);
        QVERIFY(dialog);
        dialog->reject();
        QTRY_VERIFY(!again->window->lastError().isEmpty());
        QVERIFY(!again->window->isReady());
    }

    void keychainThatNeverAnswersStillAsks()
    {
        if (qEnvironmentVariableIsSet("KESSAI_PWDIALOG_CHILD"))
            QSKIP("the parent's case");
        // The child's session bus accepts connections and never answers: every keychain call
        // hangs, and only the vault's timeout ends it. A fresh process, since a bus once reached
        // stays the process's bus.
        QTemporaryDir dir;
        QLocalServer silent;
        QVERIFY(silent.listen(dir.filePath(QStringLiteral("silent-bus"))));
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("KESSAI_PWDIALOG_CHILD"), QStringLiteral("1"));
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                           QStringLiteral("unix:path=") + silent.fullServerName());
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("childWithSilentKeychain")});
        const bool finished = child.waitForFinished(90000);
        if (!finished)
            child.kill();
        const QByteArray output = child.readAll();
        QVERIFY2(finished, output.constData());
        QVERIFY2(child.exitCode() == 0, output.constData());
        QVERIFY2(output.contains("PASS   : TestConnectionPasswordDialog::childWithSilentKeychain()"),
                 output.constData());
    }

    /// Run by keychainThatNeverAnswersStillAsks in a child process.
    void childWithSilentKeychain()
    {
        if (!qEnvironmentVariableIsSet("KESSAI_PWDIALOG_CHILD"))
            QSKIP("runs in a child process of keychainThatNeverAnswersStillAsks");
        auto app = start();
        app->window->passwordFlow()->vault()->setTimeoutMs(1500);
        ConnectionPasswordDialog *dialog = waitForDialog(*app->window);
        QVERIFY2(dialog, qPrintable(app->window->lastError()));
        QVERIFY(dialogSays(dialog, QStringLiteral("keychain could not be read")));
        enter(dialog, kPassword);
        QTRY_VERIFY_WITH_TIMEOUT(app->window->isReady(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            app->window->statusBar()->currentMessage().contains(QLatin1String("could not be saved")), 20000);
    }

    void cleanupTestCase()
    {
        if (!m_key.isEmpty())
            m_vault.removeNow(m_key);
        m_db.reset();
    }
};

QTEST_MAIN(TestConnectionPasswordDialog)
#include "tst_connectionpassworddialog.moc"
