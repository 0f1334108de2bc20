// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/ContentTextExtractor.h"

#include "core/search/SearchAnalyzer.h"
#include "render/OcrEngine.h"
#include "render/PdfPageSource.h"
#include "render/TextDecoder.h"
#include "render/TypeDetector.h"

#include <QFile>
#include <QImageReader>

namespace kessai::render {

namespace {
constexpr qreal kOcrDpi = 300.0;
constexpr qint64 kMaxTextBytes = 64LL * 1024 * 1024;

QList<ExtractedPage> textPages(const QString &text, const QString &method)
{
    QList<ExtractedPage> pages;
    qsizetype from = 0;
    while (from < text.size()) {
        qsizetype end = qMin(text.size(), from + ContentTextExtractor::kTextPageLength);
        // end the page at a line break when one is near, never inside a surrogate pair; looked for
        // in this page's second half only (from the text's end, a file without line breaks made
        // this quadratic: minutes for a 96 MiB file)
        const qsizetype half = from + ContentTextExtractor::kTextPageLength / 2;
        if (end < text.size() && end > half + 1) {
            const qsizetype lineBreak = QStringView(text).mid(half + 1, end - half - 1).lastIndexOf(u'\n');
            if (lineBreak >= 0)
                end = half + 1 + lineBreak + 1;
        }
        if (end < text.size() && text.at(end).isLowSurrogate())
            ++end;
        pages.append({int(pages.size()) + 1, method, text.mid(from, end - from), {}, {}});
        from = end;
    }
    return pages;
}

void extractPdf(const QString &path, const QString &method, ContentTextExtractor::Result &result)
{
    PdfPageSource pdf(path);
    if (pdf.state() != PageSource::State::Ready) {
        result.state.status = ContentExtraction::Status::Failed;
        result.state.error = pdf.errorString();
        return;
    }
    result.state.pageCount = pdf.pageCount();
    for (int i = 0; i < pdf.pageCount(); ++i) {
        const QString text = pdf.text(i).text;
        if (ContentTextExtractor::isUsableText(text))
            result.pages.append({i + 1, method, text, {}, {}});
        else if (method == QLatin1String("pdf"))
            result.state.ocrPages.append(i + 1); // a scanned page (or a broken text layer)
    }
}
} // namespace

QString ContentTextExtractor::extractorName()
{
    return QStringLiteral("Kessai text 1");
}

bool ContentTextExtractor::isUsableText(const QString &text)
{
    int letters = 0;
    int broken = 0;
    for (const QChar c : text) {
        if (c == QChar::ReplacementCharacter || c.category() == QChar::Other_PrivateUse)
            ++broken;
        else if (c.isLetterOrNumber())
            ++letters;
    }
    return letters >= 4 && broken * 4 < letters + broken;
}

ContentTextExtractor::Result ContentTextExtractor::extract(const Input &input)
{
    Result result;
    result.state.extractor = extractorName();
    const ContentType type = TypeDetector::detectFile(input.path, input.name, input.mimeType);
    switch (type.kind) {
    case ContentType::Kind::Pdf:
        extractPdf(input.path, QStringLiteral("pdf"), result);
        break;
    case ContentType::Kind::Office:
        if (input.renditionPath.isEmpty()) {
            result.waitForRendition = true;
            return result;
        }
        extractPdf(input.renditionPath, QStringLiteral("office"), result);
        break;
    case ContentType::Kind::Text:
    case ContentType::Kind::Csv:
    case ContentType::Kind::Markdown: {
        QFile file(input.path);
        if (!file.open(QIODevice::ReadOnly)) {
            result.state.status = ContentExtraction::Status::Failed;
            result.state.error = tr("%1 could not be read: %2").arg(input.name, file.errorString());
            return result;
        }
        const QString text = TextDecoder::decode(file.read(kMaxTextBytes)).text;
        result.pages = textPages(text, QStringLiteral("text"));
        result.state.pageCount = int(result.pages.size());
        break;
    }
    case ContentType::Kind::Image: {
        QImageReader reader(input.path);
        const int frames = qMax(1, reader.imageCount());
        result.state.pageCount = frames;
        for (int page = 1; page <= frames; ++page)
            result.state.ocrPages.append(page);
        break;
    }
    case ContentType::Kind::Empty:
    case ContentType::Kind::Other:
        break;
    }
    if (result.state.status != ContentExtraction::Status::Failed)
        result.state.status = result.state.ocrPages.isEmpty() ? ContentExtraction::Status::Done
                                                              : ContentExtraction::Status::WaitingForOcr;
    return result;
}

QImage ContentTextExtractor::pageImage(const QString &path, int page, QString *error)
{
    const ContentType type = TypeDetector::detectFile(path);
    if (type.kind == ContentType::Kind::Pdf) {
        PdfPageSource pdf(path);
        if (pdf.state() != PageSource::State::Ready || page < 1 || page > pdf.pageCount()) {
            *error =
                pdf.errorString().isEmpty() ? tr("page %1 is not in the PDF").arg(page) : pdf.errorString();
            return {};
        }
        const QSizeF points = pdf.pageSize(page - 1);
        const qreal longest = qMax(points.width(), points.height());
        qreal scale = kOcrDpi / 72.0;
        if (longest * scale > OcrEngine::kMaxSide)
            scale = OcrEngine::kMaxSide / qMax<qreal>(1.0, longest);
        const QImage image = pdf.render({page - 1, scale, 0, {}});
        if (image.isNull())
            *error = tr("page %1 could not be rendered").arg(page);
        return image;
    }
    QImageReader reader(path);
    reader.setAutoTransform(true);
    if (page > 1 && !reader.jumpToImage(page - 1)) {
        *error = tr("the image has no frame %1").arg(page);
        return {};
    }
    const QSize size = reader.size();
    if (size.isValid() && qMax(size.width(), size.height()) > OcrEngine::kMaxSide)
        reader.setScaledSize(size.scaled(OcrEngine::kMaxSide, OcrEngine::kMaxSide, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull())
        *error = tr("the image could not be read (%1 × %2 pixels): %3")
                     .arg(size.width())
                     .arg(size.height())
                     .arg(reader.errorString());
    return image;
}

} // namespace kessai::render
