// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/cli/CliRunner.h"

#include <QFile>
#include <QProcess>

namespace kessai::test {

QStringList toList(Args args)
{
    QStringList list;
    for (const char *arg : args)
        list.append(QString::fromUtf8(arg));
    return list;
}

QString CliResult::describe() const
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(exitCode).arg(out, err);
}

CliResult runCli(const QStringList &arguments, const CliOptions &options)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("KESSAI_DATABASE"));
    for (auto it = options.environment.cbegin(); it != options.environment.cend(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    if (!options.workingDirectory.isEmpty())
        process.setWorkingDirectory(options.workingDirectory);
    QStringList all;
    if (!options.database.isEmpty())
        all << QStringLiteral("--database") << options.database;
    all << arguments;
    process.start(QStringLiteral(KESSAI_CLI_PATH), all);
    CliResult result;
    if (!process.waitForStarted(10000))
        return result;
    result.finished = process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.outBytes = process.readAllStandardOutput();
    result.out = QString::fromUtf8(result.outBytes);
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

CliResult runCli(Args arguments, const CliOptions &options)
{
    return runCli(toList(arguments), options);
}

bool isOneErrorLine(const QString &err)
{
    return err.startsWith(QLatin1String("kessai-cli: ")) && err.endsWith(QLatin1Char('\n')) &&
           err.count(QLatin1Char('\n')) == 1;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

} // namespace kessai::test
