// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/RenderCommands.h"

#include "cli/CliContext.h"
#include "core/documents/AttachmentStore.h"
#include "core/documents/DocumentStore.h"
#include "core/org/Session.h"
#include "core/renditions/RenditionStore.h"
#include "core/store/StoreConnection.h"
#include "render/ConversionService.h"
#include "render/DossierExport.h"
#include "render/RenderEngine.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace kessai::cli {

namespace {
const auto kOut = QStringLiteral("out");
const auto kDpi = QStringLiteral("dpi");
const auto kPassword = QStringLiteral("password");
const auto kRetry = QStringLiteral("retry-failed");
const auto kTimeout = QStringLiteral("timeout");
} // namespace

RenderCommands::RenderCommands(CliContext &context)
    : m_context(context)
{}

int RenderCommands::render(const QStringList &arguments)
{
    const QString command = QStringLiteral("render");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Renders every page of the document's attachments, in order, to PNG files in DIR "
           "(NN-name-pPPP.png; NN-name-card.png where an attachment cannot be shown) and prints one line "
           "per attachment: position, result (ok, failed, unsupported, needs_password, converting), pages, "
           "type, name, reason. Office documents are converted to PDF first if that was not done yet. Exit "
           "status 0 when every attachment was rendered, 3 when some could not be."));
    parser.addPositionalArgument(QStringLiteral("doc"), tr("Id of the document."), tr("DOC"));
    parser.addOption({kOut, tr("The folder to write the images to (created if needed)."), tr("DIR")});
    parser.addOption({kDpi, tr("Resolution of the images (default 96)."), tr("N"), QStringLiteral("96")});
    parser.addOption({kPassword, tr("Password to try on password-protected PDFs."), tr("PASSWORD")});
    parser.addOption({kRetry, tr("Convert again the office documents whose conversion failed before.")});
    parser.addOption({kTimeout, tr("Give up after this many seconds (default 600)."), tr("SECONDS"),
                      QStringLiteral("600")});
    if (!m_context.parse(parser, command, arguments, 1))
        return ExitOk;
    const qint64 documentId = CliContext::positiveNumber(parser.positionalArguments(), 0, tr("DOC"), command);
    const QString out = m_context.required(parser, kOut, command);
    bool ok = false;
    const int dpi = parser.value(kDpi).toInt(&ok);
    if (!ok || dpi < 10 || dpi > 1200)
        throw CliContext::usageError(tr("--dpi must be a whole number from 10 to 1200"), command);
    const int timeout = parser.value(kTimeout).toInt(&ok);
    if (!ok || timeout < 1)
        throw CliContext::usageError(tr("--timeout must be a positive number of seconds"), command);
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        throw CliError::failed(tr("rendering needs the graphical application object (internal error)"));

    const DatabaseUrl url = m_context.databaseUrl();
    {
        const auto connection = m_context.connect();
        const Session session(*connection, m_context.actAs());
        if (!DocumentStore(*connection).document(documentId))
            throw CliError::failed(tr("document %1 does not exist").arg(documentId));
        if (parser.isSet(kRetry)) {
            RenditionStore renditions(*connection);
            const QList<AttachmentRecord> attachments = AttachmentStore(*connection).list(documentId);
            for (const AttachmentRecord &attachment : attachments) {
                const auto rendition = renditions.find(attachment.sha256);
                if (rendition && !rendition->ok())
                    renditions.forget(attachment.sha256);
            }
        }
    }

    render::ConversionService conversions(url);
    render::RenderEngine engine;
    engine.setConversionService(&conversions);
    engine.openDocument(url, documentId);
    render::DossierExport::Options options;
    options.outputDirectory = out;
    options.dpi = dpi;
    options.password = parser.value(kPassword);
    options.timeoutMs = timeout * 1000;
    render::DossierExport exporter(engine, options);

    OutputFormatter &output = m_context.output();
    QTextStream &stream = m_context.out();
    QJsonArray rows;
    const bool done = exporter.run([&](const render::DossierExport::ItemResult &result) {
        const QJsonObject row{
            {QStringLiteral("position"), result.item.position},
            {QStringLiteral("result"), result.status},
            {QStringLiteral("pages"), result.status == QLatin1String("ok") ? result.pagesWritten : 0},
            {QStringLiteral("type"), result.item.type.label()},
            {QStringLiteral("format"), result.item.type.format},
            {QStringLiteral("name"), result.item.name},
            {QStringLiteral("message"), result.message},
            {QStringLiteral("files"), QJsonArray::fromStringList(result.files)}};
        rows.append(row);
        if (!output.isJson()) {
            output.printRecord(row,
                               {QStringLiteral("position"), QStringLiteral("result"), QStringLiteral("pages"),
                                QStringLiteral("type"), QStringLiteral("name"), QStringLiteral("message")});
            stream.flush();
        }
    });
    conversions.cancelAll();
    if (!done)
        throw CliError::failed(exporter.error());
    if (output.isJson())
        output.printResult({}, QJsonObject{{QStringLiteral("document"), documentId},
                                           {QStringLiteral("all_rendered"), exporter.allOk()},
                                           {QStringLiteral("attachments"), rows}});
    return exporter.allOk() ? ExitOk : ExitIncomplete;
}

int RenderCommands::convert(const QStringList &arguments)
{
    const QString command = QStringLiteral("convert");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Converts the office attachments of a document (docx, xlsx, pptx, doc, xls, ppt, odt, ods, odp, rtf) "
        "to PDF with LibreOffice and stores the results for every client; content converted before is not "
        "converted again. Prints one line per office attachment: position, result (ok or failed), pages, "
        "name, reason. Exit status 0 when all were converted, 3 when some could not be."));
    parser.addPositionalArgument(QStringLiteral("doc"), tr("Id of the document."), tr("DOC"));
    parser.addOption({kRetry, tr("Convert again the office documents whose conversion failed before.")});
    if (!m_context.parse(parser, command, arguments, 1))
        return ExitOk;
    const qint64 documentId = CliContext::positiveNumber(parser.positionalArguments(), 0, tr("DOC"), command);
    const DatabaseUrl url = m_context.databaseUrl();
    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    if (!DocumentStore(*connection).document(documentId))
        throw CliError::failed(tr("document %1 does not exist").arg(documentId));

    render::ConversionService conversions(url);
    conversions.enqueueDocument(documentId);
    conversions.waitForIdle();
    if (parser.isSet(kRetry)) {
        const QList<AttachmentRecord> attachments = AttachmentStore(*connection).list(documentId);
        for (const AttachmentRecord &attachment : attachments) {
            if (conversions.status(attachment.sha256).state == render::ConversionService::State::Failed)
                conversions.retry(attachment.sha256, attachment.displayName);
        }
        conversions.waitForIdle();
    }
    bool allOk = true;
    QList<QJsonObject> rows;
    RenditionStore renditions(*connection);
    const QList<AttachmentRecord> attachments = AttachmentStore(*connection).list(documentId);
    for (const AttachmentRecord &attachment : attachments) {
        if (conversions.status(attachment.sha256).state == render::ConversionService::State::Unknown)
            continue; // not an office document
        const auto rendition = renditions.find(attachment.sha256);
        const bool ok = rendition && rendition->ok();
        allOk = allOk && ok;
        rows.append({{QStringLiteral("position"), attachment.position},
                     {QStringLiteral("result"), ok ? QStringLiteral("ok") : QStringLiteral("failed")},
                     {QStringLiteral("pages"), ok ? rendition->pageCount : 0},
                     {QStringLiteral("name"), attachment.displayName},
                     {QStringLiteral("message"),
                      rendition ? rendition->error : conversions.status(attachment.sha256).message}});
    }
    m_context.output().printList(rows, {QStringLiteral("position"), QStringLiteral("result"),
                                        QStringLiteral("pages"), QStringLiteral("name"),
                                        QStringLiteral("message")});
    return allOk ? ExitOk : ExitIncomplete;
}

} // namespace kessai::cli
