// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonDocument>
#include <QString>
#include <QStringList>
#include <QTest>

#include <initializer_list>

namespace kessai::test {

/// Arguments written as UTF-8 literals: {"unit", "add", "--code", "総務"}.
using Args = std::initializer_list<const char *>;
QStringList toList(Args args);

/// What one run of the kessai-cli binary did.
struct CliResult
{
    bool finished = false; ///< started and exited normally in time
    int exitCode = -1;
    QString out;
    QString err;
    QByteArray outBytes; ///< stdout as written (binary output such as export-blob -)

    QStringList lines() const { return out.split(u'\n', Qt::SkipEmptyParts); }
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
    QString describe() const;
};

struct CliOptions
{
    QString database;         ///< passed as --database when not empty
    QString workingDirectory; ///< the child's current folder
    QHash<QString, QString> environment;
};

/// Runs the binary (KESSAI_CLI_PATH) with LC_ALL=C.UTF-8 and without KESSAI_DATABASE unless
/// options set it; waits for it to finish (no sleeping).
CliResult runCli(const QStringList &arguments, const CliOptions &options = {});
CliResult runCli(Args arguments, const CliOptions &options = {});

/// An error is exactly one line on stderr, prefixed with the program name.
bool isOneErrorLine(const QString &err);

bool writeFile(const QString &path, const QByteArray &content);

} // namespace kessai::test

// Each evaluates its argument once: it may be the call that runs the CLI.
#define RUN_OK(result)                                                                                       \
    do {                                                                                                     \
        const kessai::test::CliResult &ran_ = (result);                                                      \
        QVERIFY2(ran_.finished &&ran_.exitCode == 0, qPrintable(ran_.describe()));                           \
    } while (false)

#define RUN_FAILS(result, code)                                                                              \
    do {                                                                                                     \
        const kessai::test::CliResult &ran_ = (result);                                                      \
        QVERIFY2(ran_.finished &&ran_.exitCode == (code), qPrintable(ran_.describe()));                      \
        QVERIFY2(kessai::test::isOneErrorLine(ran_.err), qPrintable(ran_.describe()));                       \
    } while (false)
