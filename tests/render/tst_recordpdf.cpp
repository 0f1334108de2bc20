// SPDX-License-Identifier: GPL-3.0-or-later
// The 原議 (record PDF) on both backends, through kessai-cli export-pdf as a user would run it,
// read back with Poppler: every field of the 鑑, each seal's surname and date, the 代決 / 後閲 /
// 差戻し marks and 記事, a bookmark per attachment, the originals embedded byte for byte, the
// attachment's own text kept as text, 「未決裁」 on every page before 決裁 and none after, the
// audit match check (kessai-cli audit verify --pdf) and the failures: a locked or broken
// attachment gets a page saying so, an unwritable path leaves nothing behind. The PDF/A-1b
// record (--pdfa): XMP, output intent, no embedded files, and what PDF/A refuses.
#include "core/documents/AttachmentStore.h"
#include "core/documents/DocumentStore.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/store/StoreConnection.h"
#include "core/workflow/CoverSheetReader.h"
#include "core/workflow/WorkflowStore.h"
#include "locale/JapaneseDate.h"
#include "render/PdfA1b.h"
#include "render/RecordPdfAssembly.h"
#include "render/RecordPdfWriter.h"
#include "tests/cli/CliRunner.h"
#include "tests/render/RenderFixtures.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/WorkflowOrg.h"

#include <poppler-qt6.h>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>

using namespace kessai;
using namespace Qt::Literals::StringLiterals;
using K = WorkflowActionKind;

namespace {
/// kessai-cli in Japanese on the test's store.
test::CliResult cli(const DatabaseUrl &url, const QStringList &arguments)
{
    return test::runCli(QStringList{u"--lang"_s, u"ja"_s} + arguments, {url.toString(), {}, {}});
}

QStringList pageTexts(const Poppler::Document &pdf)
{
    QStringList texts;
    for (int i = 0; i < pdf.numPages(); ++i)
        texts << pdf.page(i)->text(QRectF());
    return texts;
}

/// Text as Poppler extracts it, without the spaces and line breaks it puts between glyphs.
QString squeezed(const QString &text)
{
    QString out = text;
    out.remove(QRegularExpression(u"\\s"_s));
    return out;
}
} // namespace

class TestRecordPdf : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<StoreConnection> m_connection;
    test::WorkflowOrg m_org;
    std::map<QString, std::unique_ptr<test::SessionAs>> m_people;
    qint64 m_doc = 0;
    QByteArray m_pdfAttachment;
    QByteArray m_png;
    QTemporaryDir m_out;

    Session &as(const char *login) { return m_people.at(QLatin1String(login))->session(); }
    void act(const char *login, K kind, const QString &comment = {})
    {
        Session &session = as(login);
        WorkflowStore(session.connection()).act(session, m_doc, kind, comment);
    }
    void attach(const QByteArray &bytes, const QString &name, const QString &mime)
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        AttachmentStore(as("ito_t").connection()).add(as("ito_t"), m_doc, buffer, {name, {}, mime});
    }
    std::unique_ptr<Poppler::Document> exportPdf(const QString &name)
    {
        const QString path = m_out.filePath(name);
        const test::CliResult run = cli(m_db->url(), {u"export-pdf"_s, QString::number(m_doc), u"--out"_s, path});
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.out + run.err));
        if (run.exitCode != 0)
            return nullptr;
        return Poppler::Document::load(path);
    }

private slots:
    void initTestCase()
    {
        // KESSAI_KEEP_OUTPUT=1 keeps the PDFs written here to look at (their folder is printed).
        if (qEnvironmentVariableIsSet("KESSAI_KEEP_OUTPUT")) {
            m_out.setAutoRemove(false);
            qInfo("record PDFs in %s", qPrintable(m_out.path()));
        }
        m_db = std::make_unique<test::TestDatabase>();
        KESSAI_TRY(m_connection = std::make_unique<StoreConnection>(m_db->url()));
        KESSAI_TRY(m_org.setUp(*m_connection));
        { // the drafter's 内線, from the organization data (typed full width, stored as digits)
            Session admin(*m_connection);
            OrgStore org(*m_connection);
            User ito = *org.userByLogin(u"ito_t"_s);
            ito.extension = u"２３４５"_s;
            KESSAI_TRY(org.updateUser(admin, ito));
        }
        for (const QString &login : test::WorkflowOrg::logins())
            KESSAI_TRY(m_people[login] = std::make_unique<test::SessionAs>(*m_db, *m_connection, login));
        KESSAI_TRY(m_doc = m_org.draft(as("ito_t"), u"令和8年度 文書管理研修の実施について"_s));
        KESSAI_TRY(WorkflowStore(as("ito_t").connection()).setRoute(as("ito_t"), m_doc, m_org.standardRoute()));
        test::RenderFixtures::PdfPage page;
        page.text = u"研修会場は本庁舎第三会議室"_s;
        test::RenderFixtures::PdfPage a3;
        a3.size = QPageSize(QPageSize::A3);
        a3.orientation = QPageLayout::Landscape;
        a3.text = u"配置図"_s;
        m_pdfAttachment = test::RenderFixtures::pdf({page, a3});
        m_png = test::RenderFixtures::encode(test::RenderFixtures::bands(200, {Qt::red, Qt::blue}, 60), "PNG");
        QFile encrypted(test::RenderFixtures::dataFile(u"encrypted-aes256.pdf"_s));
        QVERIFY(encrypted.open(QIODevice::ReadOnly));
        KESSAI_TRY(attach(m_pdfAttachment, u"実施要領.pdf"_s, u"application/pdf"_s));
        KESSAI_TRY(attach(m_png, u"会場写真.png"_s, u"image/png"_s));
        KESSAI_TRY(attach("項目,値\n受講者数,120名\n", u"受講者.csv"_s, u"text/csv"_s));
        KESSAI_TRY(attach(test::RenderFixtures::randomBytes(4096, 3), u"壊れた資料.pdf"_s, u"application/pdf"_s));
        KESSAI_TRY(attach(encrypted.readAll(), u"鍵付き.pdf"_s, u"application/pdf"_s));
        // 提出 → 係長 → 合議 → 差戻し by the 課長補佐 → re-提出 → 課長補佐.
        KESSAI_TRY(act("ito_t", K::Submit));
        KESSAI_TRY(act("sato_y", K::Approve, u"確認しました"_s));
        KESSAI_TRY(act("watanabe_a", K::Approve, u"人事課として異議なし"_s));
        KESSAI_TRY(act("kimura_s", K::Approve));
        KESSAI_TRY(act("takahashi_m", K::Return, u"別紙の数値を最新の実績に差し替えてください。"_s));
        KESSAI_TRY(act("ito_t", K::Submit, u"数値を更新しました"_s));
        KESSAI_TRY(act("takahashi_m", K::Approve));
    }

    void beforeDecisionEveryPageIsMarked()
    {
        const std::unique_ptr<Poppler::Document> pdf = exportPdf(u"undecided.pdf"_s);
        QVERIFY(pdf);
        const QStringList texts = pageTexts(*pdf);
        for (int i = 0; i < texts.size(); ++i)
            QVERIFY2(squeezed(texts.at(i)).contains(u"未決裁"_s), qPrintable(u"page %1: %2"_s.arg(i + 1).arg(texts.at(i))));
        QVERIFY(pdf->info(u"KessaiAuditEvent"_s).isEmpty());
        // Nothing to match yet: verify says so and fails.
        const test::CliResult verify = cli(m_db->url(), {u"audit"_s, u"verify"_s, u"--pdf"_s, m_out.filePath(u"undecided.pdf"_s)});
        QCOMPARE(verify.exitCode, 2);
        QVERIFY2(verify.err.contains(u"決裁"_s), qPrintable(verify.err));
    }

    void decidedRecord()
    {
        // 代決: the 課長 is away, the 次長 decides for them; the 課長 reads afterwards (後閲).
        Absence away{0, m_org.suzuki, QDate::currentDate().addDays(-1), QDate::currentDate().addDays(1), m_org.kato,
                     u"出張"_s};
        KESSAI_TRY(OrgStore(as("suzuki_h").connection()).addAbsence(as("suzuki_h"), away));
        KESSAI_TRY(act("kato_r", K::Decide, u"課長不在のため代決"_s));
        KESSAI_TRY(act("suzuki_h", K::Read));
        const DocumentRecord record = *DocumentStore(*m_connection).document(m_doc);

        const std::unique_ptr<Poppler::Document> pdf = exportPdf(u"decided.pdf"_s);
        QVERIFY(pdf);
        const QStringList texts = pageTexts(*pdf);
        const QString cover = squeezed(texts.first());
        // The fields of the 鑑.
        const QDate today = QDate::currentDate();
        for (const QString &expected :
             {u"起案用紙"_s, u"文書番号"_s, record.numberLabel, u"起案日"_s, u"決裁日"_s, squeezed(JapaneseDate::eraDate(today)),
              u"施行日"_s, u"決裁区分"_s, u"課長専決"_s, u"公開区分"_s, u"保存期間"_s, u"10年"_s, u"満了時の措置"_s, u"移管"_s,
              u"簿冊"_s, u"総務課例規・通知"_s, u"所属"_s, u"文書係"_s, u"係員"_s, u"伊藤拓也"_s, u"内線2345"_s, u"件名"_s,
              u"令和8年度文書管理研修の実施について"_s, u"別紙のとおり実施してよろしいか伺います"_s, u"合議先"_s, u"人事課"_s,
              u"渡辺彩"_s})
            QVERIFY2(cover.contains(expected), qPrintable(expected + u" not in: "_s + texts.first()));
        // Each seal: unit short name, 和暦 date, surname; the marks.
        const QString sealDate = JapaneseDate::compact(today);
        QVERIFY(!sealDate.isEmpty());
        QCOMPARE(cover.count(sealDate), 6); // 係長, two 合議, 課長補佐, 代決, 後閲
        for (const QString &surname : {u"佐藤"_s, u"渡辺"_s, u"木村"_s, u"高橋"_s, u"加藤"_s, u"鈴木"_s})
            QVERIFY2(cover.contains(surname), qPrintable(surname));
        for (const QString &unit : {u"総務-文書"_s, u"人事"_s, u"総務部"_s})
            QVERIFY2(cover.contains(unit), qPrintable(unit));
        QVERIFY(cover.contains(u"代決"_s));
        QVERIFY(cover.contains(u"後閲"_s));
        // 記事: the 差戻し with its comment, kept although the step approved since.
        QVERIFY2(cover.contains(u"差戻し：別紙の数値を最新の実績に差し替えてください。"_s), qPrintable(texts.first()));
        QVERIFY(cover.contains(u"課長不在のため代決"_s));
        // Decided: no watermark anywhere.
        for (const QString &text : texts)
            QVERIFY(!squeezed(text).contains(u"未決裁"_s));
        // The PDF attachment's pages are copied, text and size intact (an A3 landscape page stays A3).
        int first = -1;
        for (int i = 0; i < texts.size(); ++i) {
            if (squeezed(texts.at(i)).contains(u"研修会場は本庁舎第三会議室"_s))
                first = i;
        }
        QVERIFY2(first > 0, "the attachment's text was not found: rasterized or lost");
        QVERIFY(squeezed(texts.at(first + 1)).contains(u"配置図"_s));
        QCOMPARE(pdf->page(first + 1)->pageSizeF().toSize(), QSize(1191, 842));
        // Footer n / N on every page.
        for (int i = 0; i < texts.size(); ++i)
            QVERIFY2(squeezed(texts.at(i)).contains(u"%1%2/%3"_s.arg(record.numberLabel).arg(i + 1).arg(texts.size())),
                     qPrintable(texts.at(i)));
        // CSV as text; the broken and the locked PDF get a page saying which file and why.
        const QString all = squeezed(texts.join(QString()));
        QVERIFY(all.contains(u"受講者数,120名"_s));
        QVERIFY(all.contains(u"壊れた資料.pdf"_s));
        QVERIFY(all.contains(u"鍵付き.pdf"_s));
        QVERIFY(all.contains(u"パスワード"_s));
        // The last page names the 決裁 event; so does the document information.
        const CoverSheet sheet = *CoverSheetReader(*m_connection).read(m_doc);
        QVERIFY(sheet.decision.eventId > 0);
        QVERIFY(squeezed(texts.last()).contains(sheet.decision.hash));
        QCOMPARE(pdf->info(u"KessaiAuditEvent"_s), QString::number(sheet.decision.eventId));
        QCOMPARE(pdf->info(u"KessaiAuditHash"_s), sheet.decision.hash);
        QCOMPARE(pdf->info(u"Title"_s), record.title);
        QCOMPARE(pdf->info(u"Subject"_s), record.numberLabel);
        QCOMPARE(pdf->info(u"Author"_s), u"伊藤 拓也"_s);
        QVERIFY(pdf->info(u"Keywords"_s).contains(record.numberLabel));
        // A bookmark per attachment, pointing at its first page.
        const QList<Poppler::OutlineItem> outline = pdf->outline();
        QCOMPARE(outline.size(), 7); // 鑑, five attachments, the record page
        QVERIFY(outline.at(1).name().contains(u"実施要領.pdf"_s));
        QCOMPARE(outline.at(1).destination()->pageNumber(), first + 1); // 1-based
        QVERIFY(outline.at(5).name().contains(u"鍵付き.pdf"_s));
        // The originals embedded byte for byte.
        const QList<Poppler::EmbeddedFile *> files = pdf->embeddedFiles();
        QCOMPARE(files.size(), 5);
        QCOMPARE(files.at(0)->name(), u"実施要領.pdf"_s);
        QCOMPARE(files.at(0)->data(), m_pdfAttachment);
        QCOMPARE(files.at(1)->data(), m_png);
        // The audit check: matches the store.
        const test::CliResult verify = cli(m_db->url(), {u"audit"_s, u"verify"_s, u"--pdf"_s, m_out.filePath(u"decided.pdf"_s)});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
        QVERIFY(verify.out.contains(sheet.decision.hash));
    }

    // PDF/A-1b (export-pdf --pdfa): the XMP metadata says part 1, conformance B and carries the
    // document information; the sRGB output intent is there; PDF 1.4; no embedded files (PDF/A-1
    // forbids them); every page passes the PDF/A page check; the audit check still matches.
    void pdfaRecord()
    {
        const QString path = m_out.filePath(u"pdfa.pdf"_s);
        const test::CliResult run = cli(m_db->url(), {u"export-pdf"_s, QString::number(m_doc), u"--pdfa"_s, u"--out"_s, path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(path);
        QVERIFY(pdf);
        const QString xmp = pdf->metadata();
        QVERIFY2(xmp.contains(u"<pdfaid:part>1</pdfaid:part>"_s), qPrintable(xmp));
        QVERIFY(xmp.contains(u"<pdfaid:conformance>B</pdfaid:conformance>"_s));
        QVERIFY(xmp.contains(u"<kessai:KessaiAuditHash>"_s + pdf->info(u"KessaiAuditHash"_s)));
        const DocumentRecord record = *DocumentStore(*m_connection).document(m_doc);
        QCOMPARE(pdf->info(u"Title"_s), record.title);
        QVERIFY(pdf->embeddedFiles().isEmpty());
        QVERIFY(squeezed(pageTexts(*pdf).last()).contains(u"SHA-256"_s));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        // The XMP stream is stored uncompressed (as PDF/A wants), in UTF-8 (Poppler's metadata()
        // hands it back as Latin-1): the document information is in it.
        QVERIFY(bytes.contains((u"<rdf:li xml:lang=\"x-default\">"_s + record.title + u"</rdf:li>"_s).toUtf8()));
        QVERIFY(bytes.contains(u"<rdf:li>伊藤 拓也</rdf:li>"_s.toUtf8()));
        QVERIFY(bytes.startsWith("%PDF-1.4"));
        QVERIFY(bytes.contains("/OutputIntents"));
        QVERIFY(bytes.contains("/GTS_PDFA1"));
        QVERIFY(bytes.contains("/DestOutputProfile"));
        QVERIFY(!bytes.contains("/ObjStm"));
        QVERIFY(!bytes.contains("/EmbeddedFiles"));
        QVERIFY(render::PdfA1b::srgbProfile().size() > 128); // an ICC profile ("acsp" at 36)
        QCOMPARE(render::PdfA1b::srgbProfile().mid(36, 4), QByteArray("acsp"));
        // Every page of the output, the copied ones and Kessai's own, passes the page check.
        render::RecordPdfAssembly reread;
        QList<QSizeF> sizes;
        QString why;
        const int source = reread.open(path, {}, &sizes, &why);
        QVERIFY2(source == 0, qPrintable(why));
        QCOMPARE(sizes.size(), pdf->numPages());
        QCOMPARE(reread.pdfAObstacle(source), QString());
        // The ordinary record does not pass: the overlay uses transparency.
        render::RecordPdfAssembly ordinary;
        QVERIFY(ordinary.open(m_out.filePath(u"decided.pdf"_s), {}, &sizes, &why) == 0);
        QVERIFY(!ordinary.pdfAObstacle(0).isEmpty());
        const test::CliResult verify = cli(m_db->url(), {u"audit"_s, u"verify"_s, u"--pdf"_s, path});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
    }

    // What PDF/A-1 does not allow is refused with the attachment named, nothing written.
    void pdfaRefusals()
    {
        const std::optional<CoverSheet> sheet = CoverSheetReader(*m_connection).read(m_doc);
        QVERIFY(sheet);
        // A PDF whose font is not embedded (Helvetica by name only), as many office printers make.
        QByteArray helvetica = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                               "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                               "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R"
                               "/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
                               "4 0 obj<</Length 38>>stream\nBT /F1 12 Tf 72 720 Td (Helvetica) Tj ET\nendstream endobj\n"
                               "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n"
                               "trailer<</Root 1 0 R>>\n%%EOF\n";
        QFile plain(m_out.filePath(u"helvetica.pdf"_s));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write(helvetica);
        plain.close();
        render::RecordPdfWriter::Attachment a;
        a.kind = render::RecordPdfWriter::Attachment::Kind::Pdf;
        a.position = 1;
        a.name = u"請求書.pdf"_s;
        a.pdfPath = a.originalPath = plain.fileName();
        render::RecordPdfWriter writer;
        writer.setPdfA(true);
        const QString path = m_out.filePath(u"refused.pdf"_s);
        QVERIFY(!writer.write(*sheet, {a}, path));
        QVERIFY2(writer.error().contains(u"請求書.pdf"_s) && writer.error().contains(u"Helvetica"_s),
                 qPrintable(writer.error()));
        QVERIFY(!QFile::exists(path));
        // The same attachment in the ordinary record: fine, its text kept.
        render::RecordPdfWriter ordinary;
        QVERIFY2(ordinary.write(*sheet, {a}, path), qPrintable(ordinary.error()));
        // Before 決裁: no PDF/A (the archived original is of a decided document).
        CoverSheet draft = *sheet;
        draft.document.status = DocumentStatus::InReview;
        draft.decision = {};
        QVERIFY(!writer.write(draft, {}, m_out.filePath(u"draft-pdfa.pdf"_s)));
        QVERIFY(writer.error().contains(u"PDF/A"_s));
        QVERIFY(!QFile::exists(m_out.filePath(u"draft-pdfa.pdf"_s)));
    }

    void unlockedPdfPrintsItsPages()
    {
        // Without the password the locked PDF is a card; with it, its own page (and text).
        const std::unique_ptr<Poppler::Document> locked = Poppler::Document::load(m_out.filePath(u"decided.pdf"_s));
        QVERIFY(locked);
        const int lockedPage = locked->outline().at(5).destination()->pageNumber() - 1;
        QVERIFY(!squeezed(locked->page(lockedPage)->text(QRectF())).contains(u"Secret"_s));
        const QString path = m_out.filePath(u"unlocked.pdf"_s);
        const test::CliResult run = cli(m_db->url(), {u"export-pdf"_s, QString::number(m_doc), u"--out"_s, path, u"--password"_s,
                                          u"kessai"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(path);
        QVERIFY(pdf);
        QVERIFY(!pdf->isEncrypted());
        const int page = pdf->outline().at(5).destination()->pageNumber() - 1;
        QVERIFY(squeezed(pdf->page(page)->text(QRectF())).contains(u"Secret"_s));
        QCOMPARE(pdf->page(page)->pageSizeF().toSize(), QSize(420, 595)); // A5, as it was
    }

    void aForgedHashDoesNotMatch()
    {
        std::optional<CoverSheet> sheet = CoverSheetReader(*m_connection).read(m_doc);
        QVERIFY(sheet);
        sheet->decision.hash = QString(64, u'0');
        render::RecordPdfWriter writer;
        const QString path = m_out.filePath(u"forged.pdf"_s);
        QVERIFY2(writer.write(*sheet, {}, path), qPrintable(writer.error()));
        const test::CliResult verify = cli(m_db->url(), {u"audit"_s, u"verify"_s, u"--pdf"_s, path});
        QCOMPARE(verify.exitCode, 2);
        QVERIFY2(verify.err.contains(sheet->decision.hash), qPrintable(verify.err));
        // Not a record at all.
        QFile plain(m_out.filePath(u"plain.pdf"_s));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write(m_pdfAttachment);
        plain.close();
        QCOMPARE(cli(m_db->url(), {u"audit"_s, u"verify"_s, u"--pdf"_s, plain.fileName()}).exitCode, 2);
    }

    // The footer is placed from shared stamps (RecordPdfAssembly): it must read n / N on every
    // page, upright at the foot of the page as shown, also over a page turned by /Rotate, and a
    // record put into another record keeps its own footer beside the new one.
    void footerStampsOnRotatedPagesAndNestedRecords()
    {
        auto writeRecord = [&](const QString &number, const QList<QString> &pdfs, const QString &name) {
            CoverSheet sheet;
            sheet.document.id = 1;
            sheet.document.title = u"入れ子の原議"_s;
            sheet.document.numberLabel = number;
            sheet.document.status = DocumentStatus::Draft; // the watermark stamps are placed too
            QList<render::RecordPdfWriter::Attachment> attachments;
            for (const QString &path : pdfs) {
                render::RecordPdfWriter::Attachment a;
                a.kind = render::RecordPdfWriter::Attachment::Kind::Pdf;
                a.position = int(attachments.size()) + 1;
                a.name = QFileInfo(path).fileName();
                a.pdfPath = path;
                attachments.append(a);
            }
            render::RecordPdfWriter writer;
            const QString out = m_out.filePath(name);
            if (!writer.write(sheet, attachments, out))
                qWarning("%s", qPrintable(writer.error()));
            return Poppler::Document::load(out);
        };
        // A portrait A4 page turned a quarter: shown landscape.
        test::RenderFixtures::PdfPage plain;
        plain.text = u"回転した頁"_s;
        const QString rotated = m_out.filePath(u"rotated.pdf"_s);
        {
            QFile file(rotated);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray bytes = test::RenderFixtures::pdf({plain});
            // Qt writes "/Type /Page" once per page; qpdf reads the turned page despite the moved offsets.
            bytes.replace("/Type /Page\n", "/Type /Page /Rotate 90\n");
            file.write(bytes);
        }
        const std::unique_ptr<Poppler::Document> inner = writeRecord(u"内側第1号"_s, {rotated}, u"inner.pdf"_s);
        QVERIFY(inner);
        const int innerPages = inner->numPages();
        QVERIFY(innerPages >= 3); // 鑑, the turned page, the record page
        const std::unique_ptr<Poppler::Document> outer =
            writeRecord(u"外側第2号"_s, {m_out.filePath(u"inner.pdf"_s), rotated}, u"outer.pdf"_s);
        QVERIFY(outer);
        const QStringList texts = pageTexts(*outer);
        for (int i = 0; i < texts.size(); ++i) {
            // Over the inner record's pages the two footers lie on the same line, and Poppler
            // extracts them interleaved: there, both numbers are looked for word by word.
            const bool overInner = i >= 1 && i <= innerPages;
            const QString footer = u"外側第2号%1/%2"_s.arg(i + 1).arg(texts.size());
            if (!overInner)
                QVERIFY2(squeezed(texts.at(i)).contains(footer), qPrintable(u"page %1: %2"_s.arg(i + 1).arg(texts.at(i))));
            // At the foot of the page as shown, left to right.
            std::unique_ptr<Poppler::Page> page = outer->page(i);
            const QSizeF size = page->pageSizeF();
            QRectF box;
            for (const std::unique_ptr<Poppler::TextBox> &word : page->textList()) {
                if (word->text().contains(u"外側第2号"_s))
                    box = word->boundingBox();
            }
            QVERIFY2(box.isValid() && box.top() > size.height() - 40 && box.width() > box.height(),
                     qPrintable(u"page %1: footer at %2,%3 %4×%5 on %6×%7"_s.arg(i + 1)
                                    .arg(box.x()).arg(box.y()).arg(box.width()).arg(box.height())
                                    .arg(size.width()).arg(size.height())));
        }
        // The inner record's pages keep their own footer under the new one (the two lie on the
        // same line; Poppler merges glyphs that coincide, so only the numbers are compared).
        for (int j = 0; j < innerPages; ++j) {
            const QString text = squeezed(texts.at(1 + j));
            QVERIFY2(text.contains(u"内側第1号"_s) && text.contains(u"外側第2号"_s), qPrintable(texts.at(1 + j)));
        }
        // The turned page is shown landscape, its own text kept.
        const int turned = 1 + innerPages;
        QString words; // Poppler's page text skips a turned page's words; its word list has them
        for (const std::unique_ptr<Poppler::TextBox> &word : outer->page(turned)->textList())
            words += word->text();
        QVERIFY2(words.contains(u"回転した頁"_s), qPrintable(words));
        QVERIFY(outer->page(turned)->pageSizeF().width() > outer->page(turned)->pageSizeF().height());
    }

    void unwritablePathLeavesNothing()
    {
        const QString missingFolder = m_out.filePath(u"no/such/folder/record.pdf"_s);
        const test::CliResult run = cli(m_db->url(), {u"export-pdf"_s, QString::number(m_doc), u"--out"_s, missingFolder});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"record.pdf"_s), qPrintable(run.err));
        QVERIFY(!QFile::exists(missingFolder));
        // A folder where the file should be: refused, the folder untouched, no temporary left.
        const QString folder = m_out.filePath(u"taken.pdf"_s);
        QVERIFY(QDir().mkpath(folder));
        QCOMPARE(cli(m_db->url(), {u"export-pdf"_s, QString::number(m_doc), u"--out"_s, folder}).exitCode, 2);
        QVERIFY(QFileInfo(folder).isDir());
        const QStringList left = QDir(m_out.path()).entryList({u"*.pdf.*"_s, u"*~"_s}, QDir::Files | QDir::Hidden);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u", "_s)));
        // A missing document.
        QCOMPARE(cli(m_db->url(), {u"export-pdf"_s, u"9999"_s, u"--out"_s, m_out.filePath(u"x.pdf"_s)}).exitCode, 2);
        QVERIFY(!QFile::exists(m_out.filePath(u"x.pdf"_s)));
    }
};

QTEST_MAIN(TestRecordPdf)
#include "tst_recordpdf.moc"
