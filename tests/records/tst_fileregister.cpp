// SPDX-License-Identifier: GPL-3.0-or-later
// 簿冊 on both backends: created from the 分類表 with its defaults, the 起算日 and 満了日 by the
// fiscal-year rules (the server computes them too on PostgreSQL), 新年度の簿冊を作成, 完結,
// moving a document, a 組織改編 handing 簿冊 to the successor 課, the expiring list.
#include "core/documents/DocumentStore.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/records/FileRegister.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "tests/records/RecordsFixture.h"

#include <QTest>

using namespace kessai;

class TestFileRegister : public QObject
{
    Q_OBJECT

    test::RecordsFixture m_fx;

    FileRegister registerOf(const char *login) { return FileRegister(m_fx.as(login).connection()); }

private slots:
    void init() { KESSAI_TRY(m_fx.setUp()); }
    void cleanup() { m_fx.tearDown(); }

    void createdFromALeafWithItsDefaults()
    {
        qint64 id = 0;
        KESSAI_TRY(id = m_fx.file(2025, QStringLiteral("例規・通知"), m_fx.leafRules));
        const auto f = registerOf("kanri_s").byId(id);
        QVERIFY(f);
        QCOMPARE(f->retention, RetentionPeriod::TenYears);
        QCOMPARE(f->disposition, Disposition::Transfer);
        QCOMPARE(f->startsOn, QDate(2026, 4, 1));
        QCOMPARE(f->expiresOn, QDate(2036, 3, 31));
        QCOMPARE(f->majorClass, QStringLiteral("総務"));
        QCOMPARE(f->middleClass, QStringLiteral("文書管理"));
        QCOMPARE(f->manager, QStringLiteral("総務課長"));
        QCOMPARE(f->state, FileState::Open);
        QCOMPARE(f->lifecycle, FileLifecycle::InUse);
    }

    void aShorterRetentionThanTheClassificationIsRefused()
    {
        Session &kanri = m_fx.as("kanri_s");
        RecordFileDraft draft;
        draft.unitId = m_fx.org.division;
        draft.fiscalYear = 2025;
        draft.name = QStringLiteral("短すぎる簿冊");
        draft.filingClassId = m_fx.leafRules;
        draft.retention = RetentionPeriod::FiveYears;
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, FileRegister(kanri.connection()).create(kanri, draft));
        QVERIFY2(test::lastErrorMessage().contains(QStringLiteral("S1-1")), qPrintable(test::lastErrorMessage()));
        // Longer is allowed.
        draft.retention = RetentionPeriod::ThirtyYears;
        qint64 id = 0;
        KESSAI_TRY(id = FileRegister(kanri.connection()).create(kanri, draft));
        QCOMPARE(FileRegister(kanri.connection()).byId(id)->expiresOn, QDate(2056, 3, 31));
        QCOMPARE(test::rowCount(*m_fx.admin, QStringLiteral("files")), 2); // WorkflowOrg's and this one
    }

    void onlyARecordsManagerCreates()
    {
        Session &ito = m_fx.as("ito_t");
        RecordFileDraft draft;
        draft.unitId = m_fx.org.division;
        draft.fiscalYear = 2025;
        draft.name = QStringLiteral("勝手な簿冊");
        draft.filingClassId = m_fx.leafRules;
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, FileRegister(ito.connection()).create(ito, draft));
    }

    void closingDatesFollowTheLastDecision_data()
    {
        QTest::addColumn<QDate>("decidedOn");
        QTest::addColumn<QDate>("starts");
        QTest::addColumn<QDate>("expires");
        QTest::newRow("decided in March") << QDate(2026, 3, 20) << QDate(2026, 4, 1) << QDate(2036, 3, 31);
        QTest::newRow("decided in April") << QDate(2026, 4, 2) << QDate(2027, 4, 1) << QDate(2037, 3, 31);
    }
    void closingDatesFollowTheLastDecision()
    {
        QFETCH(QDate, decidedOn);
        QFETCH(QDate, starts);
        QFETCH(QDate, expires);
        qint64 file = 0;
        KESSAI_TRY(file = m_fx.file(2025, QStringLiteral("例規・通知"), m_fx.leafRules));
        KESSAI_TRY(m_fx.decidedDocument(file, QStringLiteral("早い決裁"), QDate(2025, 6, 1)));
        KESSAI_TRY(m_fx.decidedDocument(file, QStringLiteral("年度末の決裁"), decidedOn));
        Session &kanri = m_fx.as("kanri_s");
        KESSAI_TRY(FileRegister(kanri.connection()).close(kanri, file));
        const auto f = FileRegister(kanri.connection()).byId(file);
        QCOMPARE(f->state, FileState::Closed);
        QCOMPARE(f->startsOn, starts);
        QCOMPARE(f->expiresOn, expires);
        // What is stored (on PostgreSQL the server's computation) is what the rules say.
        QCOMPARE(SqlQuery(*m_fx.admin, QStringLiteral("SELECT started_on || '/' || expires_on FROM files WHERE id = ?"))
                     .bind(file)
                     .scalar()
                     .toString(),
                 starts.toString(Qt::ISODate) + QLatin1Char('/') + expires.toString(Qt::ISODate));
        const auto history = FileRegister(kanri.connection()).history(file);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().event, QStringLiteral("close"));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, FileRegister(kanri.connection()).close(kanri, file));
    }

    void aFileWithADocumentInReviewDoesNotClose()
    {
        qint64 file = 0;
        KESSAI_TRY(file = m_fx.file(2025, QStringLiteral("照会"), m_fx.leafQueries));
        Session &ito = m_fx.as("ito_t");
        DocumentRecord d;
        d.title = QStringLiteral("作成中");
        d.unitId = m_fx.org.division;
        d.decisionLevelId = m_fx.org.levelDivision;
        d.fileId = file;
        KESSAI_TRY(DocumentStore(ito.connection()).createDraft(ito, d));
        Session &kanri = m_fx.as("kanri_s");
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, FileRegister(kanri.connection()).close(kanri, file));
        QVERIFY(test::lastErrorMessage().contains(QStringLiteral("1")));
        QCOMPARE(FileRegister(kanri.connection()).byId(file)->state, FileState::Open);
    }

    void theNewYearsFilesComeFromLastYears()
    {
        KESSAI_TRY(m_fx.file(2023, QStringLiteral("例規・通知"), m_fx.leafRules));
        KESSAI_TRY(m_fx.file(2023, QStringLiteral("照会・回答"), m_fx.leafQueries));
        Session &kanri = m_fx.as("kanri_s");
        FileRegister files(kanri.connection());
        QList<qint64> created;
        KESSAI_TRY(created = files.createNewYear(kanri, 2024));
        QCOMPARE(created.size(), 2);
        const QList<RecordFile> year = files.list(m_fx.org.division, 2024);
        QCOMPARE(year.size(), 2);
        for (const RecordFile &f : year) {
            QCOMPARE(f.startsOn, QDate(2025, 4, 1));
            QVERIFY(f.filingClassId == m_fx.leafRules || f.filingClassId == m_fx.leafQueries);
        }
        // Last year's closed with their year.
        for (const RecordFile &f : files.list(m_fx.org.division, 2023))
            QCOMPARE(f.state, FileState::Closed);
        // Again: nothing twice.
        KESSAI_TRY(created = files.createNewYear(kanri, 2024));
        QCOMPARE(created.size(), 0);
    }

    void aDocumentMovesBetweenOpenFilesOfItsDivision()
    {
        qint64 a = 0, b = 0;
        KESSAI_TRY(a = m_fx.file(2026, QStringLiteral("例規・通知"), m_fx.leafRules));
        KESSAI_TRY(b = m_fx.file(2026, QStringLiteral("照会・回答"), m_fx.leafQueries));
        qint64 doc = 0;
        KESSAI_TRY(doc = m_fx.decidedDocument(a, QStringLiteral("誤って綴った文書")));
        Session &kanri = m_fx.as("kanri_s");
        KESSAI_TRY(FileRegister(kanri.connection()).moveDocument(kanri, doc, b));
        QCOMPARE(DocumentStore(kanri.connection()).document(doc)->fileId, b);
        // Someone else may not.
        Session &ito = m_fx.as("ito_t");
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, FileRegister(ito.connection()).moveDocument(ito, doc, a));
        // Into a closed 簿冊: refused; out of a closed one too.
        KESSAI_TRY(FileRegister(kanri.connection()).close(kanri, a));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, FileRegister(kanri.connection()).moveDocument(kanri, doc, a));
        KESSAI_TRY(FileRegister(kanri.connection()).close(kanri, b));
        qint64 c = 0;
        KESSAI_TRY(c = m_fx.file(2026, QStringLiteral("その他"), m_fx.leafQueries));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, FileRegister(kanri.connection()).moveDocument(kanri, doc, c));
        QCOMPARE(DocumentStore(kanri.connection()).document(doc)->fileId, b);
    }

    void aReorganizationHandsTheFilesToTheSuccessor()
    {
        qint64 a = 0, b = 0;
        KESSAI_TRY(a = m_fx.file(2024, QStringLiteral("例規・通知"), m_fx.leafRules));
        KESSAI_TRY(b = m_fx.file(2025, QStringLiteral("照会・回答"), m_fx.leafQueries));
        Session &admin = m_fx.as("kanri_s");
        Unit successor;
        successor.code = QStringLiteral("総務企画");
        successor.name = QStringLiteral("総務企画課");
        successor.level = UnitLevel::Division;
        successor.parentId = m_fx.org.department;
        qint64 to = 0;
        Session root(*m_fx.admin);
        KESSAI_TRY(to = OrgStore(*m_fx.admin).addUnit(root, successor));
        int moved = 0;
        KESSAI_TRY(moved = FileRegister(admin.connection()).reassign(admin, m_fx.org.division, to, {},
                                                                     QStringLiteral("令和8年度組織改編")));
        QCOMPARE(moved, 3); // WorkflowOrg's 簿冊 and the two here
        FileRegister files(admin.connection());
        QCOMPARE(files.byId(a)->unitId, to);
        QCOMPARE(files.byId(b)->unitName, QStringLiteral("総務企画課"));
        QVERIFY(files.list(m_fx.org.division).isEmpty());
        const auto history = files.history(a);
        QCOMPARE(history.last().event, QStringLiteral("reassign"));
        QCOMPARE(history.last().oldUnitId, m_fx.org.division);
        QCOMPARE(history.last().newUnitId, to);
        QCOMPARE(history.last().reason, QStringLiteral("令和8年度組織改編"));
    }

    void theExpiringListLooksAheadOneFiscalYear()
    {
        qint64 old = 0, recent = 0;
        KESSAI_TRY(old = m_fx.file(2010, QStringLiteral("照会・回答"), m_fx.leafQueries));
        KESSAI_TRY(recent = m_fx.file(2025, QStringLiteral("例規・通知"), m_fx.leafRules));
        Session &kanri = m_fx.as("kanri_s");
        FileRegister files(kanri.connection());
        KESSAI_TRY(files.close(kanri, old));
        KESSAI_TRY(files.close(kanri, recent));
        files.setToday(QDate(2026, 12, 3));
        QList<RecordFile> due = files.expiring();
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().id, old);
        QCOMPARE(due.first().lifecycle, FileLifecycle::ExpiringSoon);
        due = files.expiring(QDate(2036, 3, 31));
        QCOMPARE(due.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestFileRegister)
#include "tst_fileregister.moc"
