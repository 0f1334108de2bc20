// SPDX-License-Identifier: GPL-3.0-or-later
// 廃棄・移管・延長 on both backends, each through a real 伺い routed and decided by the workflow:
// content deleted with shared content kept and the space reclaimed, the 管理簿 entry and the
// audit log kept; the refusals (hold, not decided, a document in review, 満了日 not passed);
// 延長 with its history; the 移管 package and its checksums.
#include "core/audit/AuditLog.h"
#include "core/content/BlobStore.h"
#include "core/content/ZipArchive.h"
#include "core/documents/AttachmentStore.h"
#include "core/documents/DocumentStore.h"
#include "core/org/Session.h"
#include "core/records/FileRegister.h"
#include "core/records/RecordDestruction.h"
#include "core/records/RecordDisposal.h"
#include "core/records/RecordHolds.h"
#include "core/records/TransferPackage.h"
#include "core/renditions/RenditionStore.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/workflow/CoverSheetReader.h"
#include "core/workflow/WorkflowStore.h"
#include "render/RecordPdfStamp.h"
#include "render/RecordPdfWriter.h"
#include "tests/records/RecordsFixture.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace kessai;
using K = WorkflowActionKind;

class TestRecordDisposal : public QObject
{
    Q_OBJECT

    test::RecordsFixture m_fx;
    qint64 m_expired = 0; ///< 簿冊 of 2010 (照会, 3年, 廃棄), closed, expired 2014-03-31
    qint64 m_doc = 0;     ///< its document, decided 2011-02-01
    qint64 m_live = 0;    ///< a document of this year's 簿冊 sharing one attachment with m_doc
    QByteArray m_own;     ///< content only m_doc has
    QByteArray m_shared;  ///< content m_doc and m_live both have

    Session &as(const char *login) { return m_fx.as(login); }

    void attach(const char *login, qint64 documentId, const QByteArray &bytes, const QString &name)
    {
        Session &s = as(login);
        QBuffer buffer;
        buffer.setData(bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        KESSAI_TRY(AttachmentStore(s.connection()).add(s, documentId, buffer, {name, {}, QStringLiteral("application/octet-stream")}));
    }
    qint64 draftWith(const char *login, qint64 file, const QString &title)
    {
        Session &s = as(login);
        DocumentRecord d;
        d.title = title;
        d.body = QStringLiteral("標記について、下記のとおり伺います。"); // (a 伺い文, blanked by the 廃棄)
        d.unitId = m_fx.org.division;
        d.decisionLevelId = m_fx.org.levelDivision;
        d.fileId = file;
        return DocumentStore(s.connection()).createDraft(s, d);
    }
    void decide(qint64 documentId, const char *drafter)
    {
        RoutePlan route;
        route.stages = {{RoutePlan::step(StepKind::Review, m_fx.org.sato)},
                        {RoutePlan::step(StepKind::Decide, m_fx.org.suzuki)}};
        KESSAI_TRY(WorkflowStore(as(drafter).connection()).setRoute(as(drafter), documentId, route));
        KESSAI_TRY(WorkflowStore(as(drafter).connection()).act(as(drafter), documentId, K::Submit));
        KESSAI_TRY(WorkflowStore(as("sato_y").connection()).act(as("sato_y"), documentId, K::Approve));
        KESSAI_TRY(WorkflowStore(as("suzuki_h").connection()).act(as("suzuki_h"), documentId, K::Decide));
    }
    QString status(qint64 documentId)
    {
        return SqlQuery(*m_fx.admin, QStringLiteral("SELECT status FROM documents WHERE id = ?")).bind(documentId).scalar().toString();
    }
    qint64 chunksOf(const QByteArray &bytes)
    {
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        return SqlQuery(*m_fx.admin, QStringLiteral("SELECT count(*) FROM blob_chunks c JOIN blobs b ON b.id = c.blob_id "
                                                    "WHERE b.sha256 = ? OR b.sha256 = ?"))
            .bind(sha)
            .bind(QString(BlobStore::kDestroyedPrefix + sha))
            .scalar()
            .toLongLong();
    }

private slots:
    void init()
    {
        KESSAI_TRY(m_fx.setUp());
        KESSAI_TRY(m_expired = m_fx.file(2010, QStringLiteral("照会・回答"), m_fx.leafQueries));
        KESSAI_TRY(m_doc = draftWith("ito_t", m_expired, QStringLiteral("平成22年度の照会")));
        m_own = test::randomBytes(3 * 1024 * 1024 + 17, 7);
        m_shared = test::randomBytes(200 * 1024, 11);
        attach("ito_t", m_doc, m_own, QStringLiteral("回答.bin"));
        attach("ito_t", m_doc, m_shared, QStringLiteral("共通様式.bin"));
        decide(m_doc, "ito_t");
        m_fx.db->superuserExec(QStringLiteral("UPDATE documents SET decided_on = '2011-02-01' WHERE id = %1").arg(m_doc));
        KESSAI_TRY(m_live = draftWith("ito_t", m_fx.org.file, QStringLiteral("今年度の起案")));
        attach("ito_t", m_live, m_shared, QStringLiteral("共通様式.bin"));
        Session &kanri = as("kanri_s");
        KESSAI_TRY(FileRegister(kanri.connection()).close(kanri, m_expired));
        QCOMPARE(FileRegister(kanri.connection()).byId(m_expired)->expiresOn, QDate(2014, 3, 31));
    }
    void cleanup() { m_fx.tearDown(); }

    void destroyedByARealDecision()
    {
        // A rendition of the document's own content goes with it.
        const QString ownSha = QString::fromLatin1(QCryptographicHash::hash(m_own, QCryptographicHash::Sha256).toHex());
        QBuffer pdf;
        pdf.setData(QByteArray("%PDF-1.4 rendition of 回答\n") + test::randomBytes(50 * 1024, 3));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        KESSAI_TRY(RenditionStore(as("ito_t").connection()).putPdf(ownSha, pdf, 1, QStringLiteral("test")));
        const qint64 pagesBefore = m_fx.db->isPostgreSQL() ? 0
                                                           : SqlQuery(*m_fx.admin, QStringLiteral("PRAGMA page_count")).scalar().toLongLong();

        Session &kanri = as("kanri_s");
        qint64 request = 0;
        KESSAI_TRY(request = RecordDisposal(kanri.connection()).draft(kanri, Disposition::Destroy, {m_expired},
                                                                       QStringLiteral("保存期間満了")));
        QCOMPARE(status(request), QStringLiteral("draft"));
        // Drafted is not decided: nothing happens yet, and nobody may destroy on its strength.
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            RecordDestruction(kanri.connection()).destroyFile(kanri, m_expired, request));
        QVERIFY2(test::lastErrorMessage().contains(QStringLiteral("no decided")), qPrintable(test::lastErrorMessage()));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, RecordDisposal(kanri.connection()).carryOut(kanri, request));
        QCOMPARE(chunksOf(m_own), 4);

        decide(request, "kanri_s");
        QCOMPARE(status(request), QStringLiteral("decided"));
        const auto file = FileRegister(kanri.connection()).byId(m_expired);
        QCOMPARE(file->state, FileState::Destroyed);
        QCOMPARE(chunksOf(m_own), 0);
        // The 伺い文 is content too: blanked; the 件名 stays for the register.
        QCOMPARE(SqlQuery(*m_fx.admin, QStringLiteral("SELECT body || '|' || title FROM documents WHERE id = ?")).bind(m_doc).scalar().toString(),
                 QStringLiteral("|平成22年度の照会"));
        QCOMPARE(test::rowCount(*m_fx.admin, QStringLiteral("renditions")), 0);
        // The shared content is kept and still reads right from the live document.
        QVERIFY(chunksOf(m_shared) > 0);
        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        KESSAI_TRY(AttachmentStore(as("ito_t").connection()).exportContent(m_live, 1, out));
        QCOMPARE(out.data(), m_shared);
        // The destroyed one says so.
        QBuffer gone;
        QVERIFY(gone.open(QIODevice::WriteOnly));
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData,
                            AttachmentStore(kanri.connection()).exportContent(m_doc, 1, gone));
        QVERIFY2(test::lastErrorMessage().contains(QStringLiteral("廃棄")), qPrintable(test::lastErrorMessage()));
        // The record stays: the document with its 件名 and 文書番号, its attachments' names, the register.
        const auto doc = DocumentStore(kanri.connection()).document(m_doc);
        QCOMPARE(doc->title, QStringLiteral("平成22年度の照会"));
        QVERIFY(doc->body.isEmpty());
        QVERIFY(!doc->numberLabel.isEmpty());
        QCOMPARE(AttachmentStore(kanri.connection()).list(m_doc).size(), 2);
        // Who decided the 廃棄, and when: the audit log and the 簿冊's history.
        QCOMPARE(SqlQuery(*m_fx.admin, QStringLiteral("SELECT actor_login FROM audit_events WHERE action = 'file.destroy' "
                                                      "AND entity_id = ?"))
                     .bind(m_expired)
                     .scalar()
                     .toString(),
                 QStringLiteral("suzuki_h"));
        const auto history = FileRegister(kanri.connection()).history(m_expired);
        QCOMPARE(history.last().event, QStringLiteral("destroy"));
        QCOMPARE(history.last().requestId, request);
        QVERIFY(AuditLog(*m_fx.admin).verify().intact);
        if (!m_fx.db->isPostgreSQL()) {
            // VACUUM ran after the 決裁's commit: the file gave the space back.
            const qint64 pagesAfter = SqlQuery(*m_fx.admin, QStringLiteral("PRAGMA page_count")).scalar().toLongLong();
            const qint64 pageSize = SqlQuery(*m_fx.admin, QStringLiteral("PRAGMA page_size")).scalar().toLongLong();
            QVERIFY2((pagesBefore - pagesAfter) * pageSize >= 3 * 1024 * 1024,
                     qPrintable(QStringLiteral("%1 → %2 pages of %3").arg(pagesBefore).arg(pagesAfter).arg(pageSize)));
        }
        // The same bytes stored again later are new content, complete and readable.
        qint64 again = 0;
        KESSAI_TRY(again = draftWith("ito_t", m_fx.org.file, QStringLiteral("再提出")));
        attach("ito_t", again, m_own, QStringLiteral("回答.bin"));
        QBuffer back;
        QVERIFY(back.open(QIODevice::WriteOnly));
        KESSAI_TRY(AttachmentStore(as("ito_t").connection()).exportContent(again, 1, back));
        QCOMPARE(back.data(), m_own);
    }

    void aHoldBlocksTheDestruction()
    {
        Session &kanri = as("kanri_s");
        RecordHolds holds(kanri.connection());
        qint64 hold = 0;
        KESSAI_TRY(hold = holds.placeOnDocument(kanri, m_doc, QStringLiteral("情報公開請求 第12号")));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            RecordDisposal(kanri.connection()).draft(kanri, Disposition::Destroy, {m_expired}, {}));
        QVERIFY2(test::lastErrorMessage().contains(QStringLiteral("情報公開請求 第12号")), qPrintable(test::lastErrorMessage()));
        KESSAI_TRY(holds.lift(kanri, hold, QStringLiteral("開示済")));
        qint64 request = 0;
        KESSAI_TRY(request = RecordDisposal(kanri.connection()).draft(kanri, Disposition::Destroy, {m_expired}, {}));
        // A hold placed while the 伺い is in review: its 決裁 is refused, nothing destroyed.
        KESSAI_TRY(holds.placeOnFile(kanri, m_expired, QStringLiteral("訴訟 令和8年(行ウ)第3号")));
        RoutePlan route;
        route.stages = {{RoutePlan::step(StepKind::Decide, m_fx.org.suzuki)}};
        KESSAI_TRY(WorkflowStore(kanri.connection()).setRoute(kanri, request, route));
        KESSAI_TRY(WorkflowStore(kanri.connection()).act(kanri, request, K::Submit));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            WorkflowStore(as("suzuki_h").connection()).act(as("suzuki_h"), request, K::Decide));
        QVERIFY2(test::lastErrorMessage().contains(QStringLiteral("訴訟")), qPrintable(test::lastErrorMessage()));
        QCOMPARE(status(request), QStringLiteral("in_review"));
        QCOMPARE(FileRegister(kanri.connection()).byId(m_expired)->state, FileState::Closed);
        QCOMPARE(chunksOf(m_own), 4);
        QCOMPARE(holds.active().size(), 1);
    }

    void aDocumentInReviewBlocksTheDestruction()
    {
        // Nothing more is filed into the closed 簿冊: a new draft, nor a draft moved there.
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, draftWith("ito_t", m_expired, QStringLiteral("遅れて綴られた文書")));
        QVERIFY2(test::lastErrorMessage().contains(QStringLiteral("完結")), qPrintable(test::lastErrorMessage()));
        qint64 open = 0;
        KESSAI_TRY(open = m_fx.file(2026, QStringLiteral("例規・通知"), m_fx.leafRules));
        qint64 late = 0;
        KESSAI_TRY(late = draftWith("ito_t", open, QStringLiteral("遅れて綴られた文書")));
        Session &ito = as("ito_t");
        DocumentRecord refiled = *DocumentStore(ito.connection()).document(late);
        refiled.fileId = m_expired;
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, DocumentStore(ito.connection()).updateDraft(ito, refiled));
        QCOMPARE(DocumentStore(ito.connection()).document(late)->fileId, open);
        // One an older Kessai filed there while it was open, still in review, blocks the 廃棄.
        RoutePlan route;
        route.stages = {{RoutePlan::step(StepKind::Decide, m_fx.org.suzuki)}};
        KESSAI_TRY(WorkflowStore(ito.connection()).setRoute(ito, late, route));
        KESSAI_TRY(WorkflowStore(ito.connection()).act(ito, late, K::Submit));
        KESSAI_TRY(SqlQuery(*m_fx.admin, QStringLiteral("UPDATE documents SET file_id = ? WHERE id = ?")).bind(m_expired).bind(late).exec());
        Session &kanri = as("kanri_s");
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            RecordDisposal(kanri.connection()).draft(kanri, Disposition::Destroy, {m_expired}, {}));
        QVERIFY2(test::lastErrorMessage().contains(QStringLiteral("遅れて綴られた文書")), qPrintable(test::lastErrorMessage()));
    }

    void aFileBeforeItsExpiryIsNotDestroyed()
    {
        qint64 young = 0;
        KESSAI_TRY(young = m_fx.file(2025, QStringLiteral("例規・通知"), m_fx.leafRules));
        Session &kanri = as("kanri_s");
        KESSAI_TRY(FileRegister(kanri.connection()).close(kanri, young));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            RecordDisposal(kanri.connection()).draft(kanri, Disposition::Destroy, {young}, {}));
        QVERIFY2(test::lastErrorMessage().contains(QStringLiteral("2036-03-31")), qPrintable(test::lastErrorMessage()));
        // An open one neither.
        qint64 open = 0;
        KESSAI_TRY(open = m_fx.file(2026, QStringLiteral("照会・回答"), m_fx.leafQueries));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            RecordDisposal(kanri.connection()).draft(kanri, Disposition::Destroy, {open}, {}));
        // Only a records manager drafts one.
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            RecordDisposal(as("ito_t").connection()).draft(as("ito_t"), Disposition::Destroy, {m_expired}, {}));
    }

    void extendedWithItsHistory()
    {
        Session &kanri = as("kanri_s");
        qint64 request = 0;
        KESSAI_TRY(request = RecordDisposal(kanri.connection()).draft(kanri, Disposition::Extend, {m_expired},
                                                                       QStringLiteral("係争中の案件の参考資料"), 5));
        decide(request, "kanri_s");
        FileRegister files(kanri.connection());
        files.setToday(QDate(2026, 12, 3));
        const auto file = files.byId(m_expired);
        QCOMPARE(file->state, FileState::Closed);
        QCOMPARE(file->expiresOn, QDate(2019, 3, 31));
        QVERIFY(file->extended);
        const auto history = files.history(m_expired);
        QCOMPARE(history.last().event, QStringLiteral("extend"));
        QCOMPARE(history.last().oldExpiresOn, QStringLiteral("2014-03-31"));
        QCOMPARE(history.last().newExpiresOn, QStringLiteral("2019-03-31"));
        QCOMPARE(history.last().reason, QStringLiteral("係争中の案件の参考資料"));
        QCOMPARE(RecordDisposal(kanri.connection()).request(request)->carriedOutAt.isEmpty(), false);
        QCOMPARE(chunksOf(m_own), 4);
    }

    /// Each document's 原議, written by the record-PDF writer kessai-cli export-pdf uses (the
    /// cover sheet with its route; the attachments are in the package as stored).
    QHash<qint64, QString> recordPdfs(StoreConnection &connection, qint64 fileId, const QString &folder)
    {
        QHash<qint64, QString> pdfs;
        for (qint64 doc : TransferPackage(connection).documentIds(fileId)) {
            const auto sheet = CoverSheetReader(connection).read(doc);
            const QString path = QDir(folder).filePath(QStringLiteral("%1.pdf").arg(doc));
            render::RecordPdfWriter writer;
            if (!sheet || !writer.write(*sheet, {}, path))
                qFatal("cannot write the record PDF of %lld: %s", doc, qPrintable(writer.error()));
            pdfs.insert(doc, path);
        }
        return pdfs;
    }

    /// Reads a package's manifest back and checks every file it lists against its SHA-256 and
    /// size, and SHA256SUMS against the manifest. files: path in the package → bytes.
    static void verifyPackage(const QHash<QString, QByteArray> &files, qint64 documentId)
    {
        QVERIFY(files.contains(QStringLiteral("manifest.json")));
        const QJsonObject manifest = QJsonDocument::fromJson(files.value(QStringLiteral("manifest.json"))).object();
        QCOMPARE(manifest.value(QStringLiteral("file")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("照会・回答"));
        const QJsonArray documents = manifest.value(QStringLiteral("documents")).toArray();
        QCOMPARE(documents.size(), 1);
        const QJsonObject document = documents.first().toObject();
        QCOMPARE(document.value(QStringLiteral("attachments")).toArray().size(), 2);
        const QString record = document.value(QStringLiteral("record")).toString();
        QVERIFY2(record.endsWith(QStringLiteral("/原議.pdf")), qPrintable(record));
        QVERIFY(files.value(record).startsWith("%PDF-"));
        // Every file listed is there with the SHA-256 and size the manifest says.
        const QJsonArray contents = manifest.value(QStringLiteral("contents")).toArray();
        QCOMPARE(contents.size(), 4); // the 原議, the cover and two attachments
        QStringList sums;
        for (const QJsonValue &v : contents) {
            const QJsonObject entry = v.toObject();
            const QString path = entry.value(QStringLiteral("path")).toString();
            QVERIFY2(files.contains(path), qPrintable(path));
            const QByteArray bytes = files.value(path);
            QCOMPARE(bytes.size(), entry.value(QStringLiteral("size")).toInteger());
            const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
            QCOMPARE(sha, entry.value(QStringLiteral("sha256")).toString());
            sums << sha + QStringLiteral("  ") + path;
        }
        QCOMPARE(QString::fromUtf8(files.value(QStringLiteral("SHA256SUMS"))), sums.join(QLatin1Char('\n')) + QLatin1Char('\n'));
        QCOMPARE(files.size(), 6); // and nothing else: the four, the manifest and SHA256SUMS
        Q_UNUSED(documentId);
    }

    void transferredAsAPackageWithChecksums()
    {
        Session &kanri = as("kanri_s");
        qint64 request = 0;
        KESSAI_TRY(request = RecordDisposal(kanri.connection()).draft(kanri, Disposition::Transfer, {m_expired},
                                                                       QStringLiteral("歴史公文書等")));
        decide(request, "kanri_s");
        QCOMPARE(FileRegister(kanri.connection()).byId(m_expired)->state, FileState::TransferPending);
        QTemporaryDir records;
        TransferPackage::Options options;
        options.recordPdfs = recordPdfs(kanri.connection(), m_expired, records.path());
        QCOMPARE(options.recordPdfs.size(), 1);

        // Without a document's 原議 nothing is written.
        QTemporaryDir out;
        TransferPackage::Options missing;
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, TransferPackage(kanri.connection()).write(m_expired, out.path(), missing));
        QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());

        // A folder …
        QString folder;
        KESSAI_TRY(folder = TransferPackage(kanri.connection()).write(m_expired, out.path(), options));
        QHash<QString, QByteArray> files;
        QDirIterator walk(folder, QDir::Files, QDirIterator::Subdirectories);
        while (walk.hasNext()) {
            const QString path = walk.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            files.insert(QDir(folder).relativeFilePath(path), f.readAll());
        }
        verifyPackage(files, 0);
        // … whose 原議 names its document and its 決裁's audit event.
        const QString record = QDirIterator(folder, {QStringLiteral("原議.pdf")}, QDir::Files, QDirIterator::Subdirectories).next();
        QString why;
        const auto stamp = render::RecordPdfStamp::read(record, &why);
        QVERIFY2(stamp, qPrintable(why));
        QCOMPARE(stamp->documentId, options.recordPdfs.keys().first());

        // … or one zip holding that folder under the same name.
        QTemporaryDir zipOut;
        options.zip = true;
        QString zip;
        KESSAI_TRY(zip = TransferPackage(kanri.connection()).write(m_expired, zipOut.path(), options));
        QCOMPARE(QFileInfo(zip).fileName(), QFileInfo(folder).fileName() + QStringLiteral(".zip"));
        QCOMPARE(QDir(zipOut.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{QFileInfo(zip).fileName()});
        QHash<QString, QByteArray> zipped;
        const QString root = QFileInfo(folder).fileName() + QLatin1Char('/');
        KESSAI_TRY(ZipArchive::read(zip, [&](const QString &name, const QByteArray &bytes) {
            QVERIFY2(name.startsWith(root), qPrintable(name));
            zipped.insert(name.mid(root.size()), bytes);
        }));
        verifyPackage(zipped, 0);
        QCOMPARE(zipped, files); // the same bytes either way

        KESSAI_TRY(RecordDisposal(kanri.connection()).markTransferred(kanri, m_expired, folder));
        QCOMPARE(FileRegister(kanri.connection()).byId(m_expired)->state, FileState::Transferred);
        // A package is never overwritten; a second 移管済 is refused.
        options.zip = false;
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, TransferPackage(kanri.connection()).write(m_expired, out.path(), options));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            RecordDisposal(kanri.connection()).markTransferred(kanri, m_expired, folder));
    }
};

QTEST_MAIN(TestRecordDisposal) // QGuiApplication: the 原議 is painted (RecordPdfWriter)
#include "tst_recorddisposal.moc"
