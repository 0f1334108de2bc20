// SPDX-License-Identifier: GPL-3.0-or-later
// PasswordVault against a real keychain: the private gnome-keyring that scripts/with-keyring.sh
// starts. A keychain that cannot be reached, or a bus that never answers, must give an error
// within the vault's timeout, never hang: those cases run in a child process, because the
// session bus a process has reached once stays its bus.
#include "credentials/PasswordVault.h"

#include <QElapsedTimer>
#include <QLocalServer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <cstdio>

using kessai::credentials::PasswordVault;

namespace {
QString uniqueKey()
{
    return QStringLiteral("tester@/tmp/sock:5432/db_%1").arg(QUuid::createUuid().toString(QUuid::Id128));
}

const char *statusName(PasswordVault::Status status)
{
    switch (status) {
    case PasswordVault::Status::Ok:
        return "ok";
    case PasswordVault::Status::NotFound:
        return "not-found";
    case PasswordVault::Status::Failed:
        return "failed";
    case PasswordVault::Status::TimedOut:
        return "timed-out";
    }
    return "?";
}
} // namespace

class TestPasswordVault : public QObject
{
    Q_OBJECT

private:
    /// Runs childProbe in a copy of this test with the session bus at busAddress; returns its
    /// "status elapsed-ms" line.
    QString probeInChild(const QString &busAddress, qint64 *elapsedMs)
    {
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("KESSAI_VAULT_CHILD"), QStringLiteral("1"));
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
        child.setProcessEnvironment(environment);
        QElapsedTimer clock;
        clock.start();
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("childProbe")});
        if (!child.waitForFinished(30000)) {
            child.kill();
            child.waitForFinished();
            return QStringLiteral("child hung");
        }
        *elapsedMs = clock.elapsed();
        const QString output = QString::fromUtf8(child.readAllStandardOutput());
        for (const QString &line : output.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("VAULT-RESULT "))) {
                qInfo("child: %s after %lld ms", qPrintable(line.mid(13)), *elapsedMs);
                return line.mid(13).trimmed();
            }
        }
        return QStringLiteral("no result: ") + output + QString::fromUtf8(child.readAllStandardError());
    }

private slots:
    void initTestCase()
    {
        // Never the real user's keychain: only the one scripts/with-keyring.sh made for this run.
        if (!qEnvironmentVariableIsSet("KESSAI_PRIVATE_KEYRING"))
            QFAIL("run through ctest: scripts/with-keyring.sh gives this test a keychain of its own");
    }

    void writeReadOverwriteRemove()
    {
        PasswordVault vault;
        const QString key = uniqueKey();
        QVERIFY2(vault.writeNow(key, QStringLiteral("first secret")).ok(), "write");
        PasswordVault::Result read = vault.readNow(key);
        QCOMPARE(statusName(read.status), "ok");
        QCOMPARE(read.password, QStringLiteral("first secret"));

        QVERIFY(vault.writeNow(key, QStringLiteral("二番目の秘密 ✓")).ok());
        read = vault.readNow(key);
        QCOMPARE(read.password, QStringLiteral("二番目の秘密 ✓"));

        QVERIFY(vault.removeNow(key).ok());
        read = vault.readNow(key);
        QCOMPARE(statusName(read.status), "not-found");
        QVERIFY(read.password.isEmpty());
    }

    void missingKeyIsNotFoundNotAnError()
    {
        PasswordVault vault;
        const PasswordVault::Result result = vault.readNow(uniqueKey());
        QCOMPARE(statusName(result.status), "not-found");
        QVERIFY(result.error.isEmpty());
    }

    void keysAreSeparate()
    {
        PasswordVault vault;
        const QString a = uniqueKey();
        const QString b = uniqueKey();
        QVERIFY(vault.writeNow(a, QStringLiteral("for a")).ok());
        QVERIFY(vault.writeNow(b, QStringLiteral("for b")).ok());
        QCOMPARE(vault.readNow(a).password, QStringLiteral("for a"));
        QVERIFY(vault.removeNow(b).ok());
        QCOMPARE(vault.readNow(a).password, QStringLiteral("for a"));
        QCOMPARE(statusName(vault.readNow(b).status), "not-found");
        vault.removeNow(a);
    }

    void asynchronousCallbackOnThisThread()
    {
        PasswordVault vault;
        const QString key = uniqueKey();
        bool written = false;
        vault.write(key, QStringLiteral("async"), [&](const PasswordVault::Result &result) {
            QVERIFY(result.ok());
            QCOMPARE(QThread::currentThread(), vault.thread());
            written = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(written, 10000);
        QString password;
        vault.read(key, [&](const PasswordVault::Result &result) { password = result.password; });
        QTRY_COMPARE_WITH_TIMEOUT(password, QStringLiteral("async"), 10000);
        vault.removeNow(key);
    }

    void noCallbackOnceTheVaultIsGone()
    {
        bool called = false;
        {
            PasswordVault vault;
            vault.read(uniqueKey(), [&](const PasswordVault::Result &) { called = true; });
        }
        // A second vault's answer proves the keychain has answered the first job by now (jobs run in order).
        PasswordVault later;
        QCOMPARE(statusName(later.readNow(uniqueKey()).status), "not-found");
        QVERIFY(!called);
    }

    void unreachableKeychainFailsQuickly()
    {
        QTemporaryDir dir;
        qint64 elapsed = 0;
        const QString result =
            probeInChild(QStringLiteral("unix:path=%1/no-bus-here").arg(dir.path()), &elapsed);
        QVERIFY2(result.startsWith(QLatin1String("failed")) || result.startsWith(QLatin1String("timed-out")),
                 qPrintable(result));
        QVERIFY2(elapsed < 15000, qPrintable(QString::number(elapsed)));
    }

    void silentBusTimesOut()
    {
        // A socket that accepts connections and never says a word: the bus handshake waits forever.
        QTemporaryDir dir;
        QLocalServer silent;
        const QString path = dir.filePath(QStringLiteral("silent-bus"));
        QVERIFY(silent.listen(path));
        qint64 elapsed = 0;
        const QString result = probeInChild(QStringLiteral("unix:path=%1").arg(path), &elapsed);
        QVERIFY2(result.startsWith(QLatin1String("timed-out")) || result.startsWith(QLatin1String("failed")),
                 qPrintable(result));
        QVERIFY2(elapsed < 15000, qPrintable(QString::number(elapsed)));
    }

    /// Run only by the two tests above, in a child process with its own session bus address.
    void childProbe()
    {
        if (!qEnvironmentVariableIsSet("KESSAI_VAULT_CHILD"))
            QSKIP("runs in a child process of unreachableKeychainFailsQuickly and silentBusTimesOut");
        PasswordVault vault;
        vault.setTimeoutMs(2000);
        const PasswordVault::Result result = vault.readNow(uniqueKey());
        std::printf("VAULT-RESULT %s %s\n", statusName(result.status), qPrintable(result.error));
        std::fflush(stdout);
    }
};

QTEST_GUILESS_MAIN(TestPasswordVault)
#include "tst_passwordvault.moc"
