// SPDX-License-Identifier: GPL-3.0-or-later
// Workflow at scale (issue 5): fills a store with N documents (default 1,000,000) and about five
// route steps each across 200 units and 16,500 users with bulk inserts, then times through the
// application's own code
//   - the 未決 inbox: DocumentStore::list(session, InboxFolder::Pending) and ::counts, for random
//     users and for users holding due steps;
//   - one 承認: WorkflowStore::act(session, doc, Approve), a full transaction with its audit event;
//   - 提出 by 16 concurrent clients (threads, each with its own connection), all in one division
//     so that every 文書番号 comes from the same counter: actions/s, duplicates and gaps.
// Targets: inbox p95 <= 10 ms, approval p95 <= 20 ms.
// --desk (issue 13): the administrator's desk instead (bench/DeskMeasurements.h).
// --rls (issue 12, PostgreSQL): the inbox and approval timed as the owner (RLS bypassed) and as
// each user's own staff login (RLS and the guard triggers), alternately; no numbering run.
//
//   bench_workflow [--documents N] [--postgresql URL] [--no-sqlite] [--sqlite FILE] [--reuse] ...
//
// The PostgreSQL URL must name an empty database (scripts/bench-workflow.sh makes one in a
// throwaway cluster). Without --sqlite the SQLite file goes to a temporary folder.
#include "BenchOrganization.h"
#include "DocumentGenerator.h"
#include "DeskMeasurements.h"
#include "WorkflowMeasurements.h"
#include "core/setup/OrganizationSetup.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace kessai;
using namespace kessai::bench;

namespace {
QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Settings
{
    qint64 documents = 1000000;
    int units = 200;
    int users = 16500;
    int samples = 200;
    int clients = 16;
    int draftsPerClient = 100;
    quint32 seed = 20260401;
    bool analyzeSqlite = false;
    bool reuse = false;
    bool rls = false;
    bool rlsCounts = true;
    bool desk = false;
};

qint64 storeBytes(StoreConnection &connection)
{
    if (connection.isPostgreSQL())
        return SqlQuery(connection, QStringLiteral("SELECT pg_database_size(current_database())"))
            .scalar()
            .toLongLong();
    const QString path = connection.url().path();
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

QString number(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

void line(const QString &text)
{
    out() << text << '\n';
    out().flush();
}

struct Loaded
{
    QList<DocumentGenerator::NumberingClient> clients;
    qint64 numberingUnit = 0;
};

/// Creates the organization and the documents; the figures of the load itself are printed.
Loaded load(const QString &name, const DatabaseUrl &url, const Settings &settings)
{
    QRandomGenerator random(settings.seed);
    BenchOrganization org;
    Loaded loaded;
    StoreConnection connection(url);
    if (!connection.isPostgreSQL()) // the loader's own connection: a page cache that holds the indexes
        SqlQuery::execDirect(connection, QStringLiteral("PRAGMA cache_size = -4000000"));
    OrganizationSetup(connection).initialize(QStringLiteral("ベンチ県"), QStringLiteral("管理者"));
    QElapsedTimer timer;
    timer.start();
    org.generate(connection, settings.units, settings.users, random);
    DocumentGenerator generator(connection, org, random);
    generator.generate(settings.documents, [&](qint64 done) {
        std::fprintf(stderr, "\r  %s: %s documents, %.0f s ", qPrintable(name), qPrintable(number(done)),
                     double(timer.elapsed()) / 1000.0);
        std::fflush(stderr);
    });
    std::fprintf(stderr, "\n");
    loaded.clients = generator.addNumberingDrafts(settings.clients, settings.draftsPerClient);
    generator.finish();
    loaded.numberingUnit = generator.numberingUnitId();
    const double loadSeconds = double(timer.elapsed()) / 1000.0;
    timer.restart();
    const bool analyze = connection.isPostgreSQL() || settings.analyzeSqlite;
    if (analyze)
        SqlQuery::execDirect(connection, QStringLiteral("ANALYZE"));
    const qint64 documents =
        SqlQuery(connection, QStringLiteral("SELECT COUNT(*) FROM documents")).scalar().toLongLong();
    line(QStringLiteral("store: %1 units, %2 users, %3 absences, %4 documents, %5 stages, %6 steps, %7 MB")
             .arg(org.departments.size() + org.divisions.size() + org.sections.size())
             .arg(number(org.userCount), number(org.absenceCount), number(documents),
                  number(generator.stageCount()), number(generator.stepCount()),
                  number(storeBytes(connection) / 1000000)));
    line(QStringLiteral("load: %1 s (%2 rows/s)%3")
             .arg(loadSeconds, 0, 'f', 1)
             .arg(number(
                 qint64(double(documents + generator.stageCount() + generator.stepCount()) / loadSeconds)))
             .arg(analyze ? QStringLiteral(", ANALYZE %1 s").arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                          : QStringLiteral(", no ANALYZE")));
    return loaded;
}

/// Every login, in id order (the same sample of users on both backends).
QStringList allLogins(const DatabaseUrl &url)
{
    StoreConnection connection(url);
    SqlQuery q(connection, QStringLiteral("SELECT login FROM users ORDER BY id"));
    q.exec();
    QStringList logins;
    while (q.next())
        logins.append(q.text(0));
    return logins;
}

/// Issue 12: the same users as the owner (RLS bypassed) and as their staff logins, interleaved.
void runRls(WorkflowMeasurements &measure, const DatabaseUrl &url, const Settings &settings,
            QRandomGenerator &sampler)
{
    const QStringList everyone = allLogins(url);
    QStringList randomUsers;
    for (int i = 0; i < settings.samples; ++i)
        randomUsers.append(everyone.at(sampler.bounded(int(everyone.size()))));
    const QStringList busy = measure.busyUsers(settings.samples, sampler);
    measure.ensureStaffLogins(randomUsers + busy);
    auto report = [](const QString &what, const WorkflowMeasurements::Rls &r) {
        line(QStringLiteral("%1, owner (RLS bypassed): list %2; counts %3; %4 documents listed")
                 .arg(what, r.ownerList.summary(), r.ownerCounts.summary())
                 .arg(r.ownerItems));
        line(QStringLiteral("%1, staff login (RLS):    list %2; counts %3; %4 documents listed")
                 .arg(what, r.staffList.summary(), r.staffCounts.summary())
                 .arg(r.staffItems));
    };
    report(QStringLiteral("inbox, random users"), measure.rlsInbox(randomUsers, settings.rlsCounts));
    report(QStringLiteral("inbox, users with due steps"), measure.rlsInbox(busy, settings.rlsCounts));
    WorkflowMeasurements::Rls approvals;
    measure.rlsApprovals(settings.samples, sampler, approvals);
    line(QStringLiteral("approval, first on a connection, owner: %1").arg(approvals.ownerFirstAct.summary()));
    line(QStringLiteral("approval, first on a connection, staff: %1").arg(approvals.staffFirstAct.summary()));
    line(QStringLiteral("approval, owner (RLS bypassed): %1").arg(approvals.ownerAct.summary()));
    line(QStringLiteral("approval, staff login (RLS):    %1; %2 refused%3")
             .arg(approvals.staffAct.summary())
             .arg(approvals.failures)
             .arg(approvals.failures ? QStringLiteral(" (first: %1)").arg(approvals.firstFailure) : QString()));
}

void runBackend(const QString &name, const DatabaseUrl &url, const Settings &settings)
{
    line(QStringLiteral("\n== %1 ==").arg(name));
    Loaded loaded;
    if (settings.reuse) {
        StoreConnection connection(url);
        line(QStringLiteral("store: reused, %1 documents, %2 MB")
                 .arg(number(SqlQuery(connection, QStringLiteral("SELECT COUNT(*) FROM documents"))
                                 .scalar()
                                 .toLongLong()),
                      number(storeBytes(connection) / 1000000)));
    } else {
        loaded = load(name, url, settings);
    }

    if (settings.desk) {
        const DeskMeasurements::Result desk = DeskMeasurements(url).run(settings.samples, settings.seed);
        line(QStringLiteral("desk, %1 decisions in the year measured, %2 on paper (the other years alternate)")
                 .arg(number(desk.decisions), number(desk.paper)));
        line(QStringLiteral("desk first screen (rate + 12-month trend + units): %1").arg(desk.firstScreen.summary()));
        line(QStringLiteral("desk drill-down, decisions of one 課: %1").arg(desk.drillDecisions.summary()));
        line(QStringLiteral("desk drill-down, waiting at one approver: %1").arg(desk.drillWaiting.summary()));
        line(QStringLiteral("raw SQL count of the same decisions: %1").arg(desk.rawCount.summary()));
        line(QStringLiteral("desk stall tab (滞留 per approver + per 課 + 提出→決裁 by 課): %1").arg(desk.stallScreen.summary()));
        line(QStringLiteral("desk paper reasons by 課: %1").arg(desk.reasons.summary()));
        line(QStringLiteral("desk drill-down, paper decisions of one reason in one 課: %1").arg(desk.drillReason.summary()));
        line(QStringLiteral("desk drill-down, waiting in one 課: %1").arg(desk.drillWaitingUnit.summary()));
        line(QStringLiteral("schema 17 statements, stall tab: %1").arg(desk.oldStall.summary()));
        line(QStringLiteral("schema 17 statements, paper reasons: %1").arg(desk.oldReasons.summary()));
        for (const QString &planLine : desk.plans)
            line(QStringLiteral("  plan: ") + planLine);
        return;
    }
    WorkflowMeasurements measure(url);
    QRandomGenerator sampler(settings.seed + 1);
    if (settings.rls) {
        if (name != QStringLiteral("PostgreSQL"))
            return;
        runRls(measure, url, settings, sampler);
        return;
    }
    const QStringList everyone = allLogins(url);
    QStringList randomUsers;
    for (int i = 0; i < settings.samples; ++i)
        randomUsers.append(everyone.at(sampler.bounded(int(everyone.size()))));
    const WorkflowMeasurements::Inbox anyone = measure.inbox(randomUsers);
    line(QStringLiteral("inbox, random users:      list %1; counts %2; %3 items on average")
             .arg(anyone.list.summary(), anyone.counts.summary())
             .arg(anyone.meanItems, 0, 'f', 1));
    const WorkflowMeasurements::Inbox busy = measure.inbox(measure.busyUsers(settings.samples, sampler));
    line(QStringLiteral("inbox, users with due steps: list %1; counts %2; %3 items on average, at most %4")
             .arg(busy.list.summary(), busy.counts.summary())
             .arg(busy.meanItems, 0, 'f', 1)
             .arg(busy.maxItems));
    const WorkflowMeasurements::Approvals approvals = measure.approvals(settings.samples, sampler);
    line(QStringLiteral("approval (WorkflowStore::act): %1; %2 refused%3")
             .arg(approvals.act.summary())
             .arg(approvals.failures)
             .arg(approvals.failures ? QStringLiteral(" (first: %1)").arg(approvals.firstFailure)
                                     : QString()));
    if (loaded.clients.isEmpty())
        return; // a reused store has no drafts left for the numbering run
    const WorkflowMeasurements::Numbering numbering = measure.numbering(loaded.clients, loaded.numberingUnit);
    line(QStringLiteral(
             "numbering, %1 clients submitting in one division: %2 submissions in %3 s = %4 actions/s; "
             "per submission %5")
             .arg(numbering.clients)
             .arg(numbering.submitted)
             .arg(numbering.seconds, 0, 'f', 2)
             .arg(numbering.actionsPerSecond(), 0, 'f', 1)
             .arg(numbering.submit.summary()));
    line(QStringLiteral(
             "numbering check: %1 numbers in the division this fiscal year, %2 duplicates, %3 gaps, "
             "counter %4, audit chain %5%6")
             .arg(number(numbering.numbered))
             .arg(numbering.duplicates)
             .arg(numbering.gaps)
             .arg(numbering.counterMatches ? QStringLiteral("matches") : QStringLiteral("DIFFERS"))
             .arg(numbering.auditIntact ? QStringLiteral("intact") : QStringLiteral("BROKEN"))
             .arg(numbering.errors.isEmpty()
                      ? QString()
                      : QStringLiteral("; errors: ") + numbering.errors.join(QStringLiteral("; "))));
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Workflow benchmark: inbox, approval and numbering at scale."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("documents"), QStringLiteral("Documents to generate (default 1000000)."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("units"), QStringLiteral("Units (default 200)."), QStringLiteral("n")});
    parser.addOption(
        {QStringLiteral("users"), QStringLiteral("Users (default 16500)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("samples"),
                      QStringLiteral("Inbox users and approvals timed (default 200)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("clients"),
                      QStringLiteral("Concurrent submitting clients (default 16)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("drafts-per-client"),
                      QStringLiteral("Submissions per client (default 100)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("postgresql"), QStringLiteral("An empty PostgreSQL database."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("sqlite"), QStringLiteral("Where to create the SQLite file (kept)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("no-sqlite"), QStringLiteral("Skip SQLite.")});
    parser.addOption({QStringLiteral("analyze-sqlite"),
                      QStringLiteral("Run ANALYZE on SQLite after loading (the application never does).")});
    parser.addOption(
        {QStringLiteral("reuse"),
         QStringLiteral("Measure a store an earlier run filled (--sqlite FILE, --postgresql URL) "
                        "instead of filling a new one; no numbering run.")});
    parser.addOption({QStringLiteral("rls"),
                      QStringLiteral("PostgreSQL only: time the inbox and approval as the owner (RLS "
                                     "bypassed) and as staff logins (RLS on), alternately.")});
    parser.addOption({QStringLiteral("desk"),
                      QStringLiteral("Time the administrator's desk (issue 13) instead of the workflow.")});
    parser.addOption({QStringLiteral("no-counts"),
                      QStringLiteral("With --rls: do not time DocumentStore::counts (the 既決 count of a "
                                     "long-serving approver checks every document they ever acted on).")});
    parser.process(app);
    Settings settings;
    auto count = [&parser](const char *name, qint64 fallback) {
        const QString text = parser.value(QLatin1String(name));
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        if (!text.isEmpty() && (!ok || value <= 0)) {
            std::fprintf(stderr, "--%s must be a positive number\n", name);
            std::exit(1);
        }
        return text.isEmpty() ? fallback : value;
    };
    settings.documents = count("documents", settings.documents);
    settings.units = int(count("units", settings.units));
    settings.users = int(count("users", settings.users));
    settings.samples = int(count("samples", settings.samples));
    settings.clients = int(count("clients", settings.clients));
    settings.draftsPerClient = int(count("drafts-per-client", settings.draftsPerClient));
    settings.analyzeSqlite = parser.isSet(QStringLiteral("analyze-sqlite"));
    settings.reuse = parser.isSet(QStringLiteral("reuse"));
    settings.rls = parser.isSet(QStringLiteral("rls"));
    settings.rlsCounts = !parser.isSet(QStringLiteral("no-counts"));
    settings.desk = parser.isSet(QStringLiteral("desk"));

    line(QStringLiteral("documents %1, units %2, users %3, samples %4, clients %5 x %6 submissions")
             .arg(number(settings.documents))
             .arg(settings.units)
             .arg(number(settings.users))
             .arg(settings.samples)
             .arg(settings.clients)
             .arg(settings.draftsPerClient));
    try {
        QTemporaryDir scratch;
        if (!parser.isSet(QStringLiteral("no-sqlite"))) {
            const QString file = parser.isSet(QStringLiteral("sqlite"))
                                     ? parser.value(QStringLiteral("sqlite"))
                                     : scratch.filePath(QStringLiteral("bench.sqlite"));
            if (QFileInfo::exists(file) != settings.reuse) {
                std::fprintf(stderr,
                             settings.reuse ? "%s: no such file to reuse\n" : "%s exists; give a new file\n",
                             qPrintable(file));
                return 1;
            }
            runBackend(QStringLiteral("SQLite"), DatabaseUrl::sqlite(file), settings);
        }
        if (parser.isSet(QStringLiteral("postgresql"))) {
            QString error;
            const DatabaseUrl url = DatabaseUrl::parse(parser.value(QStringLiteral("postgresql")), &error);
            if (!url.isValid()) {
                std::fprintf(stderr, "--postgresql: %s\n", qPrintable(error));
                return 1;
            }
            runBackend(QStringLiteral("PostgreSQL"), url, settings);
        }
    } catch (const StoreError &error) {
        std::fprintf(stderr, "bench_workflow: %s\n", qPrintable(error.message()));
        return 2;
    }
    return 0;
}
