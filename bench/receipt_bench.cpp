// SPDX-License-Identifier: GPL-3.0-or-later
// 収受 registration (issue 16): how long ReceiptStore::registerReceipt takes per receipt (sender
// list, received document, receipt row, 収受番号 under the counter's lock, audit event, one
// transaction) next to the raw statements a hand-written insert would need (the document, the
// receipt, the counter; no checks, no audit), on the same SQLite file or PostgreSQL database.
//
//   bench_receipts [--count N] [--postgresql URL]
//
// The URL must name an empty database (scripts/bench.sh creates one in a throwaway cluster).
#include "core/documents/ReceiptStore.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/setup/OrganizationSetup.h"
#include "core/store/DatabaseUrl.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Timestamps.h"
#include "core/store/Transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

using namespace kessai;

namespace {
QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2)
                                          : QStringLiteral("unknown");
}

/// The same rows as a registration, written with plain prepared statements.
void rawInsert(StoreConnection &connection, qint64 userId, qint64 unitId, int i)
{
    const QString now = Timestamps::toText(Timestamps::now());
    Transaction transaction(connection);
    const qint64 id = SqlQuery(connection, QStringLiteral("INSERT INTO documents (kind, title, body, drafter_id, unit_id, "
                                                          "status, created_at, updated_at) VALUES ('received', ?, '', "
                                                          "?, ?, 'draft', ?, ?) RETURNING id"))
                          .bind(QStringLiteral("生の収受 %1").arg(i))
                          .bind(userId)
                          .bind(unitId)
                          .bind(now)
                          .bind(now)
                          .scalar()
                          .toLongLong();
    const int number = SqlQuery(connection, QStringLiteral("INSERT INTO receipt_counters (unit_id, fiscal_year, last_number) "
                                                           "VALUES (?, 1999, 1) ON CONFLICT (unit_id, fiscal_year) DO "
                                                           "UPDATE SET last_number = receipt_counters.last_number + 1 "
                                                           "RETURNING last_number"))
                           .bind(unitId)
                           .scalar()
                           .toInt();
    SqlQuery(connection, QStringLiteral("INSERT INTO receipts (document_id, unit_id, fiscal_year, receipt_number, "
                                        "number_label, received_on, sender_name, channel, handling, registered_by, "
                                        "registered_at) VALUES (?, ?, 1999, ?, ?, ?, '某省', 'post', 'circulate', ?, ?)"))
        .bind(id)
        .bind(unitId)
        .bind(number)
        .bind(QStringLiteral("生収第%1号").arg(number))
        .bind(Timestamps::dateToText(QDate::currentDate()))
        .bind(userId)
        .bind(now)
        .exec();
    transaction.commit();
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("count"), QStringLiteral("Receipts to register (default 500)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("postgresql"), QStringLiteral("An empty PostgreSQL database."), QStringLiteral("url")});
    parser.process(app);
    const int count = parser.isSet(QStringLiteral("count")) ? parser.value(QStringLiteral("count")).toInt() : 500;
    QTemporaryDir dir;
    try {
        const DatabaseUrl url = parser.isSet(QStringLiteral("postgresql"))
                                    ? DatabaseUrl::parse(parser.value(QStringLiteral("postgresql")))
                                    : DatabaseUrl::sqlite(dir.filePath(QStringLiteral("bench.kessai")));
        StoreConnection connection(url);
        OrganizationSetup(connection).initialize(QStringLiteral("ベンチ県"), QStringLiteral("計測 太郎"));
        Session session(connection);
        Unit unit;
        unit.code = QStringLiteral("総務");
        unit.name = QStringLiteral("総務課");
        User me = session.user();
        me.unitId = OrgStore(connection).addUnit(session, unit);
        OrgStore(connection).updateUser(session, me);
        session.reload();

        ReceiptStore store(connection);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < count; ++i) {
            ReceiptRecord r;
            r.title = QStringLiteral("照会 %1").arg(i);
            r.senderName = QStringLiteral("差出人 %1").arg(i % 20);
            r.receivedOn = QDate::currentDate();
            store.registerReceipt(session, r);
        }
        const double kessaiMs = double(timer.nsecsElapsed()) / 1e6 / count;
        timer.restart();
        for (int i = 0; i < count; ++i)
            rawInsert(connection, session.user().id, me.unitId, i);
        const double rawMs = double(timer.nsecsElapsed()) / 1e6 / count;
        out() << QStringLiteral("backend %1, %2 receipts, load average %3\n")
                     .arg(connection.isPostgreSQL() ? QStringLiteral("postgresql") : QStringLiteral("sqlite"))
                     .arg(count)
                     .arg(loadAverage());
        out() << QStringLiteral("ReceiptStore::registerReceipt  %1 ms per receipt\n").arg(kessaiMs, 0, 'f', 3);
        out() << QStringLiteral("raw statements (3, no checks)  %1 ms per receipt\n").arg(rawMs, 0, 'f', 3);
        out() << QStringLiteral("ratio                          %1x\n").arg(rawMs > 0 ? kessaiMs / rawMs : 0, 0, 'f', 1);
    } catch (const StoreError &error) {
        out() << error.message() << '\n';
        return 2;
    }
    return 0;
}
