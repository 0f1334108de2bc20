// SPDX-License-Identifier: GPL-3.0-or-later
// 書面決裁: a paper decision is registered as a decided, numbered, audited document; bad records
// are refused naming the field with nothing stored; only a 文書管理者 of the unit switches a
// document started electronically to paper. On both backends (on PostgreSQL through the server's
// functions, as each person's own login).
#include "core/audit/AuditLog.h"
#include "core/content/AttachmentFile.h"
#include "core/documents/DecisionKindList.h"
#include "core/documents/AttachmentStore.h"
#include "core/documents/DocumentStore.h"
#include "core/documents/FiscalYear.h"
#include "core/org/Session.h"
#include "core/paper/PaperDecisionStore.h"
#include "core/setup/ServerSetup.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/workflow/WorkflowStore.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/WorkflowOrg.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>

using namespace kessai;

class TestPaperDecisionStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<StoreConnection> m_admin;
    test::WorkflowOrg m_org;
    std::map<QString, std::unique_ptr<test::SessionAs>> m_people;

    Session &as(const char *login)
    {
        auto &slot = m_people[QLatin1String(login)];
        if (!slot)
            slot = std::make_unique<test::SessionAs>(*m_db, *m_admin, QLatin1String(login));
        return slot->session();
    }
    qint64 reason(const char *code)
    {
        return PaperDecisionStore(*m_admin).reasonByCode(QLatin1String(code))->id;
    }
    PaperDecision record(const QString &title)
    {
        PaperDecision d;
        d.title = title;
        d.drafterId = m_org.ito;
        d.unitId = m_org.division;
        d.decisionLevelId = m_org.levelDivision;
        d.draftedOn = QDate::currentDate().addDays(-10);
        d.decidedOn = QDate::currentDate().addDays(-3);
        d.decider = QStringLiteral("鈴木 浩");
        d.reasonId = reason("oversized");
        return d;
    }
    qint64 documents() { return test::rowCount(*m_admin, QStringLiteral("documents")); }

private slots:
    void initTestCase()
    {
        KESSAI_TRY(m_db = std::make_unique<test::TestDatabase>());
        KESSAI_TRY(m_admin = std::make_unique<StoreConnection>(m_db->url()));
        KESSAI_TRY(m_org.setUp(*m_admin));
        if (test::TestDatabase::isPostgreSQL())
            KESSAI_TRY(ServerSetup(*m_admin).upgrade());
    }

    void theOfficesReasonsComeWithTheSchema()
    {
        const QList<PaperReason> reasons = PaperDecisionStore(*m_admin).reasons();
        QStringList codes;
        for (const PaperReason &r : reasons)
            codes << r.code;
        QCOMPARE(codes, (QStringList{QStringLiteral("oversized"), QStringLiteral("accounting"),
                                     QStringLiteral("secret"), QStringLiteral("system_unavailable"),
                                     QStringLiteral("other")}));
        QVERIFY(reasons.last().needsText);
        QVERIFY(!reasons.first().needsText);
    }

    void aRecordsManagerRegistersAPaperDecision()
    {
        Session &kanri = as("kanri_s");
        PaperDecision d = record(QStringLiteral("庁舎改修設計図面の承認"));
        RegisteredPaperDecision r;
        KESSAI_TRY(r = PaperDecisionStore(kanri.connection()).registerDecision(kanri, d));
        QVERIFY(r.documentId > 0);
        QCOMPARE(r.fiscalYear, FiscalYear::of(d.draftedOn));
        QVERIFY(r.numberLabel.startsWith(QStringLiteral("総務第")));
        const auto doc = DocumentStore(*m_admin).document(r.documentId);
        QVERIFY(doc.has_value());
        QVERIFY(doc->paper);
        QCOMPARE(doc->status, DocumentStatus::Decided);
        QCOMPARE(doc->drafterId, m_org.ito);
        QCOMPARE(doc->numberLabel, r.numberLabel);
        QCOMPARE(SqlQuery(*m_admin, QStringLiteral("SELECT decided_on FROM documents WHERE id = ?"))
                     .bind(r.documentId)
                     .scalar()
                     .toString(),
                 d.decidedOn.toString(Qt::ISODate));
        QCOMPARE(SqlQuery(*m_admin, QStringLiteral("SELECT decider FROM paper_decisions WHERE document_id = ?"))
                     .bind(r.documentId)
                     .scalar()
                     .toString(),
                 QStringLiteral("鈴木 浩"));
        const QList<AuditEvent> events = AuditLog(*m_admin).recent(1, QStringLiteral("document"), r.documentId);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().action, QStringLiteral("paper.register"));
        QCOMPARE(events.first().actorLogin, QStringLiteral("kanri_s"));
        QVERIFY(AuditLog(*m_admin).verify().intact);
    }

    void aNumberGivenOnPaperIsKeptAndNeverGivenAgain()
    {
        Session &kanri = as("kanri_s");
        PaperDecision d = record(QStringLiteral("番号付きの紙決裁"));
        d.number = 500;
        RegisteredPaperDecision r;
        KESSAI_TRY(r = PaperDecisionStore(kanri.connection()).registerDecision(kanri, d));
        QCOMPARE(r.number, 500);
        QCOMPARE(r.numberLabel, QStringLiteral("総務第500号"));
        const qint64 before = documents();
        PaperDecision again = record(QStringLiteral("同じ番号"));
        again.number = 500;
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData,
                            PaperDecisionStore(kanri.connection()).registerDecision(kanri, again));
        QVERIFY2(test::lastErrorMessage().contains(QStringLiteral("文書番号")), qPrintable(test::lastErrorMessage()));
        QCOMPARE(documents(), before);
        // the unit's next number comes after it
        PaperDecision next = record(QStringLiteral("次の番号"));
        KESSAI_TRY(r = PaperDecisionStore(kanri.connection()).registerDecision(kanri, next));
        QCOMPARE(r.number, 501);
    }

    void badRecordsAreRefusedNamingTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addRow("decided before drafted") << QStringLiteral("決裁日");
        QTest::addRow("decided in the future") << QStringLiteral("決裁日");
        QTest::addRow("no title") << QStringLiteral("件名");
        QTest::addRow("unknown unit") << QStringLiteral("所属");
        QTest::addRow("reason not in the list") << QStringLiteral("理由");
        QTest::addRow("other without text") << QStringLiteral("理由詳細");
        QTest::addRow("no decider") << QStringLiteral("決裁者");
    }
    void badRecordsAreRefusedNamingTheField()
    {
        QFETCH(QString, field);
        PaperDecision d = record(QStringLiteral("不備のある記録"));
        const QByteArray tag = QTest::currentDataTag();
        if (tag == "decided before drafted")
            d.decidedOn = d.draftedOn.addDays(-1);
        else if (tag == "decided in the future")
            d.decidedOn = QDate::currentDate().addDays(2);
        else if (tag == "no title")
            d.title = QStringLiteral("  ");
        else if (tag == "unknown unit")
            d.unitId = 999999;
        else if (tag == "reason not in the list")
            d.reasonId = 999999;
        else if (tag == "other without text")
            d.reasonId = reason("other");
        else if (tag == "no decider")
            d.decider.clear();
        Session &kanri = as("kanri_s");
        const qint64 before = documents();
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData,
                            PaperDecisionStore(kanri.connection()).registerDecision(kanri, d));
        QVERIFY2(test::lastErrorMessage().startsWith(field), qPrintable(test::lastErrorMessage()));
        QCOMPARE(documents(), before);
    }

    void aClosedFileTakesNoPaperDecision()
    {
        // schema 16: a closed (完結) 簿冊 takes no more documents; the refusal names the 簿冊
        KESSAI_TRY(SqlQuery(*m_admin, QStringLiteral("UPDATE files SET status = 'closed' WHERE id = ?"))
                       .bind(m_org.file)
                       .exec());
        PaperDecision d = record(QStringLiteral("完結した簿冊への紙決裁"));
        d.fileId = m_org.file;
        Session &kanri = as("kanri_s");
        const qint64 before = documents();
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, PaperDecisionStore(kanri.connection()).registerDecision(kanri, d));
        const QString name = SqlQuery(*m_admin, QStringLiteral("SELECT name FROM files WHERE id = ?"))
                                 .bind(m_org.file)
                                 .scalar()
                                 .toString();
        QVERIFY2(test::lastErrorMessage().startsWith(QStringLiteral("簿冊: ")), qPrintable(test::lastErrorMessage()));
        QVERIFY2(test::lastErrorMessage().contains(name) && test::lastErrorMessage().contains(QStringLiteral("closed")),
                 qPrintable(test::lastErrorMessage()));
        QCOMPARE(documents(), before);
        KESSAI_TRY(SqlQuery(*m_admin, QStringLiteral("UPDATE files SET status = 'open' WHERE id = ?"))
                       .bind(m_org.file)
                       .exec());
        KESSAI_TRY(PaperDecisionStore(kanri.connection()).registerDecision(kanri, d)); // open again: filed
        QCOMPARE(documents(), before + 1);
    }

    void staffRegisterOnlyTheirOwnPaperDecisionsInTheirOwnUnit()
    {
        Session &ito = as("ito_t");
        PaperDecision own = record(QStringLiteral("自分の紙決裁"));
        KESSAI_TRY(PaperDecisionStore(ito.connection()).registerDecision(ito, own));

        const qint64 before = documents();
        PaperDecision othersUnit = record(QStringLiteral("人事課の紙決裁"));
        othersUnit.unitId = m_org.jinji;
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            PaperDecisionStore(ito.connection()).registerDecision(ito, othersUnit));
        PaperDecision forSomeoneElse = record(QStringLiteral("他人の紙決裁"));
        forSomeoneElse.drafterId = m_org.sato;
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            PaperDecisionStore(ito.connection()).registerDecision(ito, forSomeoneElse));
        // a 文書管理者 of 総務課 does not register for 人事課 either
        Session &kanri = as("kanri_s");
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            PaperDecisionStore(kanri.connection()).registerDecision(kanri, othersUnit));
        QCOMPARE(documents(), before);
    }

    void aRecordsManagerSwitchesADocumentInReviewToPaper()
    {
        Session &ito = as("ito_t");
        qint64 doc = 0;
        KESSAI_TRY(doc = m_org.draft(ito, QStringLiteral("大判図面を含む起案")));
        KESSAI_TRY(WorkflowStore(ito.connection()).setRoute(ito, doc, m_org.standardRoute()));
        KESSAI_TRY(WorkflowStore(ito.connection()).act(ito, doc, WorkflowActionKind::Submit));
        const qint64 oversized = reason("oversized");

        // not the drafter, not an approver: only a 文書管理者
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            PaperDecisionStore(ito.connection())
                                .switchToPaper(ito, doc, oversized, {}, QStringLiteral("鈴木 浩"), QDate::currentDate()));
        Session &suzuki = as("suzuki_h");
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, PaperDecisionStore(suzuki.connection())
                                                           .switchToPaper(suzuki, doc, oversized, {},
                                                                          QStringLiteral("鈴木 浩"),
                                                                          QDate::currentDate()));
        Session &kanri = as("kanri_s");
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData,
                            PaperDecisionStore(kanri.connection())
                                .switchToPaper(kanri, doc, reason("other"), {}, QStringLiteral("鈴木 浩"),
                                               QDate::currentDate()));
        QString label;
        KESSAI_TRY(label = PaperDecisionStore(kanri.connection())
                               .switchToPaper(kanri, doc, oversized, {}, QStringLiteral("鈴木 浩"),
                                              QDate::currentDate()));
        const auto after = DocumentStore(*m_admin).document(doc);
        QCOMPARE(after->status, DocumentStatus::Decided);
        QVERIFY(after->paper);
        QCOMPARE(after->numberLabel, label);
        QVERIFY(SqlQuery(*m_admin, QStringLiteral("SELECT switched FROM paper_decisions WHERE document_id = ?"))
                    .bind(doc)
                    .exec()
                    .next());
        const QList<AuditEvent> events = AuditLog(*m_admin).recent(1, QStringLiteral("document"), doc);
        QCOMPARE(events.first().action, QStringLiteral("paper.switch"));
        QCOMPARE(events.first().actorLogin, QStringLiteral("kanri_s"));
        // decided documents do not go on paper again
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            PaperDecisionStore(kanri.connection())
                                .switchToPaper(kanri, doc, oversized, {}, QStringLiteral("鈴木 浩"), QDate::currentDate()));
        QVERIFY(AuditLog(*m_admin).verify().intact);
    }

    void theScanIsAttachedWithTheRegistrationOnly()
    {
        // a scan (here a small real PDF made by the test) goes in with the registration, stored like
        // any attachment: content-addressed, byte-identical, audited
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("紙決裁スキャン.pdf"));
        QByteArray pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                         "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
        pdf += QByteArray(4096, ' ');
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(pdf);
        }
        Session &kanri = as("kanri_s");
        PaperDecision d = record(QStringLiteral("図面を添えた紙決裁"));
        d.decisionKindId = DecisionKindList(*m_admin).byCodeOrName(QStringLiteral("contract"))->id;
        RegisteredPaperDecision registered;
        KESSAI_TRY(registered = PaperDecisionStore(kanri.connection())
                                    .registerWithScan(kanri, d, AttachmentFile::inspect(path, 1 << 20)));
        const QList<AttachmentRecord> attachments = AttachmentStore(*m_admin).list(registered.documentId);
        QCOMPARE(attachments.size(), 1);
        QCOMPARE(attachments.first().displayName, QStringLiteral("紙決裁スキャン.pdf"));
        QBuffer exported;
        exported.open(QIODevice::WriteOnly);
        KESSAI_TRY(AttachmentStore(*m_admin).exportContent(registered.documentId, 1, exported));
        QCOMPARE(exported.data(), pdf);
        QCOMPARE(SqlQuery(*m_admin, QStringLiteral("SELECT decision_kind_id FROM documents WHERE id = ?"))
                     .bind(registered.documentId)
                     .scalar()
                     .toLongLong(),
                 d.decisionKindId);
        QCOMPARE(SqlQuery(*m_admin, QStringLiteral("SELECT count(*) FROM audit_events WHERE entity_id = ? AND "
                                                    "action = 'attachment.add'"))
                     .bind(registered.documentId)
                     .scalar()
                     .toInt(),
                 1);
        // afterwards the decided document is frozen, for its registrant too
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            AttachmentStore(kanri.connection())
                                .attachScan(kanri, registered.documentId, attachments.first().sha256, {}));
        // a bad record reads no scan and stores nothing
        const qint64 before = documents();
        PaperDecision bad = record(QStringLiteral("決裁日が起案日より前"));
        bad.decidedOn = bad.draftedOn.addDays(-1);
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData,
                            PaperDecisionStore(kanri.connection())
                                .registerWithScan(kanri, bad, AttachmentFile::inspect(path, 1 << 20)));
        QCOMPARE(documents(), before);
    }

    void cleanupTestCase()
    {
        m_people.clear();
        m_admin.reset();
        m_db.reset();
    }
};

QTEST_GUILESS_MAIN(TestPaperDecisionStore)
#include "tst_paperdecisionstore.moc"
