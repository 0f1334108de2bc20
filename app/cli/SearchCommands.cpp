// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/SearchCommands.h"

#include "cli/CliContext.h"
#include "cli/CliError.h"
#include "core/DomainLabels.h"
#include "core/org/Session.h"
#include "core/search/SearchEngine.h"
#include "core/search/SearchIndexStore.h"
#include "core/search/SearchQuery.h"
#include "core/store/StoreConnection.h"
#include "render/ConversionService.h"
#include "render/SearchIndexer.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace kessai::cli {

namespace {
constexpr qint64 kProgressEveryMs = 2000;
constexpr int kReindexBatch = 50; ///< documents per transaction of a rebuild

/// The filter options, each the same as writing key:value in the query.
const QList<std::pair<QString, QString>> &filterOptions()
{
    static const QList<std::pair<QString, QString>> options{
        {QStringLiteral("year"), QStringLiteral("year")},
        {QStringLiteral("unit"), QStringLiteral("unit")},
        {QStringLiteral("status"), QStringLiteral("status")},
        {QStringLiteral("level"), QStringLiteral("level")},
        {QStringLiteral("drafter"), QStringLiteral("drafter")},
        {QStringLiteral("from"), QStringLiteral("from")},
        {QStringLiteral("to"), QStringLiteral("to")},
        {QStringLiteral("type"), QStringLiteral("type")}};
    return options;
}

/// The snippet with each highlight in 【】, for a terminal.
QString markedSnippet(const SearchHit &hit)
{
    QString out;
    int at = 0;
    for (const auto &[start, length] : hit.highlights) {
        out += hit.snippet.mid(at, start - at) + QStringLiteral("【") + hit.snippet.mid(start, length) +
               QStringLiteral("】");
        at = start + length;
    }
    return out + hit.snippet.mid(at);
}
} // namespace

SearchCommands::SearchCommands(CliContext &context)
    : m_context(context)
{}

int SearchCommands::search(const QStringList &arguments)
{
    if (arguments.value(0) == QLatin1String("reindex"))
        return reindex(arguments.mid(1));
    return find(arguments);
}

int SearchCommands::find(const QStringList &arguments)
{
    const QString command = QStringLiteral("search");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Finds documents by the words in their title, body, comments, number, 簿冊 and the text of their "
           "attachments (scans through OCR), newest first; only documents you may open. Words separated by "
           "spaces must all occur; \"a phrase\" in quotes; OR between alternatives; -word excludes (write -- "
           "before a query that starts with -). Filters: year:2026 unit:総務課 status:decided level:課長専決 "
           "drafter:伊藤 from:2026-04-01 to:2026-06-30 type:pdf, or the options below."));
    parser.addPositionalArgument(QStringLiteral("query"), tr("What to look for."), tr("QUERY..."));
    for (const auto &[option, key] : filterOptions())
        parser.addOption({option, tr("Filter: the same as %1:VALUE in the query.").arg(key), tr("value")});
    parser.addOption({QStringLiteral("limit"), tr("At most this many documents (default 50)."), tr("n")});
    if (!m_context.parse(parser, command, arguments, 1000))
        return ExitOk;
    QStringList parts = parser.positionalArguments();
    for (const auto &[option, key] : filterOptions()) {
        if (parser.isSet(option))
            parts.append(QStringLiteral("%1:%2").arg(key, parser.value(option)));
    }
    const SearchQuery query = SearchQuery::parse(parts.join(QLatin1Char(' ')));
    if (!query.errors.isEmpty())
        throw CliError::failed(query.errors.join(QStringLiteral("; ")));
    if (!query.isRunnable())
        throw CliContext::usageError(tr("nothing to search for: give a word or a filter"), command);
    int limit = SearchEngine::kDefaultLimit;
    if (parser.isSet(QStringLiteral("limit")))
        limit = int(CliContext::positiveNumber({parser.value(QStringLiteral("limit"))}, 0,
                                               QStringLiteral("--limit"), command));

    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    const SearchResults results = SearchEngine(*connection).search(session, query, limit);
    QTextStream err(stderr);
    for (const QString &note : results.notes)
        err << CliContext::programName << ": " << tr("note: %1").arg(note) << '\n';

    QJsonArray hits;
    for (const SearchHit &hit : results.hits) {
        QJsonArray highlights;
        for (const auto &[start, length] : hit.highlights)
            highlights.append(QJsonArray{start, length});
        hits.append(QJsonObject{{QStringLiteral("id"), hit.documentId},
                                {QStringLiteral("number"), hit.numberLabel},
                                {QStringLiteral("status"), toCode(hit.status)},
                                {QStringLiteral("title"), hit.title},
                                {QStringLiteral("unit"), hit.unitName},
                                {QStringLiteral("drafter"), hit.drafterName},
                                {QStringLiteral("attachment"), hit.attachmentName},
                                {QStringLiteral("attachment_position"), hit.attachmentPosition},
                                {QStringLiteral("page"), hit.page},
                                {QStringLiteral("snippet"), hit.snippet},
                                {QStringLiteral("highlights"), highlights}});
    }
    if (m_context.output().isJson()) {
        m_context.output().printResult({}, QJsonObject{{QStringLiteral("total"), results.total},
                                                       {QStringLiteral("more"), results.totalCapped},
                                                       {QStringLiteral("hits"), hits}});
        return ExitOk;
    }
    QTextStream &out = m_context.out();
    out << tr("%1%2 document(s) found")
               .arg(results.total)
               .arg(results.totalCapped ? QStringLiteral("+") : QString())
        << '\n';
    for (const SearchHit &hit : results.hits) {
        out << hit.documentId << '\t' << (hit.numberLabel.isEmpty() ? QStringLiteral("-") : hit.numberLabel)
            << '\t' << DomainLabels::label(hit.status) << '\t' << hit.title << '\n';
        if (hit.attachmentId)
            out << "\t"
                << tr("attachment %1 %2, page %3")
                       .arg(hit.attachmentPosition)
                       .arg(hit.attachmentName)
                       .arg(hit.page)
                << '\n';
        out << '\t' << markedSnippet(hit) << '\n';
    }
    return ExitOk;
}

int SearchCommands::reindex(const QStringList &arguments)
{
    const QString command = QStringLiteral("search reindex");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Brings the search index up to date: indexes every queued document, converts office files that "
           "have no PDF rendition yet (their text is read from it) and OCRs the pages of scans that wait for "
           "it. Stopped, it resumes where it was when run again. --all queues every document first (a "
           "rebuild). Progress goes to standard error."));
    parser.addOption({QStringLiteral("all"), tr("Index every document again.")});
    parser.addOption({QStringLiteral("no-ocr"), tr("Leave scans for later (no OCR now).")});
    if (!m_context.parse(parser, command, arguments))
        return ExitOk;
    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    SearchIndexStore store(*connection);
    if (parser.isSet(QStringLiteral("all")))
        store.queueAll();
    render::SearchIndexer indexer(*connection);
    indexer.setBatchSize(kReindexBatch);
    QTextStream err(stderr);
    QElapsedTimer sinceShown;
    sinceShown.start();
    qint64 indexed = 0;
    const auto show = [&](const render::SearchIndexer::Progress &p) {
        if (sinceShown.elapsed() < kProgressEveryMs)
            return;
        err << CliContext::programName << ": "
            << tr("indexing: %1 document(s) done, %2 to go").arg(indexed + p.done).arg(p.remaining) << '\n';
        err.flush();
        sinceShown.start();
    };
    int ocrPages = 0;
    qint64 converted = 0;
    bool conversionsRun = false;
    for (;;) {
        indexed += indexer.indexQueued(-1, nullptr, show);
        // Office files attached where nothing converted them: converted once, then indexed (the
        // finished conversion queues their documents again).
        const QList<qint64> wanted = indexer.takeDocumentsWaitingForRendition();
        if (!wanted.isEmpty() && !conversionsRun) {
            conversionsRun = true;
            err << CliContext::programName << ": "
                << tr("converting the office files of %1 document(s)").arg(wanted.size()) << '\n';
            err.flush();
            render::ConversionService conversions(m_context.databaseUrl());
            for (qint64 id : wanted)
                conversions.enqueueDocument(id);
            conversions.waitForIdle();
            converted += wanted.size();
            continue;
        }
        if (parser.isSet(QStringLiteral("no-ocr")))
            break;
        const qint64 waiting = indexer.ocrPagesWaiting();
        if (waiting == 0)
            break;
        err << CliContext::programName << ": " << tr("OCR: %1 page(s) to read").arg(waiting) << '\n';
        err.flush();
        const int done = indexer.ocrWaiting(int(qMin<qint64>(waiting, 1000)));
        ocrPages += done;
        if (done == 0)
            break;
    }
    const QJsonObject json{{QStringLiteral("documents_indexed"), indexed},
                           {QStringLiteral("ocr_pages"), ocrPages},
                           {QStringLiteral("documents_converted"), converted},
                           {QStringLiteral("entries"), store.entryCount()},
                           {QStringLiteral("pending"), store.pendingCount()},
                           {QStringLiteral("ocr_pages_waiting"), indexer.ocrPagesWaiting()}};
    m_context.output().printResult(tr("Indexed %1 document(s), OCR'd %2 page(s); %3 index entries")
                                       .arg(indexed)
                                       .arg(ocrPages)
                                       .arg(store.entryCount()),
                                   json);
    return ExitOk;
}

} // namespace kessai::cli
