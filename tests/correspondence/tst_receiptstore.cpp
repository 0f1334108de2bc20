// SPDX-License-Identifier: GPL-3.0-or-later
// 収受: registering what arrives. Each receipt is a received document with a 収受番号 per unit
// and fiscal year of its 収受日 (gap-free under concurrent registrations, its own series beside
// the 文書番号), a sender from a reusable list, and an audit event; bad fields are refused with
// nothing written, and only the 係 or 課 concerned registers.
#include "core/audit/AuditLog.h"
#include "core/documents/DocumentStore.h"
#include "core/documents/FiscalYear.h"
#include "core/documents/ReceiptStore.h"
#include "core/documents/SenderList.h"
#include "core/org/Session.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/Transaction.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/WorkflowOrg.h"

#include <QMutex>
#include <QTest>

#include <algorithm>
#include <memory>
#include <numeric>

using namespace kessai;

class TestReceiptStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<StoreConnection> m_admin;
    test::WorkflowOrg m_org;
    std::unique_ptr<test::SessionAs> m_ito;      // 文書係 of 総務課
    std::unique_ptr<test::SessionAs> m_watanabe; // 人事課

    Session &ito() { return m_ito->session(); }

    static ReceiptRecord sample(const QDate &receivedOn, const QString &sender = QStringLiteral("北海道総務部"))
    {
        ReceiptRecord r;
        r.receivedOn = receivedOn;
        r.senderName = sender;
        r.addressee = QStringLiteral("テスト市長");
        r.sourceDate = receivedOn.addDays(-3);
        r.sourceNumber = QStringLiteral("総第123号");
        r.title = QStringLiteral("令和8年度 事務連絡について");
        r.channel = ReceiptChannel::Post;
        r.handling = ReceiptHandling::Circulate;
        return r;
    }

    qint64 countOf(const QString &table) { return test::rowCount(*m_admin, table); }

private slots:
    void initTestCase()
    {
        KESSAI_TRY(m_db = std::make_unique<test::TestDatabase>());
        KESSAI_TRY(m_admin = std::make_unique<StoreConnection>(m_db->url()));
        KESSAI_TRY(m_org.setUp(*m_admin));
        KESSAI_TRY(m_ito = std::make_unique<test::SessionAs>(*m_db, *m_admin, QStringLiteral("ito_t")));
        KESSAI_TRY(m_watanabe = std::make_unique<test::SessionAs>(*m_db, *m_admin, QStringLiteral("watanabe_a")));
    }

    void cleanupTestCase()
    {
        m_ito.reset();
        m_watanabe.reset();
        m_admin.reset();
        m_db.reset();
    }

    void registersAReceivedDocumentWithItsNumber()
    {
        const QDate today = QDate::currentDate();
        ReceiptRecord given = sample(today);
        given.unitId = m_org.division;
        ReceiptStore store(m_ito->connection());
        qint64 id = 0;
        KESSAI_TRY(id = store.registerReceipt(ito(), given));
        std::optional<ReceiptRecord> r;
        KESSAI_TRY(r = ReceiptStore(*m_admin).receipt(id));
        QVERIFY(r);
        QCOMPARE(r->unitId, m_org.division);
        QCOMPARE(r->fiscalYear, FiscalYear::of(today));
        QCOMPARE(r->number, 1);
        QCOMPARE(r->numberLabel, QStringLiteral("総務収第1号"));
        QCOMPARE(r->receivedOn, today);
        QCOMPARE(r->senderName, QStringLiteral("北海道総務部"));
        QVERIFY(r->senderId > 0);
        QCOMPARE(r->addressee, QStringLiteral("テスト市長"));
        QCOMPARE(r->sourceDate, today.addDays(-3));
        QCOMPARE(r->sourceNumber, QStringLiteral("総第123号"));
        QCOMPARE(r->title, QStringLiteral("令和8年度 事務連絡について"));
        QCOMPARE(r->channel, ReceiptChannel::Post);
        QCOMPARE(r->handling, ReceiptHandling::Circulate);
        QCOMPARE(r->registeredBy, m_org.ito);

        // The received document: kind received, in its unit, unnumbered as a 起案 (no 文書番号).
        const auto document = DocumentStore(*m_admin).document(id);
        QVERIFY(document);
        QCOMPARE(document->kind, DocumentKind::Received);
        QCOMPARE(document->unitId, m_org.division);
        QCOMPARE(document->drafterId, m_org.ito);
        QVERIFY(document->numberLabel.isEmpty());
        // …and not among the registrar's drafts (起案中): it is not one to write.
        QList<DocumentRecord> drafts;
        KESSAI_TRY(drafts = DocumentStore(m_ito->connection()).list(ito(), InboxFolder::Drafts));
        for (const DocumentRecord &d : drafts)
            QVERIFY(d.id != id);

        // Audited, with the 収受番号.
        const QList<AuditEvent> events = AuditLog(*m_admin).recent(5, QStringLiteral("document"), id);
        const auto registered = std::find_if(events.begin(), events.end(), [](const AuditEvent &e) {
            return e.action == QLatin1String("receipt.register");
        });
        QVERIFY(registered != events.end());
        QVERIFY(registered->details.contains(QStringLiteral("総務収第1号")));
        QCOMPARE(registered->actorLogin, QStringLiteral("ito_t"));
    }

    void numbersRunPerUnitAndFiscalYearOfTheReceivedDate()
    {
        ReceiptStore store(m_ito->connection());
        // The section's own series, apart from the 課's.
        ReceiptRecord section = sample(QDate::currentDate());
        section.unitId = m_org.section;
        qint64 id = 0;
        KESSAI_TRY(id = store.registerReceipt(ito(), section));
        QCOMPARE(store.receipt(id)->numberLabel, QStringLiteral("総務-文書収第1号"));
        // Last year's receipt registered late: the 収受日's fiscal year, its own series.
        const int thisYear = FiscalYear::of(QDate::currentDate());
        ReceiptRecord late = sample(FiscalYear::lastDay(thisYear - 1));
        late.unitId = m_org.division;
        KESSAI_TRY(id = store.registerReceipt(ito(), late));
        QCOMPARE(store.receipt(id)->fiscalYear, thisYear - 1);
        QCOMPARE(store.receipt(id)->number, 1);
        // Back in this year, the 課's series goes on at 2; the 文書番号 series is untouched.
        ReceiptRecord again = sample(QDate::currentDate());
        again.unitId = m_org.division;
        KESSAI_TRY(id = store.registerReceipt(ito(), again));
        QCOMPARE(store.receipt(id)->number, 2);
        QCOMPARE(countOf(QStringLiteral("number_counters")), 0);
        // The list, per year and unit.
        QCOMPARE(store.list(thisYear, m_org.division).size(), 2);
        QCOMPARE(store.list(thisYear - 1).size(), 1);
        QCOMPARE(store.list(thisYear, m_org.division).first().number, 2);
    }

    void aSenderIsKeptForTheNextReceipt()
    {
        const qint64 sendersBefore = countOf(QStringLiteral("senders"));
        ReceiptStore store(m_ito->connection());
        ReceiptRecord r = sample(QDate::currentDate(), QStringLiteral("  札幌法務局  "));
        qint64 first = 0;
        qint64 second = 0;
        KESSAI_TRY(first = store.registerReceipt(ito(), r));
        KESSAI_TRY(second = store.registerReceipt(ito(), r));
        QCOMPARE(countOf(QStringLiteral("senders")), sendersBefore + 1);
        QCOMPARE(store.receipt(first)->senderId, store.receipt(second)->senderId);
        QCOMPARE(store.receipt(second)->senderName, QStringLiteral("札幌法務局"));
        QList<SenderList::Sender> senders;
        KESSAI_TRY(senders = SenderList(m_ito->connection()).all());
        QVERIFY(std::any_of(senders.begin(), senders.end(),
                            [](const auto &s) { return s.name == QStringLiteral("札幌法務局"); }));
    }

    void badFieldsAreRefusedWithNothingWritten_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("named");
        QTest::newRow("no title") << QStringLiteral("title") << QStringLiteral("件名");
        QTest::newRow("no sender") << QStringLiteral("sender") << QStringLiteral("差出人");
        QTest::newRow("no date") << QStringLiteral("date") << QStringLiteral("収受日");
        QTest::newRow("future date") << QStringLiteral("future") << QStringLiteral("in the future");
        QTest::newRow("dated after receipt") << QStringLiteral("source") << QStringLiteral("文書の日付");
        QTest::newRow("NUL in the number") << QStringLiteral("nul") << QStringLiteral("文書の番号");
    }

    void badFieldsAreRefusedWithNothingWritten()
    {
        QFETCH(QString, field);
        QFETCH(QString, named);
        ReceiptRecord r = sample(QDate::currentDate());
        if (field == QLatin1String("title"))
            r.title = QStringLiteral("  ");
        else if (field == QLatin1String("sender"))
            r.senderName.clear();
        else if (field == QLatin1String("date"))
            r.receivedOn = {};
        else if (field == QLatin1String("future"))
            r.receivedOn = QDate::currentDate().addDays(1);
        else if (field == QLatin1String("source"))
            r.sourceDate = r.receivedOn.addDays(1);
        else
            r.sourceNumber = QStringLiteral("総第1") + QChar(u'\0') + QStringLiteral("号");
        const qint64 documents = countOf(QStringLiteral("documents"));
        const qint64 receipts = countOf(QStringLiteral("receipts"));
        const qint64 events = countOf(QStringLiteral("audit_events"));
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, ReceiptStore(m_ito->connection()).registerReceipt(ito(), r));
        QVERIFY2(test::lastErrorMessage().contains(named), qPrintable(test::lastErrorMessage()));
        QCOMPARE(countOf(QStringLiteral("documents")), documents);
        QCOMPARE(countOf(QStringLiteral("receipts")), receipts);
        QCOMPARE(countOf(QStringLiteral("audit_events")), events);
    }

    void onlyTheUnitConcernedRegisters()
    {
        // watanabe_a of 人事課 registers nothing for 総務課 or its 文書係.
        for (qint64 unit : {m_org.division, m_org.section}) {
            ReceiptRecord r = sample(QDate::currentDate());
            r.unitId = unit;
            const qint64 documents = countOf(QStringLiteral("documents"));
            KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                                ReceiptStore(m_watanabe->connection()).registerReceipt(m_watanabe->session(), r));
            QVERIFY(test::lastErrorMessage().contains(QStringLiteral("係 or 課 concerned")));
            QCOMPARE(countOf(QStringLiteral("documents")), documents);
        }
        // For their own 課 they do (a 係員 of 文書係 for the 課 above was shown above).
        ReceiptRecord own = sample(QDate::currentDate());
        KESSAI_TRY(ReceiptStore(m_watanabe->connection()).registerReceipt(m_watanabe->session(), own));
        QVERIFY(ReceiptStore(*m_admin).list(0, m_org.jinji).size() == 1);
    }

    void aFailedRegistrationGivesItsNumberBack()
    {
        ReceiptStore store(m_ito->connection());
        ReceiptRecord r = sample(QDate::currentDate());
        r.unitId = m_org.division;
        const int before = store.list(FiscalYear::of(r.receivedOn), m_org.division).first().number;
        {
            Transaction transaction(m_ito->connection());
            KESSAI_TRY(store.registerReceipt(ito(), r));
            // the attachments fail: no commit
        }
        qint64 id = 0;
        KESSAI_TRY(id = store.registerReceipt(ito(), r));
        QCOMPARE(store.receipt(id)->number, before + 1);
    }

    void aDraftFromAReceiptIsLinkedBothWays()
    {
        ReceiptRecord r = sample(QDate::currentDate(), QStringLiteral("北海道総務部"));
        r.title = QStringLiteral("照会について");
        r.handling = ReceiptHandling::Draft;
        r.unitId = m_org.division;
        qint64 receipt = 0;
        KESSAI_TRY(receipt = ReceiptStore(m_ito->connection()).registerReceipt(ito(), r));
        // sato_y of the same 課 answers it (回答).
        test::SessionAs sato(*m_db, *m_admin, QStringLiteral("sato_y"));
        QVERIFY(ReceiptStore(sato.connection()).mayAnswer(sato.session(), receipt));
        DocumentRecord draft;
        draft.body = QStringLiteral("標記について、別紙のとおり回答してよろしいか伺います。");
        qint64 answer = 0;
        KESSAI_TRY(answer = ReceiptStore(sato.connection()).answer(sato.session(), receipt, draft));
        const auto created = DocumentStore(*m_admin).document(answer);
        QVERIFY(created);
        QCOMPARE(created->kind, DocumentKind::Decision);
        QCOMPARE(created->drafterId, m_org.sato);
        QCOMPARE(created->title, QStringLiteral("Answer: 照会について"));
        QCOMPARE(created->sourceDocumentId, receipt);
        // Both ways.
        QCOMPARE(ReceiptStore(*m_admin).answers(receipt), QList<qint64>{answer});
        const auto from = ReceiptStore(*m_admin).answeredReceipt(answer);
        QVERIFY(from);
        QCOMPARE(from->documentId, receipt);
        QVERIFY(!ReceiptStore(*m_admin).answeredReceipt(receipt));
        // Audited on the receipt, naming the draft.
        const QList<AuditEvent> events = AuditLog(*m_admin).recent(3, QStringLiteral("document"), receipt);
        QVERIFY(std::any_of(events.begin(), events.end(), [answer](const AuditEvent &e) {
            return e.action == QLatin1String("receipt.answer") && e.details.contains(QString::number(answer));
        }));
        // Not a receipt: not offered, refused, nothing created.
        QVERIFY(!ReceiptStore(sato.connection()).mayAnswer(sato.session(), answer));
        const qint64 documents = countOf(QStringLiteral("documents"));
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, ReceiptStore(sato.connection()).answer(sato.session(), answer, draft));
        QCOMPARE(countOf(QStringLiteral("documents")), documents);
    }

    void concurrentRegistrationsGetDistinctGaplessNumbers()
    {
        constexpr int kThreads = 4;
        constexpr int kEach = 15;
        const DatabaseUrl url = test::TestDatabase::isPostgreSQL() ? m_db->urlAs(QStringLiteral("ito_t")) : m_db->url();
        const int year = FiscalYear::of(QDate::currentDate());
        const qint64 unit = m_org.section;
        const int start = ReceiptStore(*m_admin).list(year, unit).size();
        QMutex mutex;
        QList<int> numbers;
        const QStringList failures = test::runInThreads(url, kThreads, [&](StoreConnection &connection, int) {
            // On SQLite the identity is the administrator, acting as ito_t like the GUI's --as.
            Session session(connection, test::TestDatabase::isPostgreSQL() ? QString() : QStringLiteral("ito_t"));
            ReceiptStore store(connection);
            QList<int> mine;
            for (int i = 0; i < kEach; ++i) {
                ReceiptRecord r = sample(QDate::currentDate(), QStringLiteral("同時に来た差出人"));
                r.unitId = unit;
                mine.append(store.receipt(store.registerReceipt(session, r))->number);
            }
            const QMutexLocker lock(&mutex);
            numbers += mine;
        });
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        std::sort(numbers.begin(), numbers.end());
        QList<int> expected(kThreads * kEach);
        std::iota(expected.begin(), expected.end(), start + 1);
        QCOMPARE(numbers, expected);
        // One sender row, however many registered it at once.
        QCOMPARE(SqlQuery(*m_admin, QStringLiteral("SELECT count(*) FROM senders WHERE name = ?"))
                     .bind(QStringLiteral("同時に来た差出人"))
                     .scalar()
                     .toInt(),
                 1);
        AuditLog::Verification verification;
        KESSAI_TRY(verification = AuditLog(*m_admin).verify());
        QVERIFY2(verification.intact, qPrintable(verification.problem));
    }
};

QTEST_GUILESS_MAIN(TestReceiptStore)
#include "tst_receiptstore.moc"
