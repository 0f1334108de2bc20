// SPDX-License-Identifier: GPL-3.0-or-later
// RecordOutput and RecordPrinter in the window, on both backends: the single view shows the 鑑
// drawn by CoverSheetPainter; the record PDF of a draft is written off the GUI thread (marked
// 「未決裁」), the 鑑-alone scope leaves the attachments out, an unwritable path reports and
// leaves nothing; printing to a PDF printer gives every page, plus a blank back when each
// attachment must start on a new sheet; 印刷… goes through QPrintPreviewDialog to the printer.
#include "core/documents/AttachmentStore.h"
#include "core/documents/DocumentStore.h"
#include "core/org/Session.h"
#include "core/store/StoreConnection.h"
#include "gui/StoreClient.h"
#include "gui/record/RecordOutput.h"
#include "gui/record/RecordPrinter.h"
#include "gui/singleview/SingleView.h"
#include "gui/singleview/SingleViewWindow.h"
#include "render/CoverSheetPainter.h"
#include "render/RecordOverlay.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"

#include <poppler-qt6.h>

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QApplication>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kessai;
using namespace kessai::gui;
using namespace Qt::Literals::StringLiterals;

namespace {
QByteArray makePdf(int pages, const QString &word)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    QPainter painter(&writer);
    QFont font(u"IPAGothic"_s); // Noto CJK digits do not come back out of a Qt-made PDF
    font.setPixelSize(16);
    painter.setFont(font);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.drawText(QPointF(60, 80), u"%1 %2"_s.arg(word).arg(page + 1));
    }
    painter.end();
    return buffer.data();
}

qint64 draftWith(const DatabaseUrl &url, const QList<std::pair<QString, QByteArray>> &files)
{
    StoreConnection connection(url);
    test::setUpDraftingOffice(connection, u"起案 太郎"_s);
    Session session(connection);
    DocumentRecord draft;
    draft.title = u"印刷の確認"_s;
    draft.body = u"標記について伺います。"_s;
    const qint64 document = DocumentStore(connection).createDraft(session, draft);
    for (const auto &[name, bytes] : files) {
        QBuffer source;
        source.setData(bytes);
        source.open(QIODevice::ReadOnly);
        AttachmentStore(connection).add(session, document, source, {name, {}, {}});
    }
    return document;
}

void openClient(StoreClient &client, QObject *context, const DatabaseUrl &url)
{
    client.call<bool>(
        context,
        [url](StoreWorker &worker) {
            worker.open(url);
            worker.startSession({});
            return true;
        },
        [](bool) {});
}

QString allText(const Poppler::Document &pdf)
{
    QString text;
    for (int i = 0; i < pdf.numPages(); ++i)
        text += pdf.page(i)->text(QRectF());
    return text.remove(QRegularExpression(u"\\s"_s));
}
} // namespace

class TestRecordOutput : public QObject
{
    Q_OBJECT

private slots:
    void savesAndPrints()
    {
        test::TestDatabase db;
        const qint64 document =
            draftWith(db.url(), {{u"一.pdf"_s, makePdf(3, u"ichi"_s)}, {u"二.pdf"_s, makePdf(2, u"ni"_s)}});
        StoreClient client;
        openClient(client, this, db.url());
        SingleViewWindow window(&client, db.url(), document);
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        window.resize(900, 700);
        window.show();
        QSignalSpy cover(&window, &SingleViewWindow::coverLoaded);
        window.load();
        QTRY_COMPARE_WITH_TIMEOUT(cover.count(), 1, 20000);
        // The single view's cover is the 鑑 of print and PDF.
        QVERIFY(window.view()->coverSheet());
        QCOMPARE(window.view()->coverSheet()->sheet().document.title, u"印刷の確認"_s);
        QVERIFY(window.view()->coverSheet()->pageCount() >= 1);

        QTemporaryDir out;
        RecordOutput output(&client, db.url(), {}, &window);
        QSignalSpy finished(&output, &RecordOutput::finished);
        const QString path = out.filePath(u"record.pdf"_s);
        output.writePdf(document, path, PrintScope());
        QVERIFY(output.busy());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(path);
        QVERIFY(pdf);
        const int coverPages = window.view()->coverSheet()->pageCount();
        QCOMPARE(pdf->numPages(), coverPages + 3 + 2 + 1);
        QString text = allText(*pdf);
        QVERIFY2(text.contains(u"ichi3"_s), qPrintable(text));
        QVERIFY(text.contains(u"ni2"_s));
        const QString mark = render::RecordOverlay::watermark().remove(u' ');
        for (int i = 0; i < pdf->numPages(); ++i) // not decided: on every page
            QVERIFY(pdf->page(i)->text(QRectF()).remove(QRegularExpression(u"\\s"_s)).contains(mark));

        // The 鑑 alone.
        PrintScope coverOnly;
        coverOnly.what = PrintScope::What::CoverOnly;
        const QString coverPath = out.filePath(u"cover.pdf"_s);
        output.writePdf(document, coverPath, coverOnly);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        QVERIFY(finished.at(1).at(0).toBool());
        pdf = Poppler::Document::load(coverPath);
        QCOMPARE(pdf->numPages(), coverPages + 1);
        QVERIFY(!allText(*pdf).contains(u"ichi"_s));

        // An unwritable path: a message, nothing written.
        const QString bad = out.filePath(u"missing/folder/x.pdf"_s);
        output.writePdf(document, bad, PrintScope());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 60000);
        QVERIFY(!finished.at(2).at(0).toBool());
        QVERIFY(finished.at(2).at(1).toString().contains(u"x.pdf"_s));
        QVERIFY(!QFile::exists(bad));

        // Printing the record to a PDF printer: every page; with a new sheet per attachment, the
        // first attachment (which would start on the back of the 鑑's sheet) gets a blank back.
        for (const bool newSheet : {false, true}) {
            PrintScope scope;
            scope.newSheetPerAttachment = newSheet;
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            const QString printed = out.filePath(u"printed-%1.pdf"_s.arg(newSheet));
            printer.setOutputFileName(printed);
            RecordPrinter job(path, scope);
            int calls = 0;
            QVERIFY2(job.print(printer, [&](int, int) { return ++calls > 0; }, 72), qPrintable(job.error()));
            QVERIFY(calls > 1);
            const std::unique_ptr<Poppler::Document> paper = Poppler::Document::load(printed);
            QVERIFY(paper);
            // Attachments start at the bookmarks: after the 鑑, after 一.pdf's 3 pages, the record page.
            int expected = 0;
            for (int page = 0; page < coverPages + 6; ++page) {
                const bool starts = page == coverPages || page == coverPages + 3 || page == coverPages + 5;
                if (newSheet && starts && expected % 2 == 1)
                    ++expected;
                ++expected;
            }
            QCOMPARE(paper->numPages(), expected);
        }
        // Cancelled at once: nothing printed, the reason given.
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(out.filePath(u"cancelled.pdf"_s));
        RecordPrinter cancelled(path, PrintScope());
        QVERIFY(!cancelled.print(printer, [](int, int) { return false; }));
        QVERIFY(!cancelled.error().isEmpty());
    }

    // 印刷… asks what to print, shows the dossier in a QPrintPreviewDialog, and its print button
    // sends the pages to the printer on the worker (here a PDF file: every page of the record).
    void printsThroughThePreviewDialog()
    {
        test::TestDatabase db;
        const qint64 document = draftWith(db.url(), {{u"一.pdf"_s, makePdf(3, u"ichi"_s)}});
        StoreClient client;
        openClient(client, this, db.url());
        QWidget window;
        window.show();
        QTemporaryDir out;
        const QString printed = out.filePath(u"printed.pdf"_s);
        RecordOutput output(&client, db.url(), {}, &window);
        QSignalSpy finished(&output, &RecordOutput::finished);
        int previewPages = -1;
        bool optionsAnswered = false;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *options = qobject_cast<PrintOptionsDialog *>(modal)) {
                optionsAnswered = true;
                options->accept();
            } else if (auto *preview = qobject_cast<QPrintPreviewDialog *>(modal)) {
                auto *pages = preview->findChild<QPrintPreviewWidget *>();
                if (!pages || pages->pageCount() == 0)
                    return; // not painted yet
                previewPages = pages->pageCount();
                if (const QString keep = qEnvironmentVariable("KESSAI_KEEP_OUTPUT"); !keep.isEmpty() && keep != u"1"_s)
                    preview->grab().save(keep + u"/preview.png"_s); // KESSAI_KEEP_OUTPUT=folder: to look at
                preview->printer()->setOutputFormat(QPrinter::PdfFormat);
                preview->printer()->setOutputFileName(printed);
                pages->print(); // what the dialog's print button does after its QPrintDialog
                preview->accept();
            }
        });
        answer.start(50);
        output.print(document);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        answer.stop();
        QVERIFY(optionsAnswered);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        const std::unique_ptr<Poppler::Document> paper = Poppler::Document::load(printed);
        QVERIFY(paper);
        QVERIFY(previewPages >= 5); // the 鑑, three pages, the record page
        QCOMPARE(paper->numPages(), previewPages);
    }
};

QTEST_MAIN(TestRecordOutput)
#include "tst_recordoutput.moc"
