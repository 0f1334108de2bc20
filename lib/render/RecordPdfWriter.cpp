// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/RecordPdfWriter.h"

#include "locale/JapaneseDate.h"
#include "render/CoverSheetPainter.h"
#include "render/RecordOverlay.h"
#include "render/RecordPdfAssembly.h"
#include "render/RenderEngine.h"
#include "render/SourceHandle.h"
#include "render/TextDecoder.h"
#include "render/TextWrap.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QElapsedTimer>
#include <QImageReader>
#include <QLoggingCategory>
#include <QLocale>
#include <QMap>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

#include <tuple>
#include <utility>

namespace kessai::render {

namespace {
Q_LOGGING_CATEGORY(lcRecord, "kessai.render.record", QtWarningMsg)

constexpr qreal kA4Width = CoverSheetPainter::kPageWidth;
constexpr qreal kA4Height = CoverSheetPainter::kPageHeight;
constexpr qreal kMargin = CoverSheetPainter::kMargin;
constexpr qreal kTextLine = 13;
constexpr qreal kMaxImageSide = 1190.55; // A3's long side: larger images are scaled to it
constexpr qint64 kMaxTextBytes = 64LL * 1024 * 1024;

using Kind = RecordPdfWriter::Attachment::Kind;

/// Where an attachment's pages come from once it has been looked at.
struct ItemPlan
{
    RecordPdfWriter::Attachment attachment;
    QList<QSizeF> sizes;  ///< output pages, points, as displayed
    QStringList lines;    ///< Text: the laid-out lines
    int linesPerPage = 0; ///< Text
    int firstGenerated = -1; ///< index of its first page in the generated PDF (not Pdf)
    int source = -1;         ///< Pdf: the PDF as the assembly opened it
    QSizeF imageSize;        ///< Image: drawn at this size, centred on its page
};

void makeCard(ItemPlan &plan, CardPageSource::Kind kind, const QString &reason)
{
    RecordPdfWriter::Attachment &a = plan.attachment;
    a.kind = Kind::Card;
    a.card.kind = kind;
    if (a.card.name.isEmpty())
        a.card.name = a.name;
    if (!reason.isEmpty())
        a.card.reason = reason;
    plan.sizes = {QSizeF(kA4Width, kA4Height)};
}

/// The lines of a text attachment, or an empty optional with why not.
std::optional<QStringList> textLines(const QString &path, QString *why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = file.errorString();
        return std::nullopt;
    }
    if (file.size() > kMaxTextBytes) {
        *why = RecordPdfWriter::tr("The text file is larger than %1 MiB.").arg(kMaxTextBytes >> 20);
        return std::nullopt;
    }
    const TextDecoder::Result decoded = TextDecoder::decode(file.readAll());
    if (decoded.encoding.isEmpty()) {
        *why = RecordPdfWriter::tr("The file is not text in an encoding Kessai knows.");
        return std::nullopt;
    }
    return TextWrap::lines(decoded.text, TextWrap::font(9), kA4Width - 2 * kMargin);
}

void plan(ItemPlan &plan, RecordPdfAssembly &assembly)
{
    RecordPdfWriter::Attachment &a = plan.attachment;
    switch (a.kind) {
    case Kind::Pdf: {
        QString why;
        plan.source = assembly.open(a.pdfPath, a.password, &plan.sizes, &why);
        if (plan.source < 0)
            makeCard(plan, why == RecordPdfAssembly::passwordProblem() ? CardPageSource::Kind::Locked
                                                                       : CardPageSource::Kind::Broken,
                     why);
        return;
    }
    case Kind::Image: {
        QImageReader reader(a.originalPath);
        reader.setAutoTransform(true);
        QSize size = reader.size();
        if (size.isValid() && reader.transformation().testFlag(QImageIOHandler::TransformationRotate90))
            size.transpose();
        if (!size.isValid() || size.isEmpty()) {
            makeCard(plan, CardPageSource::Kind::Broken, reader.errorString());
            return;
        }
        QSizeF points = QSizeF(size) * 0.75; // 96 dpi, as the single view shows images
        const qreal longest = std::max(points.width(), points.height());
        if (longest > kMaxImageSide)
            points *= kMaxImageSide / longest;
        plan.imageSize = points;
        // A small image goes on an A4 sheet (turned as the image is), at its size: on a page of
        // its own size the footer, and the print fitted to the paper, would be blown up with it.
        const QSizeF a4 = points.width() > points.height() ? QSizeF(kA4Height, kA4Width) : QSizeF(kA4Width, kA4Height);
        const bool small = points.width() <= a4.width() && points.height() <= a4.height() - CoverSheetPainter::kFooterSpace;
        plan.sizes = {small ? a4 : points};
        return;
    }
    case Kind::Text: {
        QString why;
        const std::optional<QStringList> lines = textLines(a.originalPath, &why);
        if (!lines) {
            makeCard(plan, CardPageSource::Kind::Broken, why);
            return;
        }
        plan.lines = *lines;
        plan.linesPerPage = int((kA4Height - 2 * kMargin - CoverSheetPainter::kFooterSpace - 18) / kTextLine);
        const int pages = std::max<int>(1, int((plan.lines.size() + plan.linesPerPage - 1) / plan.linesPerPage));
        for (int i = 0; i < pages; ++i)
            plan.sizes.append(QSizeF(kA4Width, kA4Height));
        return;
    }
    case Kind::Card:
        makeCard(plan, a.card.kind, a.card.reason);
        return;
    }
}

/// Paints onto a QPdfWriter whose unit is the point, one page after the other.
class PageSink
{
public:
    PageSink(const QString &path, bool pdfA)
        : m_writer(path)
    {
        if (pdfA) // Qt then leaves out transparency; its fonts are embedded either way
            m_writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        m_writer.setResolution(72);
        m_writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        m_writer.setCreator(QStringLiteral("Kessai"));
    }
    QPainter &page(const QSizeF &size)
    {
        if (size != m_size) { // most pages are the size of the one before
            m_writer.setPageSize(QPageSize(size, QPageSize::Point, QString(), QPageSize::ExactMatch));
            m_size = size;
        }
        if (!m_painter.isActive())
            m_painter.begin(&m_writer);
        else
            m_writer.newPage();
        return m_painter;
    }
    bool finish()
    {
        if (!m_painter.isActive())
            page(QSizeF(kA4Width, kA4Height)); // never an empty file
        return m_painter.end();
    }
    int count = 0;

private:
    QPdfWriter m_writer;
    QPainter m_painter;
    QSizeF m_size;
};

void paintCard(QPainter &p, const CardPageSource::Content &card)
{
    const QRectF box(kMargin, kMargin + 40, kA4Width - 2 * kMargin, 170);
    p.setPen(QPen(QColor(0xC6, 0x28, 0x28), 1.5));
    p.setBrush(QColor(0xFD, 0xEC, 0xEA));
    p.drawRoundedRect(box, 8, 8);
    p.setPen(QColor(0x21, 0x21, 0x21));
    qreal y = box.top() + 28;
    p.setFont(TextWrap::font(14, true));
    p.drawText(QPointF(box.left() + 20, y), CardPageSource::title(card.kind));
    y += 26;
    const QLocale locale;
    QStringList lines{CardPageSource::tr("Name: %1").arg(card.name), CardPageSource::tr("Type: %1").arg(card.typeLabel),
                      CardPageSource::tr("Size: %1")
                          .arg(locale.formattedDataSize(card.size, 1, QLocale::DataSizeTraditionalFormat))};
    const QFont font = TextWrap::font(10);
    lines += TextWrap::lines(card.reason, font, box.width() - 40);
    p.setFont(font);
    for (const QString &line : lines) {
        p.drawText(QPointF(box.left() + 20, y), line);
        y += 15;
    }
}

void paintText(QPainter &p, const ItemPlan &plan, int page)
{
    p.setPen(QColor(0x70, 0x70, 0x70));
    p.setFont(TextWrap::font(8));
    p.drawText(QPointF(kMargin, kMargin),
               RecordPdfWriter::tr("Attachment %1: %2").arg(plan.attachment.position).arg(plan.attachment.name));
    p.setPen(QColor(0x21, 0x21, 0x21));
    const QFont font = TextWrap::font(9);
    p.setFont(font);
    qreal y = kMargin + 18 + QFontMetricsF(font).ascent();
    const int first = page * plan.linesPerPage;
    for (int i = first; i < std::min<int>(int(plan.lines.size()), first + plan.linesPerPage); ++i) {
        p.drawText(QPointF(kMargin, y), plan.lines.at(i));
        y += kTextLine;
    }
}

/// The last page: what ties this file to the store's audit log.
void paintRecordPage(QPainter &p, const CoverSheet &sheet, const QList<ItemPlan> &items, bool embedded)
{
    const DocumentRecord &d = sheet.document;
    QStringList lines;
    lines << RecordPdfWriter::tr("Document No.: %1").arg(d.numberLabel.isEmpty() ? QStringLiteral("—") : d.numberLabel)
          << RecordPdfWriter::tr("Subject: %1").arg(d.title)
          << RecordPdfWriter::tr("Kessai document id: %1").arg(d.id) << QString();
    if (sheet.decision.eventId) {
        lines << RecordPdfWriter::tr("Decision recorded in the audit log as event %1 (%2), %3.")
                     .arg(sheet.decision.eventId)
                     .arg(sheet.decision.action, JapaneseDate::dateTime(sheet.decision.at))
              << RecordPdfWriter::tr("Chain hash of that event (SHA-256):") << sheet.decision.hash;
    } else {
        lines << RecordPdfWriter::tr("Not decided: the audit log holds no decision for this document yet.");
    }
    lines << RecordPdfWriter::tr("Check this file against the store with: kessai-cli audit verify --pdf FILE") << QString()
          << (embedded ? RecordPdfWriter::tr("Attachments (SHA-256 of the original files, embedded in this PDF):")
                       : RecordPdfWriter::tr("Attachments (SHA-256 of the original files, kept in the store):"));
    for (const ItemPlan &item : items)
        lines << QStringLiteral("%1. %2").arg(item.attachment.position).arg(item.attachment.name)
              << QStringLiteral("    %1").arg(item.attachment.sha256);
    const QFont font = TextWrap::font(9);
    QStringList wrapped;
    for (const QString &line : lines)
        wrapped += line.isEmpty() ? QStringList{QString()} : TextWrap::lines(line, font, kA4Width - 2 * kMargin);
    p.setPen(QColor(0x21, 0x21, 0x21));
    p.setFont(TextWrap::font(14, true));
    p.drawText(QPointF(kMargin, kMargin + 14), RecordPdfWriter::tr("Record of this original"));
    p.setFont(font);
    qreal y = kMargin + 40;
    for (const QString &line : wrapped) {
        if (y > kA4Height - kMargin - CoverSheetPainter::kFooterSpace)
            break; // the list of attachments is also in the bookmarks and the embedded files
        p.drawText(QPointF(kMargin, y), line);
        y += kTextLine;
    }
}
} // namespace

bool RecordPdfWriter::undecided(const CoverSheet &sheet)
{
    const DocumentStatus s = sheet.document.status;
    return s != DocumentStatus::Decided && s != DocumentStatus::Enforced && s != DocumentStatus::Closed;
}

QList<RecordPdfWriter::Attachment> RecordPdfWriter::fromEngine(const RenderEngine &engine,
                                                               const QHash<int, QString> &passwords)
{
    QList<Attachment> list;
    for (int i = 0; i < engine.itemCount(); ++i) {
        const DossierItem &item = engine.item(i);
        Attachment a;
        a.position = item.position > 0 ? item.position : i + 1;
        a.name = item.name;
        a.originalPath = engine.contentPath(i);
        a.mimeType = item.type.mimeType.isEmpty() ? item.declaredMime : item.type.mimeType;
        a.sha256 = item.sha256;
        a.card = {CardPageSource::Kind::Broken, item.name, item.type.label(), item.size, item.message};
        const std::shared_ptr<SourceHandle> handle = engine.sourceHandle(i);
        const bool unlocked = item.state == DossierItem::State::Ready && passwords.contains(i);
        if (item.state == DossierItem::State::Ready && handle) {
            // A handle made from a source opened already (an unlocked PDF) has no input: the
            // PDF is then the item's own content.
            if (item.converted) {
                a.kind = Kind::Pdf;
                a.pdfPath = handle->input().renditionPath;
                if (a.pdfPath.isEmpty()) {
                    a.kind = Kind::Card;
                    a.card.reason = tr("The attachment was not ready (still being read or converted).");
                }
            } else if (item.type.kind == ContentType::Kind::Pdf) {
                a.kind = Kind::Pdf;
                a.pdfPath = handle->input().path.isEmpty() ? a.originalPath : handle->input().path;
                a.password = unlocked ? passwords.value(i) : QString();
            } else if (item.type.kind == ContentType::Kind::Image) {
                a.kind = Kind::Image;
            } else if (item.type.isText()) {
                a.kind = Kind::Text;
            }
        } else {
            switch (item.state) {
            case DossierItem::State::NeedsPassword:
                a.card.kind = CardPageSource::Kind::Locked;
                a.card.reason = tr("The PDF is protected by a password and was not unlocked.");
                break;
            case DossierItem::State::Unsupported:
                a.card.kind = CardPageSource::Kind::Unsupported;
                break;
            case DossierItem::State::Converting:
            case DossierItem::State::Loading:
                a.card.reason = tr("The attachment was not ready (still being read or converted).");
                break;
            default:
                break;
            }
        }
        list.append(a);
    }
    return list;
}

bool RecordPdfWriter::settle(RenderEngine &engine, int timeoutMs, const QString &password,
                             QHash<int, QString> *unlocked, QString *why)
{
    const QDeadlineTimer deadline(timeoutMs);
    bool opened = engine.itemCount() > 0;
    bool failed = false;
    int unlocking = 0;
    QEventLoop loop;
    QTimer poll;
    const auto c1 = QObject::connect(&engine, &RenderEngine::opened, &loop, [&] { opened = true; });
    const auto c2 = QObject::connect(&engine, &RenderEngine::openFailed, &loop, [&](const QString &message) {
        failed = true;
        *why = message;
    });
    const auto c3 = QObject::connect(&engine, &RenderEngine::unlockFinished, &loop, [&](int item, bool ok) {
        --unlocking;
        if (ok && unlocked)
            unlocked->insert(item, password);
    });
    QSet<int> tried;
    auto done = [&] {
        if (failed || deadline.hasExpired())
            return true;
        if (!opened || !engine.isSettled() || unlocking > 0)
            return false;
        for (int i = 0; i < engine.itemCount(); ++i) {
            if (!password.isEmpty() && engine.item(i).state == DossierItem::State::NeedsPassword &&
                !tried.contains(i)) {
                tried.insert(i);
                ++unlocking;
                engine.unlock(i, password);
            }
        }
        return unlocking == 0;
    };
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(20);
    if (!done())
        loop.exec();
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    QObject::disconnect(c3);
    if (failed)
        return false;
    if (!opened || !engine.isSettled() || unlocking > 0) {
        *why = tr("The dossier could not be read in time.");
        return false;
    }
    return true;
}

bool RecordPdfWriter::write(const CoverSheet &sheet, const QList<Attachment> &attachments, const QString &path,
                            const Progress &progress)
{
    m_error.clear();
    m_pageCount = 0;
    QElapsedTimer clock; // where the time goes: QT_LOGGING_RULES=kessai.render.record.debug=true
    clock.start();
    if (m_pdfA && undecided(sheet)) {
        m_error = tr("A PDF/A file is the archived original of a decided document; before the decision save "
                     "the ordinary record PDF (marked 「未決裁」).");
        return false;
    }
    const CoverSheetPainter cover(sheet);
    // Each PDF is opened once, here, and stays open until the record is written.
    RecordPdfAssembly assembly;
    assembly.setPdfA(m_pdfA);
    QList<ItemPlan> items;
    for (const Attachment &a : attachments) {
        ItemPlan item{a, {}, {}, 0, -1, -1, {}};
        plan(item, assembly);
        if (m_pdfA && item.source >= 0) {
            const QString obstacle = assembly.pdfAObstacle(item.source);
            if (!obstacle.isEmpty()) {
                m_error = tr("Attachment %1 (%2) cannot go into a PDF/A file: %3. Save the ordinary record PDF "
                             "instead; it keeps the attachment as it is.")
                              .arg(a.position)
                              .arg(a.name, obstacle);
                return false;
            }
        }
        items.append(item);
    }
    qCDebug(lcRecord) << "planned" << items.size() << "attachments in" << clock.restart() << "ms";
    int total = cover.pageCount() + 1;
    for (const ItemPlan &item : items)
        total += int(item.sizes.size());
    m_pageCount = total;
    auto cancelled = [&](int done) {
        if (progress && !progress(done, total)) {
            m_error = tr("Cancelled.");
            return true;
        }
        return false;
    };

    QTemporaryDir work;
    if (!work.isValid()) {
        m_error = tr("No temporary folder could be made: %1").arg(work.errorString());
        return false;
    }
    // 1. What lies over every page: the footer and, before 決裁, the watermark. Drawn as stamps
    // (the ten digits, and a frame per page size and count of digits) that qpdf places on every
    // page: a drawn overlay page per output page cost the record a third of its time. (Drawn on a
    // second thread beside qpdf's copying it made the record slower: docs/performance.md.)
    QList<QSizeF> outputSizes;
    for (int i = 0; i < cover.pageCount(); ++i)
        outputSizes.append(CoverSheetPainter::pageSize());
    for (const ItemPlan &item : items)
        outputSizes += item.sizes;
    outputSizes.append(QSizeF(kA4Width, kA4Height));
    const QString stampsPath = work.filePath(QStringLiteral("stamps.pdf"));
    QList<RecordPdfAssembly::Overlay> overlays;
    {
        PageSink sink(stampsPath, m_pdfA);
        const RecordOverlay overlay{sheet.document.numberLabel, undecided(sheet)};
        const int count = int(outputSizes.size());
        for (int digit = 0; digit <= 9; ++digit) // stamps 0–9
            overlay.paintDigit(sink.page(overlay.digitSlot()), QPointF(0, 0), digit);
        int stamps = 10;
        QMap<std::tuple<qreal, qreal, int>, std::pair<int, RecordOverlay::FooterLayout>> frames;
        for (int i = 0; i < count; ++i) {
            const QSizeF size = outputSizes.at(i);
            const QString digits = QString::number(i + 1);
            const auto key = std::make_tuple(size.width(), size.height(), int(digits.size()));
            auto frame = frames.find(key);
            if (frame == frames.end()) {
                overlay.paintFrame(sink.page(size), size, int(digits.size()), count);
                frame = frames.insert(key, {stamps++, overlay.footerLayout(size, int(digits.size()), count)});
            }
            const RecordOverlay::FooterLayout &layout = frame->second;
            RecordPdfAssembly::Overlay placed{frame->first, {}};
            // Stamps are placed in PDF coordinates (y up): a digit's slot by its lower left corner.
            for (qsizetype d = 0; d < digits.size(); ++d)
                placed.marks.append({digits.at(d).digitValue(),
                                     QPointF(layout.numberX + qreal(d) * layout.slot, size.height() - layout.band.bottom())});
            overlays.append(placed);
        }
        if (!sink.finish()) {
            m_error = tr("The pages could not be drawn to %1.").arg(stampsPath);
            return false;
        }
    }
    qCDebug(lcRecord) << "drew the stamps in" << clock.restart() << "ms";
    // 2. The pages Kessai draws: the 鑑, images, text, cards, and the record page.
    const QString generatedPath = work.filePath(QStringLiteral("generated.pdf"));
    QList<RecordPdfAssembly::OutputPage> pages;
    {
        PageSink sink(generatedPath, m_pdfA);
        int generated = 0;
        for (int i = 0; i < cover.pageCount(); ++i) {
            cover.paintPage(sink.page(CoverSheetPainter::pageSize()), i);
            pages.append({-1, generated++, CoverSheetPainter::pageSize()});
        }
        for (int index = 0; index < items.size(); ++index) {
            ItemPlan &item = items[index];
            if (cancelled(int(pages.size())))
                return false;
            for (int page = 0; page < item.sizes.size(); ++page) {
                const QSizeF size = item.sizes.at(page);
                if (item.attachment.kind == Kind::Pdf) {
                    pages.append({item.source, page, size});
                    continue;
                }
                QPainter &p = sink.page(size);
                if (item.attachment.kind == Kind::Image) {
                    QImageReader reader(item.attachment.originalPath);
                    reader.setAutoTransform(true);
                    const QSizeF drawn = item.imageSize.isValid() ? item.imageSize : size;
                    p.drawImage(QRectF(QPointF((size.width() - drawn.width()) / 2, (size.height() - drawn.height()) / 2),
                                       drawn),
                                reader.read());
                } else if (item.attachment.kind == Kind::Text) {
                    paintText(p, item, page);
                } else {
                    paintCard(p, item.attachment.card);
                }
                pages.append({-1, generated++, size});
            }
        }
        paintRecordPage(sink.page(QSizeF(kA4Width, kA4Height)), sheet, items, !m_pdfA);
        pages.append({-1, generated++, QSizeF(kA4Width, kA4Height)});
        if (!sink.finish()) {
            m_error = tr("The pages could not be drawn to %1.").arg(generatedPath);
            return false;
        }
    }
    qCDebug(lcRecord) << "drew" << pages.size() << "pages in" << clock.restart() << "ms";
    // 3. qpdf puts it together: copied pages, overlay, bookmarks, embedded files, information.
    assembly.setGenerated(generatedPath, stampsPath, overlays);
    QList<RecordPdfAssembly::Bookmark> bookmarks{{tr("Cover sheet"), 0}};
    int first = cover.pageCount();
    for (const ItemPlan &item : items) {
        bookmarks.append({tr("Attachment %1: %2").arg(item.attachment.position).arg(item.attachment.name), first});
        first += int(item.sizes.size());
    }
    bookmarks.append({tr("Record of this original"), first});
    QList<RecordPdfAssembly::EmbeddedFile> files;
    for (const ItemPlan &item : items) {
        if (m_pdfA)
            break; // PDF/A-1 allows no embedded files: the record page lists each original's SHA-256
        if (!item.attachment.originalPath.isEmpty() && QFileInfo::exists(item.attachment.originalPath))
            files.append({item.attachment.originalPath, item.attachment.name, item.attachment.mimeType,
                          tr("Attachment %1, SHA-256 %2").arg(item.attachment.position).arg(item.attachment.sha256)});
    }
    const DocumentRecord &d = sheet.document;
    QList<std::pair<QString, QString>> info{
        {QStringLiteral("Title"), d.title},
        {QStringLiteral("Subject"), d.numberLabel},
        {QStringLiteral("Author"), d.drafterName},
        {QStringLiteral("Keywords"),
         QStringList{tr("record"), d.numberLabel, d.unitName, d.fileName}.filter(QRegularExpression(QStringLiteral("."))).join(
             QStringLiteral("; "))},
        {QStringLiteral("Creator"), QStringLiteral("Kessai")},
        {QString::fromLatin1(kDocumentKey), QString::number(d.id)},
        {QString::fromLatin1(kEventKey), sheet.decision.eventId ? QString::number(sheet.decision.eventId) : QString()},
        {QString::fromLatin1(kHashKey), sheet.decision.hash}};
    const bool ok = assembly.write(pages, bookmarks, files, info, path,
                                   [&](int done) { return !cancelled(done); });
    if (!ok && m_error.isEmpty())
        m_error = assembly.error();
    qCDebug(lcRecord) << "assembled and wrote in" << clock.elapsed() << "ms";
    return ok;
}

} // namespace kessai::render
