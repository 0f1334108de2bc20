// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/EventCommands.h"

#include "cli/CliContext.h"
#include "core/documents/EventFeed.h"
#include "core/org/Session.h"
#include "core/store/StoreChangeListener.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTextStream>
#include <QThread>

#include <optional>

namespace kessai::cli {

namespace {
const auto kSince = QStringLiteral("since");
const auto kFollow = QStringLiteral("follow");
const auto kInterval = QStringLiteral("interval");
} // namespace

EventCommands::EventCommands(CliContext &context)
    : m_context(context)
{}

int EventCommands::events(const QStringList &arguments)
{
    const QString command = QStringLiteral("events");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints the audit chain's events after --since ID, oldest first, each with the current state of its "
           "document (status, 文書番号, 決裁日, 施行日, external reference): the feed another system reads to learn "
           "what became of what it asked for. Keep the last id you read and give it next time: ids are contiguous. "
           "With --json, one JSON object per line. With --follow, keeps printing new events as they come: on "
           "PostgreSQL it listens on the channel kessai_event (no polling), on SQLite it looks every --interval."));
    parser.addOption({kSince, tr("Print the events after this id (0: from the start)."), tr("id")});
    parser.addOption({kFollow, tr("Keep waiting for new events (stop with Ctrl+C).")});
    parser.addOption({kInterval, tr("With --follow on SQLite, how often to look, in milliseconds (default 1000)."),
                      tr("ms")});
    if (!m_context.parse(parser, command, arguments))
        return ExitOk;
    bool ok = false;
    qint64 since = m_context.required(parser, kSince, command).trimmed().toLongLong(&ok);
    if (!ok || since < 0)
        throw CliContext::usageError(tr("--since \"%1\" is not an event id").arg(parser.value(kSince)), command);
    unsigned long interval = 1000;
    if (parser.isSet(kInterval)) {
        interval = parser.value(kInterval).trimmed().toULong(&ok);
        if (!ok || interval < 50 || interval > 3600000)
            throw CliContext::usageError(
                tr("--interval \"%1\" is not a number of milliseconds from 50").arg(parser.value(kInterval)), command);
    }
    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs()); // a registered user reads the feed
    EventFeed feed(*connection);
    QTextStream &out = m_context.out();
    const bool json = m_context.output().isJson();
    auto printNew = [&] {
        for (;;) {
            const QList<QJsonObject> events = feed.since(since, EventFeed::kBatch);
            for (const QJsonObject &event : events) {
                print(event, json);
                since = event.value(QStringLiteral("id")).toInteger();
            }
            out.flush();
            if (events.size() < EventFeed::kBatch)
                return; // else more are waiting
        }
    };
    printNew();
    if (!parser.isSet(kFollow))
        return ExitOk;
    const DatabaseUrl url = m_context.databaseUrl();
    if (!StoreChangeListener::isSupported(url)) {
        // SQLite has no notifications: look again every --interval.
        for (;;) {
            QThread::msleep(interval);
            printNew();
        }
    }
    // PostgreSQL: LISTEN on the feed's channel, no polling. Each notification reads what is new
    // (through this connection, under row-level security: the payload is only a wake-up), and
    // so does every (re)start of listening, which may have missed what was committed meanwhile.
    StoreChangeListener listener(url, QLatin1String(StoreChangeListener::kEventChannel));
    QEventLoop loop;
    std::optional<StoreError> failure;
    auto wake = [&] {
        if (failure)
            return;
        try {
            printNew();
        } catch (const StoreError &error) { // never through the event loop
            failure = error;
            loop.exit(1);
        }
    };
    QObject::connect(&listener, &StoreChangeListener::notified, &loop, wake);
    QObject::connect(&listener, &StoreChangeListener::changed, &loop, wake);
    listener.start();
    loop.exec();
    listener.stop();
    if (failure)
        throw *failure;
    return ExitOk;
}

void EventCommands::print(const QJsonObject &event, bool json)
{
    QTextStream &out = m_context.out();
    if (json) {
        out << QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact)) << '\n';
        return;
    }
    const QJsonObject document = event.value(QStringLiteral("document")).toObject();
    out << OutputFormatter::textValue(event.value(QStringLiteral("id"))) << '\t'
        << OutputFormatter::textValue(event.value(QStringLiteral("at"))) << '\t'
        << OutputFormatter::textValue(event.value(QStringLiteral("actor"))) << '\t'
        << OutputFormatter::textValue(event.value(QStringLiteral("action"))) << '\t'
        << OutputFormatter::textValue(event.value(QStringLiteral("entity_type"))) << '\t'
        << OutputFormatter::textValue(event.value(QStringLiteral("entity_id"))) << '\t'
        << OutputFormatter::textValue(document.value(QStringLiteral("status"))) << '\t'
        << OutputFormatter::textValue(document.value(QStringLiteral("number"))) << '\n';
}

} // namespace kessai::cli
