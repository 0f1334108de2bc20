// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/RecordCommands.h"

#include "cli/CliContext.h"
#include "core/audit/AuditLog.h"
#include "core/org/Session.h"
#include "core/store/StoreConnection.h"
#include "core/workflow/CoverSheetReader.h"
#include "render/ConversionService.h"
#include "render/RecordPdfStamp.h"
#include "render/RecordPdfWriter.h"
#include "render/RenderEngine.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QJsonObject>

namespace kessai::cli {

namespace {
const auto kOut = QStringLiteral("out");
const auto kPassword = QStringLiteral("password");
const auto kTimeout = QStringLiteral("timeout");
const auto kPdfA = QStringLiteral("pdfa");
} // namespace

RecordCommands::RecordCommands(CliContext &context)
    : m_context(context)
{}

int RecordCommands::exportPdf(const QStringList &arguments)
{
    const QString command = QStringLiteral("export-pdf");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the record PDF (原議) of a document to FILE: the cover sheet with its approval boxes and seals, "
           "then every attachment in order with a bookmark each (PDF pages copied as they are, office documents "
           "through their PDF renditions), the original files embedded, and a last page naming the decision's "
           "event in the audit log. Before the decision every page is marked 「未決裁」. The file is written "
           "completely or not at all."));
    parser.addPositionalArgument(QStringLiteral("doc"), tr("Id of the document."), tr("DOC"));
    parser.addOption({kOut, tr("The PDF file to write."), tr("FILE")});
    parser.addOption({kPassword, tr("Password to try on password-protected PDF attachments."), tr("PASSWORD")});
    parser.addOption({kTimeout, tr("Give up after this many seconds (default 600)."), tr("SECONDS"),
                      QStringLiteral("600")});
    parser.addOption({kPdfA, tr("Write PDF/A-1b, for archiving: only for a decided document whose PDF attachments "
                                "PDF/A allows (fonts embedded, no transparency); the originals are not embedded "
                                "(PDF/A-1 forbids it), their SHA-256 stay on the last page.")});
    if (!m_context.parse(parser, command, arguments, 1))
        return ExitOk;
    const qint64 documentId = CliContext::positiveNumber(parser.positionalArguments(), 0, tr("DOC"), command);
    const QString out = m_context.required(parser, kOut, command);
    bool ok = false;
    const int timeout = parser.value(kTimeout).toInt(&ok);
    if (!ok || timeout < 1)
        throw CliContext::usageError(tr("--timeout must be a positive number of seconds"), command);
    const Written written = writeRecordPdf(documentId, out, timeout, parser.value(kPassword), parser.isSet(kPdfA));
    m_context.output().printResult(
        written.decided ? tr("Wrote %1: %2 pages").arg(QDir::toNativeSeparators(out)).arg(written.pages)
                        : tr("Wrote %1: %2 pages, marked 「未決裁」 (not decided)")
                              .arg(QDir::toNativeSeparators(out))
                              .arg(written.pages),
        QJsonObject{{QStringLiteral("document"), documentId},
                    {QStringLiteral("file"), out},
                    {QStringLiteral("pages"), written.pages},
                    {QStringLiteral("decided"), written.decided},
                    {QStringLiteral("pdfa"), parser.isSet(kPdfA)},
                    {QStringLiteral("audit_event"), written.auditEvent}});
    return ExitOk;
}

RecordCommands::Written RecordCommands::writeRecordPdf(qint64 documentId, const QString &out, int timeoutSeconds,
                                                       const QString &password, bool pdfA)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        throw CliError::failed(tr("writing a PDF needs the graphical application object (internal error)"));

    const DatabaseUrl url = m_context.databaseUrl();
    std::optional<CoverSheet> sheet;
    {
        const auto connection = m_context.connect();
        const Session session(*connection, m_context.actAs());
        sheet = CoverSheetReader(*connection).read(documentId);
    }
    if (!sheet)
        throw CliError::failed(tr("document %1 does not exist").arg(documentId));

    render::ConversionService conversions(url);
    render::RenderEngine engine;
    engine.setConversionService(&conversions);
    engine.openDocument(url, documentId);
    QHash<int, QString> unlocked;
    QString why;
    if (!render::RecordPdfWriter::settle(engine, timeoutSeconds * 1000, password, &unlocked, &why))
        throw CliError::failed(why);
    conversions.cancelAll();

    render::RecordPdfWriter writer;
    writer.setPdfA(pdfA);
    if (!writer.write(*sheet, render::RecordPdfWriter::fromEngine(engine, unlocked), out))
        throw CliError::failed(writer.error());
    return {writer.pageCount(), !render::RecordPdfWriter::undecided(*sheet), sheet->decision.eventId};
}

int RecordCommands::verifyPdf(const QString &path)
{
    QString why;
    const std::optional<render::RecordPdfStamp> stamp = render::RecordPdfStamp::read(path, &why);
    if (!stamp)
        throw CliError::failed(why);
    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    AuditLog log(*connection);
    const AuditLog::Verification chain = log.verify();
    QJsonObject json{{QStringLiteral("document"), stamp->documentId},
                     {QStringLiteral("audit_event"), stamp->eventId},
                     {QStringLiteral("chain_intact"), chain.intact}};
    QString problem;
    if (!chain.intact) {
        problem = tr("the audit log is broken: %1").arg(chain.problem);
    } else if (!stamp->eventId) {
        problem = tr("the PDF was written before the decision: it names no audit event");
    } else {
        std::optional<AuditEvent> found;
        for (const AuditEvent &event : log.recent(100000, QStringLiteral("document"), stamp->documentId)) {
            if (event.id == stamp->eventId)
                found = event;
        }
        if (!found)
            problem = tr("audit event %1 of document %2 is not in the store").arg(stamp->eventId).arg(stamp->documentId);
        else if (found->hash != stamp->hash)
            problem = tr("audit event %1 has hash %2 in the store, the PDF says %3")
                          .arg(stamp->eventId)
                          .arg(found->hash, stamp->hash);
        else if (found->action != QLatin1String("workflow.decide") &&
                 found->action != QLatin1String("workflow.proxy_decide"))
            problem = tr("audit event %1 is %2, not a decision").arg(stamp->eventId).arg(found->action);
    }
    json.insert(QStringLiteral("matches"), problem.isEmpty());
    if (problem.isEmpty()) {
        m_context.output().printResult(tr("%1 matches the store: document %2, decision event %3, hash %4")
                                           .arg(QDir::toNativeSeparators(path))
                                           .arg(stamp->documentId)
                                           .arg(stamp->eventId)
                                           .arg(stamp->hash),
                                       json);
        return ExitOk;
    }
    json.insert(QStringLiteral("problem"), problem);
    if (m_context.output().isJson())
        m_context.output().printResult({}, json);
    throw CliError::failed(tr("%1 does not match the store: %2").arg(QDir::toNativeSeparators(path), problem));
}

} // namespace kessai::cli
