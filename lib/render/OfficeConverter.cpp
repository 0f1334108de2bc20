// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/OfficeConverter.h"

#include "render/ChildProcessPlatform.h"
#include "render/OfficeArchiveCheck.h"
#include "render/PdfPageSource.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <mutex>
#include <poppler-qt6.h>

Q_LOGGING_CATEGORY(lcConverter, "kessai.render.converter", QtWarningMsg)

namespace kessai::render {

QString OfficeConverter::program()
{
    const QString configured = qEnvironmentVariable("KESSAI_SOFFICE");
    if (!configured.isEmpty())
        return QFileInfo(configured).isExecutable() ? configured : QString();
    QString found = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
    return found;
}

QString OfficeConverter::converterName()
{
    static std::once_flag once;
    static QString name;
    std::call_once(once, [] {
        name = QStringLiteral("LibreOffice");
        const QString soffice = program();
        if (soffice.isEmpty())
            return;
        QProcess process;
        ChildProcessPlatform::dieWithParent(process);
        process.start(soffice, {QStringLiteral("--version")});
        if (process.waitForFinished(15000)) {
            const QString line = QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
            const QStringList words = line.split(QLatin1Char(' '));
            if (words.size() >= 2 && words.at(0) == QLatin1String("LibreOffice"))
                name = words.at(0) + QLatin1Char(' ') + words.at(1);
        } else {
            ChildProcessPlatform::killGroup(process);
        }
    });
    return name;
}

OfficeConverter::Result OfficeConverter::validate(const QString &pdfPath)
{
    Result result;
    result.pdf = pdfPath;
    QFile file(pdfPath);
    if (!file.exists() || file.size() == 0) {
        result.error = tr("LibreOffice produced no PDF.");
        return result;
    }
    if (!file.open(QIODevice::ReadOnly) || !file.read(1024).contains("%PDF-")) {
        result.error = tr("LibreOffice's output is not a PDF.");
        return result;
    }
    file.close();
    PdfPageSource::routePopplerMessages();
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(pdfPath);
    if (!document || document->isLocked() || document->numPages() <= 0) {
        result.error = tr("LibreOffice produced a PDF that cannot be read.");
        return result;
    }
    for (int i = 0; i < document->numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        const QSizeF size = page ? page->pageSizeF() : QSizeF();
        if (!size.isValid() || size.isEmpty()) {
            result.error = tr("LibreOffice produced a PDF with an unreadable page %1.").arg(i + 1);
            result.pageSizes.clear();
            return result;
        }
        result.pageSizes.append(size);
    }
    result.ok = true;
    return result;
}

void OfficeConverter::setTimeouts(int baseMs, int perFileMs)
{
    m_baseMs = qMax(1000, baseMs);
    m_perFileMs = qMax(0, perFileMs);
}

QString OfficeConverter::explain(const QString &diagnostics)
{
    const QString raw = diagnostics.trimmed();
    QString reason;
    if (raw.contains(QLatin1String("source file could not be loaded")))
        reason =
            tr("LibreOffice could not open the document: it is damaged, protected by a password, or in a "
               "format LibreOffice does not read.");
    else if (raw.contains(QLatin1String("no export filter")))
        reason = tr("LibreOffice cannot turn this kind of document into a PDF.");
    else if (raw.contains(QLatin1String("Please verify input parameters")) ||
             raw.contains(QLatin1String("impl_store")))
        reason = tr("LibreOffice opened the document but could not write its PDF.");
    else
        reason = tr("LibreOffice could not convert the document.");
    return raw.isEmpty() ? reason : reason + QLatin1Char('\n') + tr("Details: %1").arg(raw);
}

QString OfficeConverter::directProgram(const QString &launcher)
{
    const QFileInfo info(QFileInfo(launcher).canonicalFilePath());
    const QFileInfo binary(info.dir().filePath(QStringLiteral("soffice.bin")));
    return binary.isExecutable() && info.fileName() != binary.fileName() ? binary.filePath() : launcher;
}

QStringList OfficeConverter::startOptions(const QString &profile)
{
    return {QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(profile).toString(),
            QStringLiteral("--headless"),
            QStringLiteral("--invisible"),
            QStringLiteral("--nologo"),
            QStringLiteral("--nodefault"),
            QStringLiteral("--norestore"),
            QStringLiteral("--nolockcheck")};
}

QProcessEnvironment OfficeConverter::startEnvironment(const QString &profile)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SAL_USE_VCLPLUGIN"), QStringLiteral("svp"));
    environment.insert(QStringLiteral("HOME"), profile); // nothing of the user's own profile
    return environment;
}

namespace {
/// Where LibreOffice says it reached a file: "convert <in> -> <out> using filter ..." once it
/// is loaded (the PDF is written next), or an error line when it could not be loaded.
bool reachesNextFile(const QString &line)
{
    return line.startsWith(QLatin1String("convert ")) ||
           line.contains(QLatin1String("source file could not be loaded"));
}

/// LibreOffice writes a PDF front to back: with its end-of-file marker and readable, it is whole.
bool isWholePdf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() < 64)
        return false;
    file.seek(file.size() - qMin<qint64>(file.size(), 1024));
    if (!file.read(1024).contains("%%EOF"))
        return false;
    file.close();
    return OfficeConverter::validate(path).ok;
}

constexpr int kRestartRequested = 81; // soffice.bin after setting up a new profile: start it again
} // namespace

QList<OfficeConverter::Result> OfficeConverter::convert(const QStringList &inputs,
                                                        const QString &outputDirectory,
                                                        const std::atomic_bool *cancel,
                                                        const Progress &progress) const
{
    QList<Result> results;
    for (const QString &input : inputs) {
        Result result;
        result.input = input;
        results.append(result);
    }
    auto settle = [&](int index, const Result &result) {
        results[index] = result;
        results[index].input = inputs.at(index);
        if (progress)
            progress(index, results.at(index));
    };
    // Refused before LibreOffice sees them: a zip declaring gigabytes.
    QList<int> pending;
    for (int i = 0; i < inputs.size(); ++i) {
        const QString refusal = OfficeArchiveCheck::refusal(inputs.at(i));
        if (refusal.isEmpty()) {
            pending.append(i);
            continue;
        }
        Result refused;
        refused.error = refusal;
        settle(i, refused);
    }
    if (pending.isEmpty())
        return results;
    auto failPending = [&](const QString &error, bool environmental) {
        for (const int index : std::as_const(pending)) {
            Result failed;
            failed.error = error;
            failed.environmental = environmental;
            settle(index, failed);
        }
        return results;
    };
    const QString soffice = program();
    if (soffice.isEmpty())
        return failPending(tr("LibreOffice (soffice) is not installed."), true);
    QTemporaryDir profile(QDir::tempPath() + QStringLiteral("/kessai-lo-profile-XXXXXX"));
    if (!profile.isValid() || !QDir().mkpath(outputDirectory))
        return failPending(tr("No temporary folder for LibreOffice could be made."), true);
    const QString executable = directProgram(soffice);
    const QStringList options =
        startOptions(profile.path()) + QStringList{QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                                                   QStringLiteral("--outdir"), outputDirectory};
    const QProcessEnvironment environment = startEnvironment(profile.path());
    auto outputOf = [&](int index) {
        return QDir(outputDirectory)
            .filePath(QFileInfo(inputs.at(index)).completeBaseName() + QStringLiteral(".pdf"));
    };
    auto finish = [&](int index, const QStringList &diagnostics) {
        const QString pdf = outputOf(index);
        const Result checked = validate(pdf);
        Result result;
        if (checked.ok) {
            result = checked;
        } else {
            const bool produced = QFileInfo::exists(pdf);
            QFile::remove(pdf);
            if (!produced && !diagnostics.isEmpty())
                result.error = explain(diagnostics.join(QLatin1Char(' ')));
            else if (!produced)
                result.error =
                    tr("LibreOffice could not convert the document: the file is damaged or not in a "
                       "format it reads.");
            else
                result.error = checked.error;
        }
        settle(index, result);
    };

    int restarts = 0;
    bool profileRestart = false; // the same run again after LibreOffice set up its profile
    while (!pending.isEmpty()) {
        QStringList files;
        for (const int index : std::as_const(pending))
            files.append(inputs.at(index));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::MergedChannels); // progress and errors in order
        ChildProcessPlatform::dieWithParent(process);
        // Whatever way this run ends (an exception from progress too), its group goes with it.
        const auto killOnExit = qScopeGuard([&process] { ChildProcessPlatform::killGroup(process); });
        process.start(executable, options + files);
        if (!profileRestart)
            ++m_runs;
        profileRestart = false;
        if (!process.waitForStarted(15000))
            return failPending(tr("LibreOffice could not be started: %1").arg(process.errorString()), true);

        int reached = 0;  // files LibreOffice has reached; pending[reached - 1] is in progress
        int finished = 0; // files whose result is settled
        QList<QStringList> diagnostics(files.size());
        QByteArray buffer;
        QElapsedTimer sinceProgress;
        sinceProgress.start();
        QElapsedTimer sincePoll;
        sincePoll.start();
        const int allowance = fileTimeout(); // from LibreOffice reaching one file to the next
        bool stalled = false;
        bool cancelled = false;
        bool exited = false;
        while (!exited) {
            exited = process.waitForFinished(100);
            buffer += process.readAll();
            qsizetype newline;
            while ((newline = buffer.indexOf('\n')) >= 0) {
                const QString line = QString::fromLocal8Bit(buffer.left(newline)).trimmed();
                buffer.remove(0, newline + 1);
                if (line.isEmpty())
                    continue;
                if (reachesNextFile(line) && reached < files.size()) {
                    ++reached;
                    sinceProgress.restart();
                }
                if (!line.startsWith(QLatin1String("convert ")) && reached > 0)
                    diagnostics[reached - 1].append(line);
            }
            while (finished < reached - 1) { // those before the one in progress are done
                finish(pending.at(finished), diagnostics.at(finished));
                ++finished;
            }
            // The one in progress is done once its PDF is whole (LibreOffice may then hang loading the next).
            if (finished == reached - 1 && sincePoll.elapsed() > 300) {
                sincePoll.restart();
                if (isWholePdf(outputOf(pending.at(finished)))) {
                    finish(pending.at(finished), diagnostics.at(finished));
                    ++finished;
                }
            }
            if (exited)
                break;
            if (cancel && cancel->load()) {
                cancelled = true;
            } else if (sinceProgress.elapsed() > allowance) {
                stalled = true;
            }
            if (cancelled || stalled) {
                ChildProcessPlatform::killGroup(process);
                break;
            }
        }
        qCDebug(lcConverter) << "soffice" << files.size() << "file(s), reached" << reached << "exit"
                             << process.exitCode() << (stalled ? "stalled" : "");
        if (cancelled) {
            pending = pending.mid(finished);
            return failPending(tr("The conversion was cancelled."), false);
        }
        if (exited && process.exitStatus() == QProcess::NormalExit &&
            process.exitCode() == kRestartRequested && reached == 0 && restarts++ < 2) {
            profileRestart = true; // a new profile was set up: the same files again
            continue;
        }
        const bool crashed =
            exited && (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0);
        if (exited && !crashed) { // every file was tried: the rest are settled from their output
            for (; finished < files.size(); ++finished)
                finish(pending.at(finished), diagnostics.at(finished));
            pending.clear();
            break;
        }
        // Stalled or crashed: the file in progress is done if its PDF is whole, else it is the
        // culprit; when it was done already, the culprit is the next one (hanging while loading).
        int culprit = finished;
        if (reached > 0 && finished == reached - 1 && validate(outputOf(pending.at(finished))).ok) {
            finish(pending.at(finished), diagnostics.at(finished));
            culprit = ++finished;
        }
        if (culprit < files.size()) {
            Result failed;
            const QString details = diagnostics.at(culprit).join(QLatin1Char(' '));
            if (stalled)
                failed.error =
                    tr("LibreOffice did not finish within %1 s and was stopped; the other documents "
                       "were converted without it.")
                        .arg(allowance / 1000);
            else
                failed.error =
                    tr("LibreOffice stopped while converting the document (exit status %1).")
                        .arg(process.exitCode()) +
                    (details.isEmpty() ? QString() : QLatin1Char('\n') + tr("Details: %1").arg(details));
            QFile::remove(outputOf(pending.at(culprit)));
            settle(pending.at(culprit), failed);
        }
        pending = pending.mid(culprit + 1); // the files after it get a run of their own
    }
    return results;
}

} // namespace kessai::render
