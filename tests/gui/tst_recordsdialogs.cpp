// SPDX-License-Identifier: GPL-3.0-or-later
// 文書管理's dialogs on demo data, both backends, as the 文書管理者 uses them: the 分類表 edited
// and imported (a bad CSV named by line and column), a document moved and held, the hold
// lifted, 簿冊 handed to a successor 課, the 移管 package written as a zip with each document's
// 原議, and the 管理簿 printed through Qt's printer.
#include "core/content/ZipArchive.h"
#include "core/org/Session.h"
#include "core/setup/DemoSeeder.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "gui/StoreClient.h"
#include "gui/StoreWorker.h"
#include "gui/records/FileDocumentsDialog.h"
#include "gui/records/FileReassignDialog.h"
#include "gui/records/FilingClassEditor.h"
#include "gui/records/RecordFileModel.h"
#include "gui/records/RecordHoldsDialog.h"
#include "gui/records/RecordsWindow.h"
#include "gui/records/RegisterPrinter.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"
#include "translations/TranslationLoader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <poppler-qt6.h>

using namespace kessai;
using namespace kessai::gui;

class TestRecordsDialogs : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<StoreClient> m_client;
    std::unique_ptr<RecordsWindow> m_window;

    qint64 number(const QString &sql, qint64 bind = 0)
    {
        StoreConnection check(m_db->url());
        SqlQuery q(check, sql);
        if (bind)
            q.bind(bind);
        return q.scalar().toLongLong();
    }
    /// With KESSAI_SCREENSHOTS=DIR (and the Japanese interface), what a widget shows is saved
    /// there as NAME.png for a reviewer to look at; otherwise nothing.
    static void shot(QWidget *widget, const char *name)
    {
        const QString dir = qEnvironmentVariable("KESSAI_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        QTest::qWait(200); // (only when asked for pictures: let the last answers paint)
        widget->grab().save(QDir(dir).filePath(QLatin1String(name) + QStringLiteral(".png")));
    }
    /// A 簿冊 of the window's 課 (総務課) in the given state with documents.
    qint64 fileOf(const QString &state)
    {
        for (const RecordFile &f : m_window->filesModel()->files()) {
            if (RecordTerms::code(f.state) == state && f.documentCount > 0 && f.unitName == QStringLiteral("総務課"))
                return f.id;
        }
        return 0;
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("KESSAI_SCREENSHOTS"))
            TranslationLoader::install(QStringLiteral("ja"));
        m_db = std::make_unique<test::TestDatabase>();
        {
            StoreConnection connection(m_db->url());
            KESSAI_TRY(test::setUpOrganization(connection));
            Session session(connection);
            KESSAI_TRY(DemoSeeder(session).seed());
        }
        m_client = std::make_unique<StoreClient>();
        m_client->call<bool>(
            m_client.get(),
            [url = m_db->url()](StoreWorker &worker) {
                worker.open(url);
                worker.startSession({});
                return true;
            },
            [](bool) {});
        m_window = std::make_unique<RecordsWindow>(m_client.get(), m_db->url());
        m_window->show();
        m_window->refresh();
        QTRY_VERIFY(m_window->filesModel()->rowCount() > 0);
        QTRY_VERIFY(m_window->expiringModel()->rowCount() > 0);
        m_window->resize(1500, 900);
        shot(m_window.get(), "records-window");
    }
    void cleanupTestCase()
    {
        m_window.reset();
        m_client.reset();
        m_db.reset();
    }

    void theClassificationIsEditedAndImported()
    {
        FilingClassEditor *editor = m_window->openClassification();
        QVERIFY(editor);
        QTRY_VERIFY(!editor->entries().isEmpty());
        shot(editor, "classification");
        const FilingClass top = editor->entries().first();
        QCOMPARE(top.depth, 1);
        // Added under the selected 大分類, renamed with other defaults, deleted while unused.
        QVERIFY(editor->selectCode(top.code));
        editor->addEntry(QStringLiteral("T9"), QStringLiteral("試験分類"), RetentionPeriod::FiveYears, Disposition::Destroy);
        auto find = [editor](const QString &code) -> std::optional<FilingClass> {
            for (const FilingClass &c : editor->entries()) {
                if (c.code == code)
                    return c;
            }
            return std::nullopt;
        };
        QTRY_VERIFY2(find(QStringLiteral("T9")), qPrintable(editor->statusText()));
        QCOMPARE(find(QStringLiteral("T9"))->depth, 2);
        QCOMPARE(find(QStringLiteral("T9"))->parentId, top.id);
        QTRY_VERIFY(editor->selectCode(QStringLiteral("T9")));
        editor->saveSelected(QStringLiteral("試験分類（改）"), RetentionPeriod::TenYears, Disposition::Transfer);
        QTRY_COMPARE(find(QStringLiteral("T9"))->name, QStringLiteral("試験分類（改）"));
        QCOMPARE(find(QStringLiteral("T9"))->retention, RetentionPeriod::TenYears);
        QCOMPARE(find(QStringLiteral("T9"))->disposition, Disposition::Transfer);
        QTRY_VERIFY(editor->selectCode(QStringLiteral("T9")));
        editor->removeSelected();
        QTRY_VERIFY2(!find(QStringLiteral("T9")), qPrintable(editor->statusText()));
        // The 大分類 is used: refused, saying why.
        QVERIFY(editor->selectCode(top.code));
        editor->removeSelected();
        QTRY_VERIFY2(editor->statusText().contains(QStringLiteral("below it")), qPrintable(editor->statusText()));
        QVERIFY(find(top.code));

        // A CSV with a missing parent: refused with its line and column, nothing imported.
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("分類表.csv"));
        QFile out(bad);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("code,parent,name,retention,disposition\r\nX1,,試験,,\r\nX1-1,X9,迷子,5,destroy\r\n");
        out.close();
        const int before = int(editor->entries().size());
        editor->importCsv(bad);
        QTRY_VERIFY2(editor->statusText().contains(QStringLiteral("line 3")), qPrintable(editor->statusText()));
        QVERIFY2(editor->statusText().contains(QStringLiteral("分類表.csv")), qPrintable(editor->statusText()));
        QVERIFY(find(QStringLiteral("X1")) == std::nullopt);
        // The good one comes in whole.
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write("code,parent,name,retention,disposition\r\nX1,,試験,,\r\nX1-1,X1,試験の照会,5,destroy\r\n");
        out.close();
        editor->importCsv(bad);
        QTRY_COMPARE(int(editor->entries().size()), before + 2);
        editor->close();
    }

    void aDocumentIsMovedHeldAndReleased()
    {
        // An open 簿冊 of this year with documents, and another open one of the 課.
        const qint64 from = fileOf(QStringLiteral("open"));
        QVERIFY(from > 0);
        QVERIFY(m_window->selectFile(from));
        FileDocumentsDialog *dialog = m_window->openDocuments();
        QVERIFY(dialog);
        QTRY_VERIFY(!dialog->documents().isEmpty());
        shot(dialog, "file-documents");
        auto *target = dialog->findChild<QComboBox *>(QStringLiteral("fileDocumentsTarget"));
        QVERIFY(target->count() > 0);
        const qint64 to = target->itemData(0).toLongLong();
        const qint64 doc = dialog->documents().first().id;
        QVERIFY(dialog->selectDocument(doc));
        dialog->moveSelected(to);
        QTRY_VERIFY2(dialog->statusText().contains(QStringLiteral("moved")), qPrintable(dialog->statusText()));
        QCOMPARE(number(QStringLiteral("SELECT file_id FROM documents WHERE id = ?"), doc), to);
        // A hold on another of its documents.
        QTRY_VERIFY(dialog->selectDocument(dialog->documents().value(0).id));
        const qint64 heldDoc = dialog->documents().value(0).id;
        dialog->holdSelected(QStringLiteral("訴訟（令和8年(ワ)第12号）"));
        QTRY_VERIFY2(dialog->statusText().contains(QStringLiteral("Hold")), qPrintable(dialog->statusText()));
        const qint64 hold =
            number(QStringLiteral("SELECT id FROM record_holds WHERE document_id = ? AND lifted_at IS NULL"), heldDoc);
        QVERIFY(hold > 0);
        dialog->close();

        // A closed 簿冊's documents stay: nothing to move them with.
        const qint64 closed = fileOf(QStringLiteral("closed"));
        QVERIFY(closed > 0);
        QVERIFY(m_window->selectFile(closed));
        FileDocumentsDialog *stay = m_window->openDocuments();
        QVERIFY(!stay->findChild<QPushButton *>(QStringLiteral("fileDocumentsMove"))->isEnabled());
        stay->close();

        // The hold is listed and lifted with its reason; it stays on record.
        RecordHoldsDialog *holds = m_window->openHolds();
        QTRY_VERIFY(holds->selectHold(hold));
        shot(holds, "holds");
        holds->liftSelected(QStringLiteral("和解成立"));
        QTRY_VERIFY2(holds->statusText().contains(QStringLiteral("lifted")), qPrintable(holds->statusText()));
        QTRY_VERIFY(!holds->selectHold(hold));
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM record_holds WHERE id = ? AND lifted_at IS NOT NULL"), hold), 1);
        holds->close();
    }

    void filesGoToTheSuccessorDivision()
    {
        const qint64 file = fileOf(QStringLiteral("closed"));
        QVERIFY(m_window->selectFile(file));
        FileReassignDialog *dialog = m_window->openReassign();
        QVERIFY(dialog);
        QTRY_VERIFY(!dialog->successors().isEmpty());
        shot(dialog, "reassign");
        QVERIFY(!dialog->successors().contains(QStringLiteral("総務課")));
        auto *to = dialog->findChild<QComboBox *>(QStringLiteral("fileReassignTo"));
        const qint64 successor = to->itemData(0).toLongLong();
        dialog->reassign(successor, QStringLiteral("令和8年度組織改編"));
        QTRY_VERIFY2(dialog->statusText().contains(QStringLiteral("handed over")), qPrintable(dialog->statusText()));
        QCOMPARE(number(QStringLiteral("SELECT unit_id FROM files WHERE id = ?"), file), successor);
        // (the successor keeps a 簿冊 of the same name and year: the one handed over says whose it was)
        StoreConnection check(m_db->url());
        QVERIFY(SqlQuery(check, QStringLiteral("SELECT name FROM files WHERE id = ?")).bind(file).scalar().toString().endsWith(
            QStringLiteral("（旧総務課）")));
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM file_history WHERE event = 'reassign' AND file_id = ?"), file), 1);
        dialog->close();
    }

    void theTransferPackageIsAZipWithEachRecord()
    {
        // A 簿冊 whose 移管 was decided (the decision itself: tst_recorddisposal).
        const qint64 file = fileOf(QStringLiteral("closed"));
        QVERIFY(file > 0);
        {
            StoreConnection owner(m_db->url());
            SqlQuery(owner, QStringLiteral("UPDATE files SET status = 'transfer_pending' WHERE id = ?")).bind(file).exec();
        }
        const qint64 documents = number(QStringLiteral("SELECT count(*) FROM documents WHERE file_id = ?"), file);
        m_window->refresh();
        QTRY_VERIFY(m_window->selectFile(file));
        m_window->findChild<QCheckBox *>(QStringLiteral("recordsZip"))->setChecked(true);
        QTemporaryDir out;
        m_window->writeTransferPackages(out.path());
        QTRY_VERIFY2_WITH_TIMEOUT(m_window->statusText().startsWith(QStringLiteral("Transferred")),
                                  qPrintable(m_window->statusText()), 240000);
        const QStringList zips = QDir(out.path()).entryList({QStringLiteral("*.zip")});
        QCOMPARE(zips.size(), 1);
        QHash<QString, QByteArray> entries;
        KESSAI_TRY(ZipArchive::read(QDir(out.path()).filePath(zips.first()), [&](const QString &name, const QByteArray &bytes) {
            entries.insert(name.section(QLatin1Char('/'), 1), bytes);
        }));
        const QJsonObject manifest = QJsonDocument::fromJson(entries.value(QStringLiteral("manifest.json"))).object();
        int records = 0;
        for (const QJsonValue &v : manifest.value(QStringLiteral("contents")).toArray()) {
            const QString path = v.toObject().value(QStringLiteral("path")).toString();
            QVERIFY2(entries.contains(path), qPrintable(path));
            QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(entries.value(path), QCryptographicHash::Sha256).toHex()),
                     v.toObject().value(QStringLiteral("sha256")).toString());
            if (path.endsWith(QStringLiteral("/原議.pdf"))) {
                ++records;
                QVERIFY(entries.value(path).startsWith("%PDF-"));
            }
        }
        QCOMPARE(records, documents);
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM files WHERE id = ? AND status = 'transferred'"), file), 1);
    }

    void theRegisterIsPrinted()
    {
        // A 課's 簿冊 of many years: four times the demo's, over several pages.
        QList<RecordFile> files;
        for (int i = 0; i < 4; ++i)
            files += m_window->filesModel()->files();
        QVERIFY(files.size() > 120);
        QTemporaryDir dir;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(QStringLiteral("kanribo.pdf")));
        const int pages = RegisterPrinter::paint(&printer, files, QStringLiteral("行政文書ファイル管理簿"));
        QVERIFY(pages > 1);
        const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(printer.outputFileName());
        QVERIFY(pdf);
        QCOMPARE(pdf->numPages(), pages);
        const std::unique_ptr<Poppler::Page> first = pdf->page(0);
        if (qEnvironmentVariableIsSet("KESSAI_SCREENSHOTS"))
            first->renderToImage(100, 100).save(QDir(qEnvironmentVariable("KESSAI_SCREENSHOTS")).filePath(QStringLiteral("register-print.png")));
        QVERIFY(first->pageSizeF().width() > first->pageSizeF().height()); // landscape
        // (a heading or a name may wrap within its cell: compared without the line breaks)
        const auto flat = [](QString t) { return t.remove(QRegularExpression(QStringLiteral("\\s"))); };
        const QString text = flat(first->text(QRectF()));
        // (the wrapped headings' lines come out interleaved: each heading's pieces are looked for)
        for (const char *piece : {"作成・取得", "大分類", "中分類", "名称（小分類）", "起算日", "保存期間", "満了時の措置", "媒体の種",
                                  "保存場所", "管理者", "備考"})
            QVERIFY2(text.contains(QString::fromUtf8(piece)), piece);
        QVERIFY2(text.contains(flat(files.first().name)), qPrintable(text.left(300)));
        // The headings again on the last page, with its number.
        const QString last = pdf->page(pages - 1)->text(QRectF());
        QVERIFY(flat(last).contains(QStringLiteral("名称（小分類）")));
        QVERIFY2(flat(last).contains(QStringLiteral("%1/%1").arg(pages)), qPrintable(last.right(200)));
    }
};

QTEST_MAIN(TestRecordsDialogs)
#include "tst_recordsdialogs.moc"
