// SPDX-License-Identifier: GPL-3.0-or-later
// PgStatement: statements run through libpq on Qt's own PostgreSQL connection, with bytes sent
// as they are. Found on a QPSQL connection (not elsewhere), prepared once per server session,
// in the caller's transaction; several rows in one round trip (pipeline mode), all or none, and
// a failure among them reported like SqlQuery's, leaving the connection usable.
#include "core/store/PgStatement.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Transaction.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"

#include <QTest>

#include <memory>

using namespace kessai;

namespace {
const QByteArray kName = QByteArrayLiteral("kessai_test_insert");
const QByteArray kInsert = QByteArrayLiteral("INSERT INTO pg_statement_test (id, data) VALUES ($1, $2)");

/// Every byte value, a NUL among them: what a hex or text literal would have to escape.
QByteArray allBytes(int id)
{
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(char((i + id) & 0xff));
    return bytes;
}
} // namespace

class TestPgStatement : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<StoreConnection> m_connection;

    QList<PgStatement::Parameter> row(int id)
    {
        return {PgStatement::number(id), PgStatement::bytes(allBytes(id))};
    }
    qint64 count(const QString &where = QStringLiteral("true"))
    {
        return SqlQuery(*m_connection,
                        QStringLiteral("SELECT count(*) FROM pg_statement_test WHERE ") + where)
            .scalar()
            .toLongLong();
    }

private slots:
    void initTestCase()
    {
        KESSAI_TRY(m_db = std::make_unique<test::TestDatabase>());
        KESSAI_TRY(m_connection = std::make_unique<StoreConnection>(m_db->url()));
        if (!test::TestDatabase::isPostgreSQL())
            return;
        KESSAI_TRY(
            SqlQuery::execDirect(*m_connection, QStringLiteral("CREATE TABLE pg_statement_test (id INTEGER "
                                                               "PRIMARY KEY CHECK (id >= 0), data BYTEA)")));
    }

    void init()
    {
        if (test::TestDatabase::isPostgreSQL())
            KESSAI_TRY(SqlQuery::execDirect(*m_connection, QStringLiteral("DELETE FROM pg_statement_test")));
    }

    void cleanupTestCase()
    {
        m_connection.reset();
        m_db.reset();
    }

    void availableOnlyOnPostgreSQL()
    {
        QCOMPARE(PgStatement::available(*m_connection), test::TestDatabase::isPostgreSQL());
    }

    void bytesArriveAsTheyAre()
    {
        if (!test::TestDatabase::isPostgreSQL())
            QSKIP("PostgreSQL only (available() is false elsewhere)");
        PgStatement insert(*m_connection, kName, kInsert);
        QCOMPARE(insert.exec(row(1)), 1);
        const QByteArray stored =
            SqlQuery(*m_connection, QStringLiteral("SELECT data FROM pg_statement_test WHERE id = 1"))
                .scalar()
                .toByteArray();
        QCOMPARE(stored, allBytes(1));
        // Kept for the session: a second PgStatement of the same name finds it prepared.
        PgStatement again(*m_connection, kName, kInsert);
        QCOMPARE(again.exec(row(2)), 1);
        QCOMPARE(SqlQuery(*m_connection,
                          QStringLiteral("SELECT count(*) FROM pg_prepared_statements WHERE name = ?"))
                     .bind(QString::fromLatin1(kName))
                     .scalar()
                     .toInt(),
                 1);
    }

    void preparedInsideTheCallersTransaction()
    {
        if (!test::TestDatabase::isPostgreSQL())
            QSKIP("PostgreSQL only");
        // A new session whose first use is inside a transaction: the transaction stays usable,
        // and what the statement wrote goes with it.
        StoreConnection connection(m_db->url(), StoreConnection::Open::Existing);
        {
            Transaction transaction(connection);
            SqlQuery::execDirect(connection,
                                 QStringLiteral("INSERT INTO pg_statement_test (id) VALUES (10)"));
            PgStatement insert(connection, kName, kInsert);
            QCOMPARE(insert.execAll({row(11), row(12)}), 2);
            KESSAI_TRY(transaction.commit());
        }
        QCOMPARE(count(QStringLiteral("id IN (10, 11, 12)")), 3);
        {
            Transaction transaction(connection);
            PgStatement(connection, kName, kInsert).exec(row(13));
            // Rolled back: nothing of it stays.
        }
        QCOMPARE(count(QStringLiteral("id = 13")), 0);
    }

    void manyRowsInOneRoundTrip()
    {
        if (!test::TestDatabase::isPostgreSQL())
            QSKIP("PostgreSQL only");
        QList<QList<PgStatement::Parameter>> rows;
        for (int id = 100; id < 140; ++id)
            rows.append(row(id));
        PgStatement insert(*m_connection, kName, kInsert);
        QCOMPARE(insert.execAll(rows), 40);
        QCOMPARE(count(), 40);
        QCOMPARE(SqlQuery(*m_connection, QStringLiteral("SELECT data FROM pg_statement_test WHERE id = 139"))
                     .scalar()
                     .toByteArray(),
                 allBytes(139));
    }

    void aFailureAmongManyThrowsAndLeavesTheConnectionUsable()
    {
        if (!test::TestDatabase::isPostgreSQL())
            QSKIP("PostgreSQL only");
        PgStatement insert(*m_connection, kName, kInsert);
        {
            Transaction transaction(*m_connection);
            // The second row breaks the CHECK; the third is not run.
            KESSAI_EXPECT_ERROR(StoreError::Kind::Internal, insert.execAll({row(200), row(-1), row(201)}));
        } // rolled back
        QCOMPARE(count(), 0);
        // Outside a transaction the rows of one call are one (implicit) transaction: none stays.
        KESSAI_EXPECT_ERROR(StoreError::Kind::Internal, insert.execAll({row(300), row(300), row(301)}));
        QCOMPARE(count(), 0);
        // Qt's driver and PgStatement both still work on the connection.
        QCOMPARE(insert.execAll({row(302), row(303)}), 2);
        QCOMPARE(count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPgStatement)
#include "tst_pgstatement.moc"
