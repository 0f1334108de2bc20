// SPDX-License-Identifier: GPL-3.0-or-later
// Full-text search at scale (issue 17): a store of N documents (the workflow benchmark's generator,
// with 件名 and 本文 from JapaneseTextGenerator) plus M attachments' text of two pages each, on
// SQLite and PostgreSQL. Measures indexing throughput (pages/s) against raw Poppler text
// extraction of the same pages, the index size, query latency (p50/p95, first 50 hits with
// snippets) for one-, two-character and multi-word queries as a clerk and as a records manager,
// and OCR pages/s through OcrEngine against the tesseract command on the same page images.
//   search_bench [--documents N] [--attachments M] [--postgresql URL] [--no-sqlite] [--runs R]
//                [--ocr-pages K] [--store DIR] [--generate-only] [--reindex] [--no-index]
//                [--no-queries] [--no-extraction]
// With --store (SQLite) and a PostgreSQL database that holds a store already, the stores of an
// earlier run are reused: generation once, then indexing and queries as often as wanted.
#include "BenchOrganization.h"
#include "BulkInserter.h"
#include "DocumentGenerator.h"
#include "JapaneseTextGenerator.h"
#include "LatencyStats.h"
#include "core/org/Session.h"
#include "core/search/SearchAnalyzer.h"
#include "core/search/SearchEngine.h"
#include "core/search/SearchIndexStore.h"
#include "core/search/SearchQuery.h"
#include "core/search/SearchVisibility.h"
#include "core/setup/OrganizationSetup.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Timestamps.h"
#include "render/ContentTextExtractor.h"
#include "render/OcrEngine.h"
#include "render/SearchIndexer.h"
#include "render/OcrPlatform.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <poppler-qt6.h>

using namespace kessai;
using namespace kessai::bench;

namespace {
QTextStream &out()
{
    static QTextStream stream(stdout);
    stream.flush(); // the previous line shows at once: runs are long
    return stream;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly)
               ? QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2)
               : QStringLiteral("n/a");
}

/// M attachments of two pages each on evenly spread documents, written as the indexer would find
/// them after extraction (content_text, content_extractions 'done'): what is measured is indexing.
void addAttachmentText(StoreConnection &connection, qint64 documents, qint64 attachments,
                       JapaneseTextGenerator &text)
{
    const qint64 firstBlob =
        SqlQuery(connection, QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM blobs"))
            .scalar()
            .toLongLong();
    const qint64 firstAttachment =
        SqlQuery(connection, QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM attachments"))
            .scalar()
            .toLongLong();
    const qint64 admin =
        SqlQuery(connection, QStringLiteral("SELECT MIN(id) FROM users")).scalar().toLongLong();
    const QString now = Timestamps::toText(Timestamps::now());
    // Years of attachments on documents decided since: written past the freeze that refuses new
    // versions of a decided document (a throwaway store; the documents are queued already).
    if (connection.isPostgreSQL())
        SqlQuery::execDirect(connection,
                             QStringLiteral("ALTER TABLE attachment_versions DISABLE TRIGGER USER"));
    else
        SqlQuery::execDirect(connection,
                             QStringLiteral("DROP TRIGGER attachment_versions_frozen_after_decision"));
    BulkInserter blobs(connection, QStringLiteral("blobs"),
                       {QStringLiteral("id"), QStringLiteral("sha256"), QStringLiteral("size"),
                        QStringLiteral("chunk_size"), QStringLiteral("created_at")},
                       500);
    BulkInserter atts(connection, QStringLiteral("attachments"),
                      {QStringLiteral("id"), QStringLiteral("document_id"), QStringLiteral("position"),
                       QStringLiteral("display_name"), QStringLiteral("original_name"),
                       QStringLiteral("mime_type"), QStringLiteral("created_by"),
                       QStringLiteral("created_at")},
                      500);
    BulkInserter versions(connection, QStringLiteral("attachment_versions"),
                          {QStringLiteral("attachment_id"), QStringLiteral("version_no"),
                           QStringLiteral("blob_id"), QStringLiteral("size"), QStringLiteral("author_id"),
                           QStringLiteral("created_at")},
                          500);
    BulkInserter pages(connection, QStringLiteral("content_text"),
                       {QStringLiteral("blob_id"), QStringLiteral("page"), QStringLiteral("method"),
                        QStringLiteral("text"), QStringLiteral("created_at")},
                       200);
    BulkInserter states(connection, QStringLiteral("content_extractions"),
                        {QStringLiteral("blob_id"), QStringLiteral("status"), QStringLiteral("page_count"),
                         QStringLiteral("created_at"), QStringLiteral("updated_at")},
                        500);
    atts.setParent(&blobs);
    versions.setParent(&atts);
    pages.setParent(&blobs);
    states.setParent(&blobs);
    const qint64 step = qMax<qint64>(1, documents / qMax<qint64>(1, attachments));
    for (qint64 i = 0; i < attachments; ++i) {
        const qint64 blob = firstBlob + i;
        const qint64 attachment = firstAttachment + i;
        blobs.add(
            {blob, QStringLiteral("bench%1").arg(blob, 58, 10, QLatin1Char('0')), 100000, 1048576, now});
        atts.add({attachment, 1 + (i * step) % documents, 1, QStringLiteral("資料%1.pdf").arg(i),
                  QStringLiteral("資料%1.pdf").arg(i), QStringLiteral("application/pdf"), admin, now});
        versions.add({attachment, 1, blob, 100000, admin, now});
        for (int page = 1; page <= 2; ++page)
            pages.add({blob, page, QStringLiteral("pdf"), text.page(attachment, page), now});
        states.add({blob, QStringLiteral("done"), 2, now, now});
    }
    versions.flush();
    pages.flush();
    states.flush();
    atts.flush();
    blobs.flush();
    if (connection.isPostgreSQL()) {
        SqlQuery::execDirect(connection,
                             QStringLiteral("ALTER TABLE attachment_versions ENABLE TRIGGER USER"));
        // the sequences past the ids written here
        SqlQuery::execDirect(connection,
                             QStringLiteral("SELECT setval(pg_get_serial_sequence('attachments', 'id'), "
                                            "(SELECT MAX(id) FROM attachments))"));
    }
}

qint64 indexBytes(StoreConnection &connection)
{
    if (connection.isPostgreSQL())
        return SqlQuery(connection, QStringLiteral("SELECT pg_total_relation_size('search_entries')"))
            .scalar()
            .toLongLong();
    // dbstat is not in every SQLite build: page count of the index tables through it when there
    qint64 bytes = 0;
    try {
        bytes =
            SqlQuery(connection, QStringLiteral("SELECT COALESCE(SUM(pgsize), 0) FROM dbstat WHERE name LIKE "
                                                "'search%' OR name LIKE 'sqlite_autoindex_search%'"))
                .scalar()
                .toLongLong();
    } catch (const StoreError &) {
        bytes = -1;
    }
    return bytes;
}

/// A PDF of `pages` pages of the generated text, for the raw extraction comparison.
QString makePdf(const QString &path, int pageCount, JapaneseTextGenerator &text)
{
    QPdfWriter writer(path);
    writer.setResolution(150);
    QPainter painter(&writer);
    QFont font(QStringLiteral("Noto Sans CJK JP"));
    font.setPointSize(10);
    painter.setFont(font);
    for (int page = 0; page < pageCount; ++page) {
        if (page)
            writer.newPage();
        painter.drawText(QRect(100, 100, 1000, 1500), Qt::TextWordWrap, text.page(page, 1));
    }
    return path;
}

QImage textImage(const QString &text)
{
    QImage image(1700, 1000, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    QFont font(QStringLiteral("Noto Sans CJK JP"));
    font.setPixelSize(40);
    font.setWeight(QFont::Bold);
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(image.rect().adjusted(80, 80, -80, -80), Qt::TextWordWrap, text);
    return image;
}

void benchExtraction(JapaneseTextGenerator &text, const QString &dir)
{
    const int pages = 200;
    const QString pdf = makePdf(dir + QStringLiteral("/pages.pdf"), pages, text);
    QElapsedTimer timer;
    timer.start();
    {
        std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(pdf);
        int chars = 0;
        for (int i = 0; i < doc->numPages(); ++i)
            chars += int(doc->page(i)->text(QRectF()).size());
        Q_UNUSED(chars);
    }
    const double rawMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    const render::ContentTextExtractor::Result result =
        render::ContentTextExtractor::extract({pdf, {}, {}, {}});
    qint64 tokens = 0;
    for (const ExtractedPage &page : result.pages)
        tokens += SearchAnalyzer::terms(page.text).size();
    const double oursMs = double(timer.nsecsElapsed()) / 1e6;
    out() << QStringLiteral("extraction of %1 PDF pages: raw Poppler Page::text %2 pages/s; Kessai "
                            "(ContentTextExtractor + analyzer) %3 pages/s (%4 terms)\n")
                 .arg(pages)
                 .arg(pages * 1000.0 / rawMs, 0, 'f', 0)
                 .arg(pages * 1000.0 / oursMs, 0, 'f', 0)
                 .arg(tokens);
}
} // namespace

namespace {
void benchOcr(JapaneseTextGenerator &text, const QString &dir, int pageCount)
{
    render::OcrEngine engine;
    if (!engine.isReady()) {
        out() << "OCR: " << engine.errorString() << Qt::endl;
        return;
    }
    QStringList files;
    for (int i = 0; i < pageCount; ++i) {
        const QString file = dir + QStringLiteral("/scan%1.png").arg(i);
        textImage(text.page(i, 1).left(300)).save(file);
        files.append(file);
    }
    QElapsedTimer timer;
    timer.start();
    for (const QString &file : std::as_const(files))
        engine.recognize(QImage(file));
    const double oursMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    int cliFailures = 0;
    for (const QString &file : std::as_const(files)) {
        QProcess tesseract;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OMP_THREAD_LIMIT"), QStringLiteral("1"));
        tesseract.setProcessEnvironment(env);
        tesseract.start(QStringLiteral("tesseract"),
                        {file, QStringLiteral("stdout"), QStringLiteral("-l"), render::OcrEngine::languages(),
                         QStringLiteral("--psm"), QStringLiteral("3")});
        if (!tesseract.waitForFinished(300000) || tesseract.exitCode() != 0)
            ++cliFailures;
    }
    const double cliMs = double(timer.nsecsElapsed()) / 1e6;
    out() << QStringLiteral(
                 "OCR of %1 pages (1700x1000, %2): OcrEngine %3 pages/s; tesseract command %4 pages/s "
                 "(%5 failed); ratio %6%\n")
                 .arg(pageCount)
                 .arg(render::OcrEngine::languages())
                 .arg(pageCount * 1000.0 / oursMs, 0, 'f', 3)
                 .arg(pageCount * 1000.0 / cliMs, 0, 'f', 3)
                 .arg(cliFailures)
                 .arg(100.0 * cliMs / oursMs, 0, 'f', 0);
}

/// What the queries need of a store: the 係員 and the administrator they run as.
struct BenchStore
{
    QString clerk;
    QString manager;
};

/// Generates the store (organization, documents, attachment text), or reuses the one a
/// `--store` run left: the documents' table holds rows already. The clerk's login is read back
/// from the first 係 (the generator's order: its first 係員 is the first user of that unit).
BenchStore prepare(StoreConnection &connection, qint64 documents, qint64 attachments)
{
    const qint64 existing =
        SqlQuery(connection, QStringLiteral("SELECT count(*) FROM documents")).scalar().toLongLong();
    BenchStore store;
    store.manager =
        SqlQuery(connection, QStringLiteral("SELECT login FROM users WHERE id = (SELECT MIN(id) FROM users)"))
            .scalar()
            .toString();
    if (existing > 0) {
        store.clerk = SqlQuery(connection, QStringLiteral("SELECT value FROM bench_meta WHERE key = 'clerk'"))
                          .scalar()
                          .toString();
        const qint64 pages =
            SqlQuery(connection, QStringLiteral("SELECT count(*) FROM content_text")).scalar().toLongLong();
        out() << QStringLiteral("reusing the store: %1 documents, %2 attachment pages\n").arg(existing).arg(pages);
        return store;
    }
    QElapsedTimer timer;
    timer.start();
    QRandomGenerator random(20260401);
    OrganizationSetup(connection).initialize(QStringLiteral("ベンチ県"), QStringLiteral("管理者"));
    store.manager =
        SqlQuery(connection, QStringLiteral("SELECT login FROM users WHERE id = (SELECT MIN(id) FROM users)"))
            .scalar()
            .toString();
    BenchOrganization org;
    org.generate(connection, 200, 16500, random);
    store.clerk = BenchOrganization::loginOf(org.sections.first().clerks.first());
    JapaneseTextGenerator text(17);
    DocumentGenerator generator(connection, org, random);
    generator.setTextSource([&text](qint64 id) { return text.document(id); });
    generator.generate(documents, [&timer](qint64 done) {
        if (done % 100000 == 0)
            out() << QStringLiteral("  %1 documents, %2 s (load average %3)\n")
                         .arg(done)
                         .arg(timer.elapsed() / 1000.0, 0, 'f', 0)
                         .arg(loadAverage());
    });
    generator.finish();
    addAttachmentText(connection, documents, attachments, text);
    // for a later run on this store (--store): whom the queries run as
    SqlQuery::execDirect(connection, QStringLiteral("CREATE TABLE bench_meta (key TEXT PRIMARY KEY, value TEXT)"));
    SqlQuery(connection, QStringLiteral("INSERT INTO bench_meta (key, value) VALUES ('clerk', ?)"))
        .bind(store.clerk)
        .exec();
    out() << QStringLiteral("generated %1 documents and %2 attachments (%3 pages) in %4 s (load average %5)\n")
                 .arg(documents)
                 .arg(attachments)
                 .arg(attachments * 2)
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                 .arg(loadAverage());
    return store;
}

struct Phases
{
    bool index = true;   ///< index what is queued
    bool reindex = false; ///< empty the index and queue every document first
    bool queries = true;
    int runs = 20;
    QStringList queryList; ///< --query: these instead of the standard set
    bool printPlans = false;
};

/// The plan of the first page of the index walk for query, as each person: the two ways
/// kessai_search_entries may take on PostgreSQL (the primary key in order, or GIN and a sort), the
/// FTS5 page and the check of its documents on SQLite.
void printPlans(StoreConnection &connection, const BenchStore &store, const QString &input)
{
    const SearchQuery query = SearchQuery::parse(input);
    if (query.required.isEmpty())
        return;
    QStringList alternatives;
    for (const SearchTerm &term : query.required.first()) {
        QStringList parts;
        for (const QString &t : term.lookup)
            parts.append(connection.isPostgreSQL() ? QStringLiteral("'%1'").arg(t) : QStringLiteral("\"%1\"").arg(t));
        alternatives.append(parts.join(connection.isPostgreSQL() ? QStringLiteral(" & ") : QStringLiteral(" ")));
    }
    for (const QString &login : {store.clerk, store.manager}) {
        StoreConnection own(connection.url());
        Session session(own, login == store.manager ? QString() : login);
        SearchVisibility visibility(own, session);
        const QStringList tokens = visibility.tokens();
        out() << "plan of the first page of \"" << input << "\" as " << login << ":\n";
        if (connection.isPostgreSQL()) {
            // kessai_search_entries' two ways through the index (schema 22), its terms and the
            // person's tokens written in (EXPLAIN takes no bound values through QtSql)
            QString tsquery = QStringLiteral("(%1)").arg(alternatives.join(QStringLiteral(" | ")));
            if (!tokens.isEmpty())
                tsquery += QStringLiteral(" & ('%1')").arg(tokens.join(QStringLiteral("' | '")));
            tsquery.replace(QLatin1Char('\''), QStringLiteral("''"));
            for (const QString &way :
                 {QStringLiteral("ts_match_vq(e.tsv, '%1'::tsquery) AND e.id < 9223372036854775807 ORDER BY e.id DESC"),
                  QStringLiteral("e.tsv @@ '%1'::tsquery AND e.id < 9223372036854775807 ORDER BY e.id + 0 DESC")}) {
                // not prepared: PostgreSQL prepares no EXPLAIN
                QSqlQuery plan(connection.database());
                plan.exec(QStringLiteral("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT e.id, e.document_id "
                                         "FROM search_entries e WHERE %1 LIMIT %2")
                              .arg(way.arg(tsquery))
                              .arg(SearchEngine::kFirstPage));
                while (plan.next())
                    out() << "  " << plan.value(0).toString() << "\n";
            }
        } else {
            QString match = QStringLiteral("(%1)").arg(alternatives.join(QStringLiteral(" OR ")));
            if (!tokens.isEmpty())
                match += QStringLiteral(" AND (\"%1\")").arg(tokens.join(QStringLiteral("\" OR \"")));
            SqlQuery plan(connection, QStringLiteral("EXPLAIN QUERY PLAN SELECT rowid FROM search_fts WHERE search_fts "
                                                     "MATCH ? AND rowid < ? ORDER BY rowid DESC LIMIT 1536"));
            plan.bind(match).bind(std::numeric_limits<qint64>::max()).exec();
            while (plan.next())
                out() << "  " << plan.text(3) << "\n";
            SqlQuery check(connection, QStringLiteral("EXPLAIN QUERY PLAN SELECT d.id FROM documents d WHERE d.id IN "
                                                      "(1, 2, 3) AND ") +
                                           visibility.condition());
            visibility.bind(check);
            check.exec();
            while (check.next())
                out() << "  check: " << check.text(3) << "\n";
        }
    }
}

void benchBackend(const DatabaseUrl &url, qint64 documents, qint64 attachments, const Phases &phases)
{
    out() << "\n== " << url.displayName() << " (load average " << loadAverage() << ")\n";
    const int runs = phases.runs;
    StoreConnection connection(url);
    const BenchStore store = prepare(connection, documents, attachments);
    if (phases.reindex) {
        QElapsedTimer clear;
        clear.start();
        if (connection.isPostgreSQL()) {
            SqlQuery::execDirect(connection, QStringLiteral("DELETE FROM search_entries"));
        } else {
            // FTS5 emptied at once, not a 'delete' per row through the trigger (a throwaway store)
            SqlQuery::execDirect(connection, QStringLiteral("DROP TRIGGER search_entries_fts_delete"));
            SqlQuery::execDirect(connection, QStringLiteral("DELETE FROM search_entries"));
            SqlQuery::execDirect(connection,
                                 QStringLiteral("INSERT INTO search_fts (search_fts) VALUES ('delete-all')"));
            SqlQuery::execDirect(connection, QStringLiteral(
                                                 "CREATE TRIGGER search_entries_fts_delete AFTER DELETE ON "
                                                 "search_entries BEGIN INSERT INTO search_fts (search_fts, rowid, "
                                                 "tokens) VALUES ('delete', OLD.id, OLD.tokens); END"));
        }
        SearchIndexStore(connection).queueAll();
        out() << QStringLiteral("index emptied, every document queued in %1 s\n")
                     .arg(clear.elapsed() / 1000.0, 0, 'f', 1);
    }
    QElapsedTimer timer;
    if (phases.index) {
        timer.start();
        render::SearchIndexer indexer(connection);
        indexer.setBatchSize(50); // as kessai-cli search reindex does
        const qint64 indexed = indexer.indexQueued();
        const double seconds = timer.elapsed() / 1000.0;
        const qint64 entries =
            SqlQuery(connection, QStringLiteral("SELECT count(*) FROM search_entries")).scalar().toLongLong();
        out() << QStringLiteral("indexed %1 documents in %2 s: %3 pages/s (load average %4); %5 entries, "
                                "index %6 MiB\n")
                     .arg(indexed)
                     .arg(seconds, 0, 'f', 1)
                     .arg(indexed ? entries / qMax(0.001, seconds) : 0.0, 0, 'f', 0)
                     .arg(loadAverage())
                     .arg(entries)
                     .arg(indexBytes(connection) / 1048576.0, 0, 'f', 1);
        if (connection.isPostgreSQL())
            SqlQuery::execDirect(connection, QStringLiteral("ANALYZE"));
    }
    if (!phases.queries)
        return;

    const QString clerk = store.clerk;
    const QString manager = store.manager;
    const QStringList queries = !phases.queryList.isEmpty() ? phases.queryList : QStringList{QStringLiteral("課"),           QStringLiteral("予"),
                              QStringLiteral("港"),           QStringLiteral("予算"),
                              QStringLiteral("道路"),         QStringLiteral("森林"),
                              QStringLiteral("道路 補修"),    QStringLiteral("\"補助金交付\""),
                              QStringLiteral("研修 OR 講習"), QStringLiteral("予算 -決算"),
                              QStringLiteral("ＤＸ推進 計画")};
    if (phases.printPlans)
        printPlans(connection, store, queries.first());
    for (const QString &login : {clerk, manager}) {
        // one connection per person, as in the application: acting for someone stays with a connection
        StoreConnection own(url);
        Session session(own, login == manager ? QString() : login);
        SearchEngine engine(own);
        out() << "queries as " << login << (login == manager ? " (administrator)" : " (係員)") << ":\n";
        for (const QString &input : queries) {
            const SearchQuery query = SearchQuery::parse(input);
            LatencyStats stats;
            SearchResults results;
            for (int i = 0; i < runs; ++i) {
                QElapsedTimer one;
                one.start();
                results = engine.search(session, query);
                stats.add(double(one.nsecsElapsed()) / 1e6);
            }
            out() << QStringLiteral("  %1  hits %2%3  p50 %4 ms  p95 %5 ms\n")
                         .arg(input, -14)
                         .arg(results.total)
                         .arg(results.totalCapped ? QStringLiteral("+") : QString())
                         .arg(stats.percentile(50), 0, 'f', 1)
                         .arg(stats.percentile(95), 0, 'f', 1);
        }
    }
}
} // namespace

int main(int argc, char **argv)
{
    render::OcrPlatform::limitThreadsBeforeStart(argv); // as kessai and kessai-cli do
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("documents"), QStringLiteral("Documents (default 1000000)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("attachments"),
                      QStringLiteral("Attachments of 2 pages (default documents/10)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("postgresql"),
                      QStringLiteral("A PostgreSQL database: empty, or a store a run left (reused)."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("no-sqlite"), QStringLiteral("Skip SQLite.")});
    parser.addOption({QStringLiteral("store"),
                      QStringLiteral("Keep the SQLite store in DIR (search.sqlite), reused when it is there."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("generate-only"), QStringLiteral("Generate the stores, then stop.")});
    parser.addOption({QStringLiteral("reindex"),
                      QStringLiteral("Empty the index and index every document again (timed).")});
    parser.addOption({QStringLiteral("no-index"), QStringLiteral("Do not index what is queued.")});
    parser.addOption({QStringLiteral("no-queries"), QStringLiteral("Skip the queries.")});
    parser.addOption({QStringLiteral("no-extraction"),
                      QStringLiteral("Skip the extraction and OCR comparisons.")});
    parser.addOption(
        {QStringLiteral("runs"), QStringLiteral("Runs of each query (default 20)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("query"), QStringLiteral("Run this query instead of the standard set (repeatable)."),
                      QStringLiteral("text")});
    parser.addOption({QStringLiteral("plans"),
                      QStringLiteral("Print the plan of the index walk for the first query (EXPLAIN ANALYZE / QUERY PLAN).")});
    parser.addOption({QStringLiteral("ocr-pages"),
                      QStringLiteral("Pages for the OCR comparison (default 4)."), QStringLiteral("n")});
    parser.process(app);
    const qint64 documents = parser.isSet(QStringLiteral("documents"))
                                 ? parser.value(QStringLiteral("documents")).toLongLong()
                                 : 1000000;
    const qint64 attachments = parser.isSet(QStringLiteral("attachments"))
                                   ? parser.value(QStringLiteral("attachments")).toLongLong()
                                   : documents / 10;
    Phases phases;
    phases.runs = parser.isSet(QStringLiteral("runs")) ? parser.value(QStringLiteral("runs")).toInt() : 20;
    const bool generateOnly = parser.isSet(QStringLiteral("generate-only"));
    phases.index = !generateOnly && !parser.isSet(QStringLiteral("no-index"));
    phases.reindex = phases.index && parser.isSet(QStringLiteral("reindex"));
    phases.queries = !generateOnly && !parser.isSet(QStringLiteral("no-queries"));
    phases.queryList = parser.values(QStringLiteral("query"));
    phases.printPlans = parser.isSet(QStringLiteral("plans"));
    const int ocrPages =
        parser.isSet(QStringLiteral("ocr-pages")) ? parser.value(QStringLiteral("ocr-pages")).toInt() : 4;
    QTemporaryDir dir;
    const QString storeDir =
        parser.isSet(QStringLiteral("store")) ? parser.value(QStringLiteral("store")) : dir.path();
    out() << "search_bench: " << documents << " documents, " << attachments << " attachments; load average "
          << loadAverage() << Qt::endl;
    if (!generateOnly && !parser.isSet(QStringLiteral("no-extraction"))) {
        JapaneseTextGenerator text(5);
        benchExtraction(text, dir.path());
        benchOcr(text, dir.path(), ocrPages);
    }
    try {
        if (!parser.isSet(QStringLiteral("no-sqlite")))
            benchBackend(DatabaseUrl::sqlite(storeDir + QStringLiteral("/search.sqlite")), documents,
                         attachments, phases);
        if (parser.isSet(QStringLiteral("postgresql")))
            benchBackend(DatabaseUrl::parse(parser.value(QStringLiteral("postgresql"))), documents,
                         attachments, phases);
    } catch (const StoreError &error) {
        out() << "failed: " << error.message() << Qt::endl;
        return 1;
    }
    out() << "load average at the end " << loadAverage() << Qt::endl;
    return 0;
}
