// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/StoreCommands.h"

#include "cli/CliContext.h"
#include "core/content/StoreVerifier.h"
#include "core/org/Session.h"
#include "core/store/StoreConnection.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <cstdio>

namespace kessai::cli {

namespace {
constexpr qint64 kProgressEveryMs = 2000;
}

StoreCommands::StoreCommands(CliContext &context)
    : m_context(context)
{}

int StoreCommands::store(const QStringList &arguments)
{
    if (arguments.value(0) == QLatin1String("verify"))
        return verify(arguments.mid(1));
    return m_context.groupHelp(QStringLiteral("store"), {QStringLiteral("verify")}, arguments);
}

int StoreCommands::verify(const QStringList &arguments)
{
    const QString command = QStringLiteral("store verify");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks every stored content (its chunks all there, each of the right size, the SHA-256 of the "
           "whole), the sizes the attachments record and the audit log's hash chain. Progress goes to "
           "standard error, each problem to a line of its own; exit status 0 if all is intact, 2 if "
           "anything is wrong."));
    if (!m_context.parse(parser, command, arguments))
        return ExitOk;

    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    QTextStream err(stderr);
    const QLocale locale;
    QElapsedTimer sinceShown;
    bool shown = false;
    auto show = [&](const StoreVerifier::Progress &p) {
        const int percent = p.bytesTotal > 0 ? int(p.bytesDone * 100 / p.bytesTotal) : 100;
        err << CliContext::programName << ": "
            << tr("checking stored content: %1% (%2 of %3, %4 of %5 items)")
                   .arg(percent)
                   .arg(locale.formattedDataSize(p.bytesDone), locale.formattedDataSize(p.bytesTotal))
                   .arg(p.blobsDone)
                   .arg(p.blobsTotal)
            << '\n';
        err.flush();
        sinceShown.start();
        shown = true;
    };
    StoreVerifier::Progress last;
    const StoreVerifier::Report report =
        StoreVerifier(*connection).run([&](const StoreVerifier::Progress &p) {
            last = p;
            if (!shown || sinceShown.elapsed() >= kProgressEveryMs)
                show(p);
            return true;
        });
    show(last);

    QJsonArray problems;
    for (const QString &problem : report.problems)
        problems.append(problem);
    const QJsonObject json{{QStringLiteral("intact"), report.ok()},
                           {QStringLiteral("contents_checked"), report.blobsChecked},
                           {QStringLiteral("bytes_checked"), report.bytesChecked},
                           {QStringLiteral("audit_events_checked"), report.auditEventsChecked},
                           {QStringLiteral("staged_uploads"), report.stagedUploads},
                           {QStringLiteral("problems"), problems}};
    if (m_context.output().isJson()) {
        m_context.output().printResult({}, json);
    } else if (report.ok()) {
        m_context.output().printResult(
            tr("The store is intact: %1 stored contents (%2) and %3 audit events checked")
                .arg(report.blobsChecked)
                .arg(locale.formattedDataSize(report.bytesChecked))
                .arg(report.auditEventsChecked),
            json);
    } else {
        for (const QString &problem : report.problems)
            m_context.out() << problem << '\n';
    }
    if (report.stagedUploads > 0) {
        err << CliContext::programName << ": "
            << tr("note: %1 upload(s) in progress or abandoned (abandoned ones are discarded by the next "
                  "attach)")
                   .arg(report.stagedUploads)
            << '\n';
    }
    if (!report.ok())
        throw CliError::failed(tr("%1 problem(s) found in the store").arg(report.problems.size()));
    return ExitOk;
}

} // namespace kessai::cli
