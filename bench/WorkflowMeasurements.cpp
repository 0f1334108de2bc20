// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkflowMeasurements.h"

#include "core/audit/AuditLog.h"
#include "core/documents/DocumentStore.h"
#include "core/documents/FiscalYear.h"
#include "core/org/Session.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/workflow/WorkflowStore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <atomic>
#include <memory>
#include <mutex>

namespace kessai::bench {

namespace {
double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

template <typename T>
void shuffle(QList<T> &list, QRandomGenerator &random)
{
    for (qsizetype i = list.size() - 1; i > 0; --i)
        list.swapItemsAt(i, qsizetype(random.bounded(qint64(i + 1))));
}
} // namespace

WorkflowMeasurements::WorkflowMeasurements(const DatabaseUrl &url)
    : m_url(url)
{}

QStringList WorkflowMeasurements::busyUsers(int count, QRandomGenerator &random)
{
    StoreConnection connection(m_url);
    SqlQuery q(connection, QStringLiteral("SELECT DISTINCT u.login FROM route_steps s JOIN users u ON "
                                          "u.id = s.assignee_id WHERE s.state = 'pending' ORDER BY u.login"));
    q.exec();
    QStringList logins;
    while (q.next())
        logins.append(q.text(0));
    shuffle(logins, random);
    return logins.mid(0, count);
}

WorkflowMeasurements::Inbox WorkflowMeasurements::inbox(const QStringList &logins)
{
    StoreConnection connection(m_url);
    DocumentStore documents(connection);
    Inbox result;
    qint64 items = 0;
    // Warm-up: the first queries of a connection prepare statements and load pages.
    for (int i = 0; i < std::min<int>(10, int(logins.size())); ++i) {
        const Session session(connection, logins.at(i));
        documents.list(session, InboxFolder::Pending);
        documents.counts(session);
    }
    for (const QString &login : logins) {
        const Session session(connection, login); // not timed: --as is audited, a write
        QElapsedTimer timer;
        timer.start();
        const QList<DocumentRecord> list = documents.list(session, InboxFolder::Pending);
        result.list.add(elapsedMs(timer));
        timer.restart();
        documents.counts(session);
        result.counts.add(elapsedMs(timer));
        items += list.size();
        result.maxItems = std::max(result.maxItems, int(list.size()));
    }
    result.meanItems = logins.isEmpty() ? 0 : double(items) / double(logins.size());
    return result;
}

WorkflowMeasurements::Approvals WorkflowMeasurements::approvals(int count, QRandomGenerator &random)
{
    StoreConnection connection(m_url);
    SqlQuery q(
        connection,
        QStringLiteral("SELECT s.document_id, u.login FROM route_steps s JOIN documents d ON "
                       "d.id = s.document_id JOIN users u ON u.id = s.assignee_id WHERE "
                       "d.status = 'in_review' AND s.state = 'pending' AND s.kind IN ('review', 'consult')"));
    q.exec();
    QList<QPair<qint64, QString>> candidates;
    while (q.next())
        candidates.append({q.id(0), q.text(1)});
    shuffle(candidates, random);
    Approvals result;
    QSet<qint64> used;
    WorkflowStore workflow(connection);
    for (const auto &[documentId, login] : candidates) {
        if (int(result.act.count()) + result.failures >= count)
            break;
        if (used.contains(documentId))
            continue;
        used.insert(documentId);
        const Session session(connection, login);
        QElapsedTimer timer;
        timer.start();
        try {
            workflow.act(session, documentId, WorkflowActionKind::Approve);
            result.act.add(elapsedMs(timer));
        } catch (const StoreError &error) {
            if (!result.failures++)
                result.firstFailure = error.message();
        }
    }
    return result;
}

DatabaseUrl WorkflowMeasurements::urlFor(const QString &login) const
{
    QUrl url(m_url.toString());
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("user"));
    query.addQueryItem(QStringLiteral("user"), login);
    url.setQuery(query);
    url.setUserName(QString());
    return DatabaseUrl::parse(url.toString());
}

void WorkflowMeasurements::ensureStaffLogins(const QStringList &logins)
{
    StoreConnection connection(m_url);
    for (const QString &login : logins) {
        const QString role = QString(login).replace(QLatin1Char('"'), QStringLiteral("\"\""));
        const bool exists = SqlQuery(connection, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"))
                                .bind(login)
                                .scalar()
                                .toInt() > 0;
        if (!exists)
            SqlQuery::execDirect(connection, QStringLiteral("CREATE ROLE \"%1\" LOGIN").arg(role));
        SqlQuery::execDirect(connection, QStringLiteral("GRANT kessai_staff TO \"%1\"").arg(role));
    }
}

WorkflowMeasurements::Rls WorkflowMeasurements::rlsInbox(const QStringList &logins, bool counts)
{
    Rls result;
    for (const QString &login : logins) {
        for (const bool staff : {false, true}) {
            StoreConnection connection(staff ? urlFor(login) : m_url);
            const Session session(connection, staff ? QString() : login);
            DocumentStore documents(connection);
            documents.list(session, InboxFolder::Pending); // warm-up, not timed
            QElapsedTimer timer;
            timer.start();
            const QList<DocumentRecord> list = documents.list(session, InboxFolder::Pending);
            (staff ? result.staffList : result.ownerList).add(elapsedMs(timer));
            if (counts) {
                timer.restart();
                documents.counts(session);
                (staff ? result.staffCounts : result.ownerCounts).add(elapsedMs(timer));
            }
            (staff ? result.staffItems : result.ownerItems) += int(list.size());
        }
    }
    return result;
}

void WorkflowMeasurements::rlsApprovals(int count, QRandomGenerator &random, Rls &result)
{
    QList<QPair<qint64, QString>> candidates;
    {
        StoreConnection connection(m_url);
        SqlQuery q(connection,
                   QStringLiteral("SELECT s.document_id, u.login FROM route_steps s JOIN documents d ON "
                                  "d.id = s.document_id JOIN users u ON u.id = s.assignee_id WHERE "
                                  "d.status = 'in_review' AND s.state = 'pending' AND s.kind IN ('review', "
                                  "'consult')"));
        q.exec();
        while (q.next())
            candidates.append({q.id(0), q.text(1)});
    }
    shuffle(candidates, random);
    // Two documents per login: the first action on a fresh connection compiles the server's
    // PL/pgSQL (triggers, the audit append) for that connection, untimed; the second is timed,
    // as an action of a client that has been working for a while.
    QHash<QString, QList<qint64>> byLogin;
    QStringList order;
    for (const auto &[documentId, login] : candidates) {
        QList<qint64> &documents = byLogin[login];
        if (documents.isEmpty())
            order.append(login);
        if (documents.size() < 2 && !documents.contains(documentId))
            documents.append(documentId);
    }
    QStringList logins;
    for (const QString &login : order) {
        if (byLogin.value(login).size() == 2)
            logins.append(login);
        if (int(logins.size()) >= 2 * count)
            break;
    }
    ensureStaffLogins(logins);
    QSet<qint64> used;
    bool staff = false;
    for (const QString &login : logins) {
        staff = !staff; // alternately as the owner and as the staff login
        StoreConnection connection(staff ? urlFor(login) : m_url);
        const Session session(connection, staff ? QString() : login);
        DocumentStore(connection).list(session, InboxFolder::Pending); // warm-up, not timed
        WorkflowStore workflow(connection);
        const QList<qint64> documents = byLogin.value(login);
        for (int i = 0; i < 2; ++i) {
            if (used.contains(documents.at(i)))
                continue; // another login's sample acted on it (a step of both)
            used.insert(documents.at(i));
            QElapsedTimer timer;
            timer.start();
            try {
                workflow.act(session, documents.at(i), WorkflowActionKind::Approve);
                const double ms = elapsedMs(timer);
                if (i == 0)
                    (staff ? result.staffFirstAct : result.ownerFirstAct).add(ms);
                else
                    (staff ? result.staffAct : result.ownerAct).add(ms);
            } catch (const StoreError &error) {
                if (!result.failures++)
                    result.firstFailure = (staff ? QStringLiteral("staff: ") : QStringLiteral("owner: ")) +
                                          error.message();
            }
        }
    }
}

WorkflowMeasurements::Numbering
WorkflowMeasurements::numbering(const QList<DocumentGenerator::NumberingClient> &clients, qint64 unitId)
{
    Numbering result;
    result.clients = int(clients.size());
    std::mutex mutex;
    std::atomic<int> ready{0};
    std::atomic<bool> go{false};
    QList<QThread *> threads;
    for (const DocumentGenerator::NumberingClient &client : clients) {
        threads.append(QThread::create([&, client] {
            QList<double> latencies;
            QString error;
            int submitted = 0;
            bool counted = false;
            try {
                StoreConnection connection(m_url);
                const Session session(connection, client.login);
                WorkflowStore workflow(connection);
                ++ready;
                counted = true;
                while (!go.load())
                    QThread::yieldCurrentThread();
                for (qint64 draft : client.drafts) {
                    QElapsedTimer timer;
                    timer.start();
                    workflow.act(session, draft, WorkflowActionKind::Submit);
                    latencies.append(elapsedMs(timer));
                    ++submitted;
                }
            } catch (const std::exception &e) {
                if (!counted)
                    ++ready;
                error = QString::fromUtf8(e.what());
            }
            const std::lock_guard<std::mutex> lock(mutex);
            for (double ms : latencies)
                result.submit.add(ms);
            result.submitted += submitted;
            if (!error.isEmpty())
                result.errors.append(client.login + QStringLiteral(": ") + error);
        }));
        threads.last()->start();
    }
    while (ready.load() < int(clients.size()))
        QThread::msleep(1);
    QElapsedTimer wall;
    wall.start();
    go = true;
    for (QThread *thread : threads) {
        thread->wait();
        delete thread;
    }
    result.seconds = double(wall.nsecsElapsed()) / 1e9;

    StoreConnection connection(m_url);
    const int fiscalYear = FiscalYear::of(QDate::currentDate());
    SqlQuery numbers(connection,
                     QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT doc_number), MIN(doc_number), "
                                    "MAX(doc_number) FROM documents WHERE number_unit_id = ? AND "
                                    "fiscal_year = ?"));
    numbers.bind(unitId).bind(fiscalYear).exec();
    numbers.next();
    result.numbered = numbers.id(0);
    const qint64 distinct = numbers.id(1);
    const qint64 highest = numbers.id(3);
    result.duplicates = result.numbered - distinct;
    result.gaps = (highest - numbers.id(2) + 1) - distinct;
    result.duplicates +=
        SqlQuery(connection,
                 QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM documents WHERE doc_number IS NOT "
                                "NULL GROUP BY number_unit_id, fiscal_year, doc_number "
                                "HAVING COUNT(*) > 1) duplicated"))
            .scalar()
            .toLongLong();
    const qint64 counter =
        SqlQuery(
            connection,
            QStringLiteral("SELECT last_number FROM number_counters WHERE unit_id = ? AND fiscal_year = ?"))
            .bind(unitId)
            .bind(fiscalYear)
            .scalar()
            .toLongLong();
    result.counterMatches = counter == highest;
    result.auditIntact = AuditLog(connection).verify().intact;
    return result;
}

} // namespace kessai::bench
