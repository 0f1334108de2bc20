// SPDX-License-Identifier: GPL-3.0-or-later
// Prepared statements kept per PostgreSQL connection (StatementCache behind SqlQuery): the same
// SQL runs again on the statement the server already has, the number kept is bounded, and a
// kept statement still works after a rollback or a failed statement. On SQLite nothing is kept.
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Transaction.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"

#include <QTest>

using namespace kessai;

namespace {
/// Statements the server holds prepared for this session.
qint64 serverStatements(StoreConnection &connection)
{
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM pg_prepared_statements")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

int addOne(StoreConnection &connection, int value)
{
    return SqlQuery(connection, QStringLiteral("SELECT CAST(? AS integer) + 1")).bind(value).scalar().toInt();
}
} // namespace

class TestStatementCache : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;

private slots:
    void initTestCase() { m_db = std::make_unique<test::TestDatabase>(); }
    void cleanupTestCase() { m_db.reset(); }

    void sqliteKeepsNothing()
    {
        StoreConnection connection(m_db->url());
        if (connection.isPostgreSQL())
            QSKIP("PostgreSQL keeps statements: see the other tests");
        QVERIFY(connection.statements() == nullptr);
        QCOMPARE(addOne(connection, 1), 2);
    }

    void sameSqlRunsOnTheKeptStatement()
    {
        StoreConnection connection(m_db->url());
        if (!connection.isPostgreSQL())
            QSKIP("only PostgreSQL keeps statements");
        const qint64 before = serverStatements(connection); // what opening the connection ran
        const int kept = connection.statements()->size();
        QCOMPARE(addOne(connection, 1), 2);
        QCOMPARE(connection.statements()->size(), kept + 1);
        QCOMPARE(serverStatements(connection), before + 1);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(addOne(connection, i), i + 1);
        QCOMPARE(connection.statements()->size(), kept + 1);
        QCOMPARE(serverStatements(connection), before + 1); // no PREPARE, no DEALLOCATE
        {
            // Two at once of the same SQL: the second is prepared anew; both are kept.
            SqlQuery first(connection, QStringLiteral("SELECT CAST(? AS integer) + 1"));
            SqlQuery second(connection, QStringLiteral("SELECT CAST(? AS integer) + 1"));
            QCOMPARE(first.bind(5).scalar().toInt(), 6);
            QCOMPARE(second.bind(7).scalar().toInt(), 8);
        }
        QCOMPARE(connection.statements()->size(), kept + 2);
    }

    void theNumberKeptIsBounded()
    {
        StoreConnection connection(m_db->url());
        if (!connection.isPostgreSQL())
            QSKIP("only PostgreSQL keeps statements");
        for (int i = 0; i < StatementCache::kCapacity + 40; ++i)
            QCOMPARE(SqlQuery(connection, QStringLiteral("SELECT %1").arg(i)).scalar().toInt(), i);
        QCOMPARE(connection.statements()->size(), StatementCache::kCapacity);
        QCOMPARE(serverStatements(connection), qint64(StatementCache::kCapacity)); // the rest deallocated
    }

    void keptStatementsSurviveRollbackAndFailure()
    {
        StoreConnection connection(m_db->url());
        if (!connection.isPostgreSQL())
            QSKIP("only PostgreSQL keeps statements");
        {
            Transaction transaction(connection);
            QCOMPARE(addOne(connection, 1), 2); // prepared inside, kept after the rollback
        }
        QCOMPARE(addOne(connection, 2), 3);
        {
            Transaction transaction(connection);
            QCOMPARE(addOne(connection, 0), 1);
            QVERIFY_THROWS_EXCEPTION(StoreError,
                                     SqlQuery(connection, QStringLiteral("SELECT CAST(? AS integer)"))
                                         .bind(QStringLiteral("not a number"))
                                         .exec());
        }
        QCOMPARE(addOne(connection, 3), 4);
        KESSAI_TRY(QCOMPARE(
            SqlQuery(connection, QStringLiteral("SELECT CAST(? AS integer)")).bind(9).scalar().toInt(), 9));
    }
};

QTEST_GUILESS_MAIN(TestStatementCache)
#include "tst_statementcache.moc"
