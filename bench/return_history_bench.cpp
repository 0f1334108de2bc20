// SPDX-License-Identifier: GPL-3.0-or-later
// 差戻し rounds of the document on screen (issue 19): ReturnHistory::rounds is asked at every
// selection in the main window and every single view, and reads the document's audit events.
// Measured on SQLite in a log of N events of other documents, with the index of schema 13
// (audit_events_entity) and without it, next to the raw query of the same rows (QSqlQuery).
//
//   bench_return_history [--events N] [--repeat N]
#include "core/documents/DocumentStore.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/setup/OrganizationSetup.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/Timestamps.h"
#include "core/store/Transaction.h"
#include "core/workflow/ReturnHistory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace kessai;

namespace {
/// Median milliseconds of repeat runs of work.
template <typename Work>
double medianMs(int repeat, Work work)
{
    QList<double> times;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

void insertEvent(StoreConnection &connection, qint64 id, qint64 documentId, const QString &action,
                 const QString &details)
{
    SqlQuery(connection, QStringLiteral("INSERT INTO audit_events (id, occurred_at, actor_login, real_login, action, "
                                        "entity_type, entity_id, details, prev_hash, hash) "
                                        "VALUES (?, ?, 'bench', 'bench', ?, 'document', ?, ?, '', ?)"))
        .bind(id)
        .bind(Timestamps::toText(Timestamps::now().addSecs(id)))
        .bind(action)
        .bind(documentId)
        .bind(details)
        .bind(QStringLiteral("bench-%1").arg(id))
        .exec();
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("events"), QStringLiteral("Audit events of other documents."),
                      QStringLiteral("N"), QStringLiteral("500000")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Runs per figure."), QStringLiteral("N"),
                      QStringLiteral("21")});
    parser.process(app);
    const int events = parser.value(QStringLiteral("events")).toInt();
    const int repeat = parser.value(QStringLiteral("repeat")).toInt();

    QTemporaryDir dir;
    StoreConnection connection(DatabaseUrl::sqlite(dir.filePath(QStringLiteral("bench.sqlite"))),
                               StoreConnection::Open::CreateIfMissing);
    OrganizationSetup(connection).initialize(QStringLiteral("計測市"), QStringLiteral("計測 太郎"));
    Session session(connection);
    {
        OrgStore org(connection);
        Unit unit;
        unit.code = QStringLiteral("総務");
        unit.name = QStringLiteral("総務課");
        User me = session.user();
        me.unitId = org.addUnit(session, unit);
        org.updateUser(session, me);
        session.reload();
    }
    DocumentRecord draft;
    draft.title = QStringLiteral("差戻しの計測");
    const qint64 document = DocumentStore(connection).createDraft(session, draft);
    qint64 id = 1000000;
    {
        Transaction transaction(connection);
        for (int i = 0; i < events; ++i)
            insertEvent(connection, ++id, document + 1 + i % 50000, QStringLiteral("document.update"),
                        QStringLiteral("{\"body_length\":10}"));
        // Three rounds on the measured document, spread through the log.
        for (int round = 0; round < 3; ++round) {
            insertEvent(connection, ++id, document, QStringLiteral("workflow.return"),
                        QStringLiteral("{\"comment\":\"直してください\",\"return_to\":0,\"step\":1}"));
            insertEvent(connection, ++id, document, QStringLiteral("document.update"),
                        QStringLiteral("{\"title\":\"差戻しの計測（改）\"}"));
            insertEvent(connection, ++id, document, QStringLiteral("workflow.submit"),
                        QStringLiteral("{\"resubmission\":true}"));
        }
        transaction.commit();
    }
    QTextStream out(stdout);
    auto measure = [&](const QString &label) {
        int rounds = 0;
        const double library = medianMs(repeat, [&] { rounds = int(ReturnHistory(connection).rounds(document).size()); });
        const double raw = medianMs(repeat, [&] {
            QSqlQuery q(connection.database());
            q.prepare(QStringLiteral("SELECT occurred_at, actor_login, action, details FROM audit_events "
                                     "WHERE entity_type = 'document' AND entity_id = ? ORDER BY id"));
            q.addBindValue(document);
            q.exec();
            while (q.next()) {
            }
        });
        out << label << ": ReturnHistory::rounds " << library << " ms (" << rounds << " rounds), raw query "
            << raw << " ms\n";
        out.flush();
    };
    out << "audit events: " << events + 9 << ", runs per figure: " << repeat << "\n";
    measure(QStringLiteral("with audit_events_entity"));
    SqlQuery::execDirect(connection, QStringLiteral("DROP INDEX audit_events_entity"));
    measure(QStringLiteral("without the index"));
    return 0;
}
