// SPDX-License-Identifier: GPL-3.0-or-later
// The search index on the office server against staff with their own logins and plain SQL (as
// psql sends it): no index row, extracted text, queue entry or count of a document they may not
// open (秘, another unit's draft) is readable; nothing can be written for a document or content
// they cannot see; extracted text is never rewritten; and a search through Kessai on their own
// connection finds only what they see.
#include "core/org/Session.h"
#include "core/search/SearchEngine.h"
#include "core/search/SearchQuery.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Transaction.h"
#include "tests/search/SearchFixture.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/WorkflowOrg.h"

#include <QTest>

#include <map>
#include <memory>

using namespace kessai;
using test::SearchFixture;

class TestSearchGuard : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<StoreConnection> m_admin; // the server's superuser
    test::WorkflowOrg m_org;
    std::map<QString, std::unique_ptr<test::SessionAs>> m_people;
    std::map<QString, std::unique_ptr<StoreConnection>> m_raw;
    qint64 m_secret = 0;     // ito_t's 秘 draft with an attachment
    qint64 m_secretBlob = 0; // its content
    qint64 m_open = 0;       // ito_t's public draft in 総務課
    qint64 m_jinji = 0;      // watanabe_a's draft in 人事課

    Session &as(const char *login) { return m_people.at(QLatin1String(login))->session(); }
    StoreConnection &raw(const char *login)
    {
        auto &slot = m_raw[QLatin1String(login)];
        if (!slot)
            slot = std::make_unique<StoreConnection>(m_db->urlAs(QLatin1String(login)),
                                                     StoreConnection::Open::Existing);
        return *slot;
    }
    qint64 count(const char *login, const QString &sql, qint64 bound)
    {
        return SqlQuery(raw(login), sql).bind(bound).scalar().toLongLong();
    }
    /// Runs one statement as login in a transaction; the server's refusal, or "" when it committed.
    QString write(const char *login, const QString &sql)
    {
        StoreConnection &connection = raw(login);
        try {
            Transaction transaction(connection);
            SqlQuery::execDirect(connection, sql);
            transaction.commit();
        } catch (const StoreError &error) {
            return error.message();
        }
        return {};
    }
    QString indexState()
    {
        return SqlQuery(
                   *m_admin,
                   QStringLiteral(
                       "SELECT md5(concat_ws('|', "
                       "(SELECT string_agg(e::text, ',' ORDER BY id) FROM search_entries e), "
                       "(SELECT string_agg(t::text, ',' ORDER BY blob_id, page) FROM content_text t), "
                       "(SELECT string_agg(x::text, ',' ORDER BY blob_id) FROM content_extractions x)))"))
            .scalar()
            .toString();
    }

private slots:
    void initTestCase()
    {
        if (!test::TestDatabase::isPostgreSQL())
            QSKIP("the office server's guard exists on PostgreSQL only");
        m_db = std::make_unique<test::TestDatabase>();
        KESSAI_TRY(m_admin = std::make_unique<StoreConnection>(m_db->url()));
        KESSAI_TRY(m_org.setUp(*m_admin));
        for (const QString &login : test::WorkflowOrg::logins())
            KESSAI_TRY(m_people[login] = std::make_unique<test::SessionAs>(*m_db, *m_admin, login));
        Session &ito = as("ito_t");
        KESSAI_TRY(m_secret = SearchFixture::draft(ito, m_org.division, QStringLiteral("秘密の人事案件"),
                                                   QStringLiteral("懲戒処分の検討"), true));
        KESSAI_TRY(SearchFixture::attach(ito, m_secret, QStringLiteral("経緯.txt"),
                                         QStringLiteral("処分の経緯と証言").toUtf8()));
        KESSAI_TRY(m_open = SearchFixture::draft(ito, m_org.division, QStringLiteral("道路補修の予算")));
        KESSAI_TRY(m_jinji = SearchFixture::draft(as("watanabe_a"), m_org.jinji, QStringLiteral("研修計画")));
        KESSAI_TRY(SearchFixture::indexAll(*m_admin));
        m_secretBlob =
            SqlQuery(*m_admin,
                     QStringLiteral("SELECT v.blob_id FROM attachment_versions v JOIN attachments a "
                                    "ON a.id = v.attachment_id WHERE a.document_id = ?"))
                .bind(m_secret)
                .scalar()
                .toLongLong();
        QVERIFY(m_secretBlob > 0);
    }

    void cleanupTestCase()
    {
        m_raw.clear();
        m_people.clear();
        m_admin.reset();
        m_db.reset();
    }

    void indexRowsAreReadOnlyWhereTheDocumentIs()
    {
        const QString entries = QStringLiteral("SELECT count(*) FROM search_entries WHERE document_id = ?");
        QVERIFY(count("ito_t", entries, m_secret) >= 2);
        QCOMPARE(count("suzuki_h", entries, m_secret), 0); // 課長 of the unit, not on the route: 秘
        QCOMPARE(count("watanabe_a", entries, m_open), 0); // another unit's draft
        QVERIFY(count("suzuki_h", entries, m_open) >= 1);
        QVERIFY(count("kanri_s", entries, m_secret) >= 2); // 文書管理者
        // the text of its attachment and its state: not even that it exists
        QCOMPARE(count("suzuki_h", QStringLiteral("SELECT count(*) FROM content_text WHERE blob_id = ?"),
                       m_secretBlob),
                 0);
        QCOMPARE(count("suzuki_h",
                       QStringLiteral("SELECT count(*) FROM content_extractions WHERE blob_id = ?"),
                       m_secretBlob),
                 0);
        QCOMPARE(count("ito_t", QStringLiteral("SELECT count(*) FROM content_text WHERE blob_id = ?"),
                       m_secretBlob),
                 1);
        // a term lookup straight on the index counts nothing invisible
        QCOMPARE(SqlQuery(raw("suzuki_h"), QStringLiteral("SELECT count(*) FROM search_entries "
                                                          "WHERE tsv @@ CAST('懲戒' AS tsquery)"))
                     .scalar()
                     .toLongLong(),
                 0);
        // nor does the server's term lookup that SearchEngine uses
        const QString lookup =
            QStringLiteral("SELECT count(*) FROM kessai_search_entries(CAST('懲戒' AS tsquery), "
                           "9223372036854775807, 1000) WHERE document_id = ?");
        QCOMPARE(count("suzuki_h", lookup, m_secret), 0);
        QCOMPARE(count("watanabe_a", lookup, m_secret), 0);
        QCOMPARE(count("ito_t", lookup, m_secret), 1);
        QCOMPARE(count("kanri_s", lookup, m_secret), 1);
        // the queue: make the secret document pending again and look
        SqlQuery(*m_admin, QStringLiteral("UPDATE documents SET body = body || '。' WHERE id = ?"))
            .bind(m_secret)
            .exec();
        QCOMPARE(count("suzuki_h",
                       QStringLiteral("SELECT count(*) FROM search_pending WHERE document_id = ?"), m_secret),
                 0);
        QCOMPARE(count("ito_t", QStringLiteral("SELECT count(*) FROM search_pending WHERE document_id = ?"),
                       m_secret),
                 1);
    }

    void searchThroughKessaiOnOwnConnection()
    {
        QVERIFY(!as("suzuki_h").isActingAsOther());
        QCOMPARE(SearchFixture::titles(as("suzuki_h"), QStringLiteral("懲戒")), QStringList{});
        QCOMPARE(SearchFixture::titles(as("suzuki_h"), QStringLiteral("証言")), QStringList{});
        QCOMPARE(SearchFixture::run(as("watanabe_a"), QStringLiteral("補修")).total, 0);
        QCOMPARE(SearchFixture::titles(as("ito_t"), QStringLiteral("証言")),
                 QStringList{QStringLiteral("秘密の人事案件")});
    }

    void writesAreGuarded()
    {
        const QString before = indexState();
        // planting index rows or text for what one cannot see
        QVERIFY(!write("suzuki_h", QStringLiteral("INSERT INTO search_entries (document_id, page, tokens) "
                                                  "VALUES (%1, 0, '偽 偽物 物')")
                                       .arg(m_secret))
                     .isEmpty());
        QVERIFY(!write("watanabe_a",
                       QStringLiteral("INSERT INTO content_text (blob_id, page, method, text, created_at) "
                                      "VALUES (%1, 9, 'ocr', '偽', '2026-01-01')")
                           .arg(m_secretBlob))
                     .isEmpty());
        // rewriting extracted text, even of content one can read
        QVERIFY(!write("ito_t", QStringLiteral("UPDATE content_text SET text = '改ざん' WHERE blob_id = %1")
                                    .arg(m_secretBlob))
                     .isEmpty());
        QVERIFY(
            !write("ito_t", QStringLiteral("DELETE FROM content_text WHERE blob_id = %1").arg(m_secretBlob))
                 .isEmpty());
        QVERIFY(
            !write("ito_t", QStringLiteral("UPDATE search_entries SET tokens = 'x' WHERE document_id = %1")
                                .arg(m_secret))
                 .isEmpty());
        // deleting another's index rows finds none to delete
        write("suzuki_h", QStringLiteral("DELETE FROM search_entries WHERE document_id = %1").arg(m_secret));
        write("watanabe_a",
              QStringLiteral("DELETE FROM search_entries WHERE document_id <> %1").arg(m_jinji));
        // an index row of one's own document naming someone else's content (with or without its attachment)
        const qint64 secretAttachment =
            SqlQuery(*m_admin, QStringLiteral("SELECT id FROM attachments WHERE document_id = ?"))
                .bind(m_secret)
                .scalar()
                .toLongLong();
        QVERIFY(
            !write("watanabe_a",
                   QStringLiteral("INSERT INTO search_entries (document_id, attachment_id, blob_id, page, "
                                  "tokens) VALUES (%1, %2, %3, 1, 'x')")
                       .arg(m_jinji)
                       .arg(secretAttachment)
                       .arg(m_secretBlob))
                 .isEmpty());
        QVERIFY(!write("watanabe_a",
                       QStringLiteral("INSERT INTO search_entries (document_id, blob_id, page, tokens) "
                                      "VALUES (%1, %2, 1, 'x')")
                           .arg(m_jinji)
                           .arg(m_secretBlob))
                     .isEmpty());
        QCOMPARE(indexState(), before);
    }

    // Schema 22: the server's walk decides on every row by the document itself, whatever
    // visibility tokens a caller writes into the query; an index row's id stays in its
    // document's range (one planted in another's range would block that document's indexing).
    void searchEntriesDecideByTheDocument()
    {
        const QString walk = QStringLiteral("SELECT count(*) FROM kessai_search_entries(CAST(? AS tsquery), "
                                            "9223372036854775807, 1000) WHERE document_id = %1");
        const auto hits = [&](const char *login, const QString &query, qint64 document) {
            return SqlQuery(raw(login), walk.arg(document)).bind(query).scalar().toLongLong();
        };
        const QString itoDrafts = QStringLiteral("'〓d%1'").arg(m_org.ito);
        QCOMPARE(hits("suzuki_h", itoDrafts, m_secret), 0);      // 秘, not on its route
        QCOMPARE(hits("watanabe_a", itoDrafts, m_open), 0);      // another unit's draft
        QCOMPARE(hits("watanabe_a", QStringLiteral("'〓p'"), m_open), 0); // the administrators' token
        QCOMPARE(hits("watanabe_a", QStringLiteral("'〓u%1'").arg(m_org.division), m_open), 0);
        QVERIFY(hits("ito_t", itoDrafts, m_secret) >= 1);
        QVERIFY(hits("suzuki_h", QStringLiteral("'〓u%1'").arg(m_org.division), m_open) >= 1);
        // row ids: in one's own document's range only
        const QString before = indexState();
        const QString plant = QStringLiteral("INSERT INTO search_entries (id, document_id, page, tokens) "
                                             "VALUES ((CAST(%1 AS bigint) << 24) + 9, %2, 0, '偽')");
        QVERIFY(write("ito_t", plant.arg(m_jinji).arg(m_open)).contains(QStringLiteral("outside the range")));
        QCOMPARE(indexState(), before);
        QCOMPARE(write("ito_t", plant.arg(m_open).arg(m_open)), QString());
        QVERIFY(indexState() != before);
        QCOMPARE(write("ito_t", QStringLiteral("DELETE FROM search_entries WHERE id = (CAST(%1 AS bigint) << 24) + 9")
                                    .arg(m_open)),
                 QString());
        QCOMPARE(indexState(), before);
    }
};

QTEST_MAIN(TestSearchGuard)
#include "tst_searchguard.moc"
