// SPDX-License-Identifier: GPL-3.0-or-later
// The audit log: a hash chain that verify() accepts as long as nobody edits, deletes or
// inserts rows behind its back, append-only triggers, and appends serialised across clients.
#include "core/audit/AuditLog.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Transaction.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"

#include <QJsonArray>
#include <QMutex>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace kessai;

namespace {
enum class Tamper
{
    EditDetails,
    EditAndRehash,
    DeleteMiddle,
    DeleteNewest,
    EditNewestAndRehash,
    HeadMovedBack,
    ForgedAppend,
};

/// Appends events 1..count by "sato" with details {"n": i}.
void appendEvents(StoreConnection &connection, int count)
{
    AuditLog log(connection);
    for (int i = 1; i <= count; ++i)
        log.append(QStringLiteral("sato"), QStringLiteral("sato"), QStringLiteral("test.event"),
                   QStringLiteral("thing"), i, {{QStringLiteral("n"), i}});
}

AuditEvent eventById(StoreConnection &connection, qint64 id)
{
    for (const AuditEvent &event : AuditLog(connection).recent(1000)) {
        if (event.id == id)
            return event;
    }
    return {};
}

/// Lets the test's superuser change audit rows, as someone with file or server access could.
void disableAppendOnlyTriggers(test::TestDatabase &db)
{
    if (test::TestDatabase::isPostgreSQL()) {
        db.superuserExec(QStringLiteral("ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_change"));
    } else {
        db.superuserExec(QStringLiteral("DROP TRIGGER audit_events_no_update"));
        db.superuserExec(QStringLiteral("DROP TRIGGER audit_events_no_delete"));
    }
}
} // namespace

Q_DECLARE_METATYPE(Tamper)

class TestAuditLog : public QObject
{
    Q_OBJECT

    // For the rows that are all refused: one log of three events, never changed.
    std::unique_ptr<test::TestDatabase> m_refusing;
    std::unique_ptr<StoreConnection> m_refusingConnection;
    std::unique_ptr<test::TestDatabase> m_tampered;
    std::unique_ptr<StoreConnection> m_tamperedConnection;

private slots:
    void cleanupTestCase()
    {
        m_refusingConnection.reset();
        m_refusing.reset();
        m_tamperedConnection.reset();
        m_tampered.reset();
    }
    void appendBuildsAChainThatVerifies()
    {
        test::TestDatabase db;
        StoreConnection connection(db.url());
        AuditLog log(connection);
        QCOMPARE(log.verify().intact, true); // an empty log is intact
        QCOMPARE(log.verify().eventsChecked, 0);

        KESSAI_TRY(appendEvents(connection, 3));
        qint64 lastId = 0;
        KESSAI_TRY(lastId = log.append(QStringLiteral("ito"), QStringLiteral("admin"),
                                       QStringLiteral("unit.add"), QStringLiteral("unit"), 0,
                                       {{QStringLiteral("b"), QStringLiteral("総務")},
                                        {QStringLiteral("a"), QJsonArray{1, 2}}}));
        QCOMPARE(lastId, 4);

        const AuditLog::Verification verification = log.verify();
        QVERIFY2(verification.intact, qPrintable(verification.problem));
        QCOMPARE(verification.eventsChecked, 4);
        QCOMPARE(verification.firstBadId, 0);

        const QList<AuditEvent> events = log.recent(10);
        QCOMPARE(events.size(), 4);
        for (int i = 0; i < events.size(); ++i)
            QCOMPARE(events.at(i).id, 4 - i); // newest first, contiguous
        QCOMPARE(events.last().prevHash, QString());
        for (int i = 0; i + 1 < events.size(); ++i)
            QCOMPARE(events.at(i).prevHash, events.at(i + 1).hash);
        for (const AuditEvent &event : events) {
            QCOMPARE(event.hash, AuditLog::chainHash(event.prevHash, event));
            QCOMPARE(event.hash.size(), 64);
            QVERIFY(event.occurredAt.isValid());
        }
        const AuditEvent &newest = events.first();
        QCOMPARE(newest.actorLogin, QStringLiteral("ito"));
        QCOMPARE(newest.realLogin, QStringLiteral("admin"));
        QCOMPARE(newest.action, QStringLiteral("unit.add"));
        QCOMPARE(newest.entityId, 0);
        // Compact JSON with sorted keys, Japanese kept as text.
        QCOMPARE(newest.details, QStringLiteral("{\"a\":[1,2],\"b\":\"総務\"}"));

        // Filters: by entity type, by entity id, and the limit.
        QCOMPARE(log.recent(10, QStringLiteral("thing")).size(), 3);
        const QList<AuditEvent> second = log.recent(10, QStringLiteral("thing"), 2);
        QCOMPARE(second.size(), 1);
        QCOMPARE(second.first().details, QStringLiteral("{\"n\":2}"));
        QCOMPARE(log.recent(2).size(), 2);
    }

    void appendIsPartOfTheCallersTransaction()
    {
        test::TestDatabase db;
        StoreConnection connection(db.url());
        KESSAI_TRY(appendEvents(connection, 2));
        {
            Transaction transaction(connection);
            KESSAI_TRY(appendEvents(connection, 3));
            // not committed: rolled back together with the head
        }
        QCOMPARE(test::rowCount(connection, QStringLiteral("audit_events")), 2);
        const AuditLog::Verification verification = AuditLog(connection).verify();
        QVERIFY2(verification.intact, qPrintable(verification.problem));
        qint64 next = 0;
        KESSAI_TRY(next = AuditLog(connection)
                              .append(QStringLiteral("a"), QStringLiteral("a"), QStringLiteral("x"),
                                      QStringLiteral("y"), 1));
        QCOMPARE(next, 3);
    }

    void tamperingIsDetected_data()
    {
        QTest::addColumn<Tamper>("tamper");
        QTest::addColumn<qint64>("firstBadId");
        QTest::addColumn<QString>("problem");
        QTest::newRow("past event's details edited")
            << Tamper::EditDetails << qint64(2) << QStringLiteral("altered");
        QTest::newRow("past event edited and re-hashed")
            << Tamper::EditAndRehash << qint64(3) << QStringLiteral("does not follow");
        QTest::newRow("middle event deleted")
            << Tamper::DeleteMiddle << qint64(3) << QStringLiteral("missing");
        QTest::newRow("newest event deleted")
            << Tamper::DeleteNewest << qint64(5) << QStringLiteral("removed");
        QTest::newRow("newest event edited and re-hashed")
            << Tamper::EditNewestAndRehash << qint64(5) << QStringLiteral("head");
        QTest::newRow("head moved back") << Tamper::HeadMovedBack << qint64(5) << QStringLiteral("head");
        QTest::newRow("event forged at the end")
            << Tamper::ForgedAppend << qint64(6) << QStringLiteral("head");
    }

    void tamperingIsDetected()
    {
        QFETCH(Tamper, tamper);
        QFETCH(qint64, firstBadId);
        QFETCH(QString, problem);
        // The rows share one database with the triggers off; each starts from a new five-event log.
        if (!m_tampered) {
            m_tampered = std::make_unique<test::TestDatabase>();
            KESSAI_TRY(m_tamperedConnection = std::make_unique<StoreConnection>(m_tampered->url()));
            disableAppendOnlyTriggers(*m_tampered);
        }
        test::TestDatabase &db = *m_tampered;
        StoreConnection &connection = *m_tamperedConnection;
        db.superuserExec(QStringLiteral("DELETE FROM audit_events"));
        db.superuserExec(QStringLiteral("UPDATE audit_head SET last_id = 0, last_hash = ''"));
        KESSAI_TRY(appendEvents(connection, 5));
        QCOMPARE(AuditLog(connection).recent(1).first().id, 5);
        QVERIFY(AuditLog(connection).verify().intact);

        // Re-hashing makes the edited row self-consistent, so only the chain can tell.
        auto rehashed = [&](qint64 id) {
            AuditEvent event = eventById(connection, id);
            event.details = QStringLiteral("{\"n\":99}");
            return QStringLiteral("UPDATE audit_events SET details = '{\"n\":99}', hash = '%1' WHERE id = %2")
                .arg(AuditLog::chainHash(event.prevHash, event))
                .arg(id);
        };
        switch (tamper) {
        case Tamper::EditDetails:
            db.superuserExec(QStringLiteral("UPDATE audit_events SET details = '{\"n\":99}' WHERE id = 2"));
            break;
        case Tamper::EditAndRehash:
            db.superuserExec(rehashed(2));
            break;
        case Tamper::DeleteMiddle:
            db.superuserExec(QStringLiteral("DELETE FROM audit_events WHERE id = 3"));
            break;
        case Tamper::DeleteNewest:
            db.superuserExec(QStringLiteral("DELETE FROM audit_events WHERE id = 5"));
            break;
        case Tamper::EditNewestAndRehash:
            db.superuserExec(rehashed(5));
            break;
        case Tamper::HeadMovedBack:
            db.superuserExec(QStringLiteral("UPDATE audit_head SET last_id = 4, last_hash = '%1'")
                                 .arg(eventById(connection, 4).hash));
            break;
        case Tamper::ForgedAppend: {
            // A plain INSERT is allowed, and even a correctly chained row is caught by the head.
            AuditEvent forged = eventById(connection, 5);
            forged.id = 6;
            forged.prevHash = forged.hash;
            forged.hash = AuditLog::chainHash(forged.prevHash, forged);
            KESSAI_TRY(
                SqlQuery(connection,
                         QStringLiteral("INSERT INTO audit_events (id, occurred_at, actor_login, real_login, "
                                        "action, entity_type, entity_id, details, prev_hash, hash) "
                                        "SELECT 6, occurred_at, actor_login, real_login, action, "
                                        "entity_type, entity_id, details, ?, ? FROM audit_events "
                                        "WHERE id = 5"))
                    .bind(forged.prevHash)
                    .bind(forged.hash)
                    .exec());
            QCOMPARE(eventById(connection, 6).hash,
                     AuditLog::chainHash(forged.prevHash, eventById(connection, 6)));
            break;
        }
        }

        const AuditLog::Verification verification = AuditLog(connection).verify();
        QVERIFY(!verification.intact);
        QCOMPARE(verification.firstBadId, firstBadId);
        QVERIFY2(verification.problem.contains(problem), qPrintable(verification.problem));
    }

    void triggersRefuseChanges_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("update") << QStringLiteral("UPDATE audit_events SET details = '{}' WHERE id = 2");
        QTest::newRow("update hash") << QStringLiteral("UPDATE audit_events SET hash = 'x' || hash");
        QTest::newRow("delete one") << QStringLiteral("DELETE FROM audit_events WHERE id = 3");
        QTest::newRow("delete all") << QStringLiteral("DELETE FROM audit_events");
        if (test::TestDatabase::isPostgreSQL()) // TRUNCATE bypasses row-level triggers
            QTest::newRow("truncate") << QStringLiteral("TRUNCATE audit_events");
    }

    void triggersRefuseChanges()
    {
        QFETCH(QString, sql);
        if (!m_refusing) {
            m_refusing = std::make_unique<test::TestDatabase>();
            KESSAI_TRY(m_refusingConnection = std::make_unique<StoreConnection>(m_refusing->url()));
            KESSAI_TRY(appendEvents(*m_refusingConnection, 3));
        }
        StoreConnection &connection = *m_refusingConnection;
        KESSAI_EXPECT_ERROR(StoreError::Kind::Internal, SqlQuery::execDirect(connection, sql));
        QVERIFY2(test::lastErrorMessage().contains(QStringLiteral("append-only")),
                 qPrintable(test::lastErrorMessage()));
        QCOMPARE(test::rowCount(connection, QStringLiteral("audit_events")), 3);
        const AuditLog::Verification verification = AuditLog(connection).verify();
        QVERIFY2(verification.intact, qPrintable(verification.problem));
    }

    void concurrentAppendsStayOneChain()
    {
        constexpr int kThreads = 4;
        constexpr int kEach = 100;
        test::TestDatabase db;
        StoreConnection connection(db.url());
        KESSAI_TRY(appendEvents(connection, 1));

        QMutex mutex;
        QList<qint64> ids;
        bool increasingPerWorker = true;
        const QStringList failures =
            test::runInThreads(db.url(), kThreads, [&](StoreConnection &own, int index) {
                AuditLog log(own);
                const QString actor = QStringLiteral("worker%1").arg(index);
                QList<qint64> mine;
                for (int i = 0; i < kEach; ++i)
                    mine.append(log.append(actor, actor, QStringLiteral("test.concurrent"),
                                           QStringLiteral("thing"), i + 1, {{QStringLiteral("i"), i}}));
                const QMutexLocker lock(&mutex);
                ids += mine;
                increasingPerWorker = increasingPerWorker && std::is_sorted(mine.cbegin(), mine.cend());
            });
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));

        QCOMPARE(ids.size(), kThreads * kEach);
        QVERIFY(increasingPerWorker);
        const QSet<qint64> distinct(ids.cbegin(), ids.cend());
        QCOMPARE(distinct.size(), kThreads * kEach);
        QCOMPARE(*std::min_element(ids.cbegin(), ids.cend()), 2);
        QCOMPARE(*std::max_element(ids.cbegin(), ids.cend()), qint64(kThreads * kEach + 1));

        const AuditLog::Verification verification = AuditLog(connection).verify();
        QVERIFY2(verification.intact, qPrintable(verification.problem));
        QCOMPARE(verification.eventsChecked, qint64(kThreads * kEach + 1));
        SqlQuery perActor(connection,
                          QStringLiteral("SELECT actor_login, count(*) FROM audit_events WHERE action = "
                                         "'test.concurrent' GROUP BY actor_login ORDER BY actor_login"));
        perActor.exec();
        int actors = 0;
        while (perActor.next()) {
            QCOMPARE(perActor.text(0), QStringLiteral("worker%1").arg(actors++));
            QCOMPARE(perActor.value(1).toInt(), kEach);
        }
        QCOMPARE(actors, kThreads);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
