// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/OfficeConverter.h"

#include "render/PdfPageSource.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <mutex>
#include <poppler-qt6.h>
#include <signal.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcConverter, "kessai.render.converter", QtWarningMsg)

namespace kessai::render {

namespace {
QString lastLine(const QByteArray &output)
{
    const QStringList lines = QString::fromLocal8Bit(output).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QString line = it->trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1String("convert ")))
            return line;
    }
    return {};
}
} // namespace

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
        process.start(soffice, {QStringLiteral("--version")});
        if (process.waitForFinished(15000)) {
            const QString line = QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
            const QStringList words = line.split(QLatin1Char(' '));
            if (words.size() >= 2 && words.at(0) == QLatin1String("LibreOffice"))
                name = words.at(0) + QLatin1Char(' ') + words.at(1);
        } else {
            process.kill();
            process.waitForFinished(1000);
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

QList<OfficeConverter::Result> OfficeConverter::convert(const QStringList &inputs,
                                                        const QString &outputDirectory,
                                                        const std::atomic_bool *cancel) const
{
    QList<Result> results;
    for (const QString &input : inputs) {
        Result result;
        result.input = input;
        results.append(result);
    }
    if (inputs.isEmpty())
        return results;
    auto failAll = [&](const QString &error) {
        for (Result &result : results) {
            result.error = error;
            result.environmental = true;
        }
        return results;
    };
    const QString soffice = program();
    if (soffice.isEmpty())
        return failAll(tr("LibreOffice (soffice) is not installed."));
    QTemporaryDir profile(QDir::tempPath() + QStringLiteral("/kessai-lo-profile-XXXXXX"));
    if (!profile.isValid() || !QDir().mkpath(outputDirectory))
        return failAll(tr("No temporary folder for LibreOffice could be made."));

    QStringList arguments{QStringLiteral("-env:UserInstallation=") +
                              QUrl::fromLocalFile(profile.path()).toString(),
                          QStringLiteral("--headless"),
                          QStringLiteral("--invisible"),
                          QStringLiteral("--nologo"),
                          QStringLiteral("--nodefault"),
                          QStringLiteral("--norestore"),
                          QStringLiteral("--nolockcheck"),
                          QStringLiteral("--convert-to"),
                          QStringLiteral("pdf"),
                          QStringLiteral("--outdir"),
                          outputDirectory};
    arguments += inputs;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SAL_USE_VCLPLUGIN"), QStringLiteral("svp"));
    environment.insert(QStringLiteral("HOME"), profile.path()); // nothing of the user's own profile
    process.setProcessEnvironment(environment);
    process.setChildProcessModifier([] { ::setsid(); }); // its own group: killed with its children
    process.start(soffice, arguments);
    if (!process.waitForStarted(15000))
        return failAll(tr("LibreOffice could not be started: %1").arg(process.errorString()));
    const qint64 groupId = process.processId();
    const int limit = timeoutFor(int(inputs.size()));
    QElapsedTimer timer;
    timer.start();
    bool stopped = false;
    bool cancelled = false;
    while (!process.waitForFinished(100)) {
        cancelled = cancel && cancel->load();
        if (cancelled || timer.elapsed() > limit) {
            ::kill(pid_t(-groupId), SIGKILL);
            process.waitForFinished(5000);
            stopped = true;
            break;
        }
    }
    const QString diagnostics = lastLine(process.readAllStandardError() + process.readAllStandardOutput());
    qCDebug(lcConverter) << "soffice" << inputs.size() << "file(s) in" << timer.elapsed() << "ms, exit"
                         << process.exitCode() << diagnostics;

    for (Result &result : results) {
        const QString pdf =
            QDir(outputDirectory)
                .filePath(QFileInfo(result.input).completeBaseName() + QStringLiteral(".pdf"));
        const Result checked = validate(pdf);
        if (checked.ok) {
            result.ok = true;
            result.pdf = pdf;
            result.pageSizes = checked.pageSizes;
            continue;
        }
        const bool produced = QFileInfo::exists(pdf);
        QFile::remove(pdf);
        if (cancelled)
            result.error = tr("The conversion was cancelled.");
        else if (stopped)
            result.error = tr("LibreOffice did not finish within %1 s and was stopped.").arg(limit / 1000);
        else if (!produced && !diagnostics.isEmpty())
            result.error = tr("LibreOffice could not convert the document (%1).").arg(diagnostics);
        else if (!produced)
            result.error =
                tr("LibreOffice could not convert the document: the file is damaged or not in a format "
                   "it reads.");
        else
            result.error = checked.error;
    }
    return results;
}

} // namespace kessai::render
