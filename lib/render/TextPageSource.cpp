// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/TextPageSource.h"

#include "render/TextDecoder.h"
#include "render/TextLayoutThread.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>

namespace kessai::render {

namespace {
constexpr int kDotsPerMeter72 = 2835; // 72 dpi: one layout unit is one point

QImage layoutDevice()
{
    QImage device(1, 1, QImage::Format_RGB32);
    device.setDotsPerMeterX(kDotsPerMeter72);
    device.setDotsPerMeterY(kDotsPerMeter72);
    return device;
}
} // namespace

TextPageSource::TextPageSource(const QString &path, const ContentType &type)
    : m_layoutDevice(layoutDevice())
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("The file cannot be read: %1").arg(file.errorString());
        return;
    }
    QByteArray bytes = file.read(kMaxFileBytes);
    const bool cut = !file.atEnd();
    TextDecoder::Result decoded = TextDecoder::decode(bytes);
    bytes.clear();
    m_encoding = decoded.encoding;
    if (cut)
        decoded.text += QLatin1Char('\n') +
                        tr("[Only the first %1 MiB of this file are shown; open the file to read the rest.]")
                            .arg(kMaxFileBytes / (1024 * 1024));
    layOut(decoded.text, type.kind == ContentType::Kind::Other ? ContentType::Kind::Text : type.kind,
           type.format);
}

TextPageSource::TextPageSource(const QString &text, ContentType::Kind kind, const QString &format)
    : m_layoutDevice(layoutDevice())
{
    m_encoding = QStringLiteral("UTF-16");
    layOut(text, kind, format);
}

TextPageSource::~TextPageSource()
{
    // The documents hold the text thread's font engines: they go where they were made.
    TextLayoutThread::run([this] { m_sections.clear(); });
}

void TextPageSource::layOut(const QString &text, ContentType::Kind kind, const QString &format)
{
    TextLayoutThread::run([this, &text, kind, &format] {
        m_sections = TextDocumentBuilder::build(text, kind, format, &m_layoutDevice);
    });
    m_pageCount = 0;
    for (const auto &section : m_sections) {
        m_firstPage.append(m_pageCount);
        m_pageCount += section.pages;
    }
    m_state = m_pageCount > 0 ? State::Ready : State::Failed;
    if (m_pageCount == 0)
        m_error = tr("The text could not be laid out.");
}

std::pair<int, int> TextPageSource::locate(int page) const
{
    const auto it = std::upper_bound(m_firstPage.cbegin(), m_firstPage.cend(), page);
    const int section = int(it - m_firstPage.cbegin()) - 1;
    return {section, page - m_firstPage.value(section)};
}

QSizeF TextPageSource::pageSize(int page) const
{
    if (m_state != State::Ready || page < 0 || page >= m_pageCount)
        return {};
    return m_sections.at(std::size_t(locate(page).first)).pageSize;
}

QImage TextPageSource::renderUpright(int page, qreal scale, const QRect &region,
                                     const std::atomic_bool *abort)
{
    if (m_state != State::Ready || page < 0 || page >= m_pageCount || aborted(abort))
        return {};
    const auto [sectionIndex, pageInSection] = locate(page);
    const TextDocumentBuilder::Section &section = m_sections.at(std::size_t(sectionIndex));
    QImage image;
    const bool ran =
        TextLayoutThread::run([&] { image = paint(section, pageInSection, scale, region); }, abort);
    return ran && !aborted(abort) ? image : QImage();
}

QImage TextPageSource::paint(const TextDocumentBuilder::Section &section, int pageInSection, qreal scale,
                             const QRect &region) const
{
    const QSizeF size = section.pageSize;
    QImage image(region.size(), QImage::Format_RGB32);
    image.setDotsPerMeterX(kDotsPerMeter72);
    image.setDotsPerMeterY(kDotsPerMeter72);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter.translate(-region.topLeft());
    painter.scale(scale, scale);
    const qreal top = pageInSection * size.height();
    painter.translate(0, -top);
    const QRectF visible(region.x() / scale, top + region.y() / scale, region.width() / scale,
                         region.height() / scale);
    const QRectF clip = visible.intersected(QRectF(0, top, size.width(), size.height()));
    painter.setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip;
    context.palette.setColor(QPalette::Text, Qt::black);
    section.document->documentLayout()->draw(&painter, context);
    painter.end();
    return image;
}

PageText TextPageSource::text(int page)
{
    PageText result;
    if (m_state != State::Ready || page < 0 || page >= m_pageCount)
        return result;
    TextLayoutThread::run([&] { result = extractText(page); });
    return result;
}

PageText TextPageSource::extractText(int page) const
{
    PageText result;
    const auto [sectionIndex, pageInSection] = locate(page);
    const TextDocumentBuilder::Section &section = m_sections.at(std::size_t(sectionIndex));
    const qreal top = pageInSection * section.pageSize.height();
    const qreal bottom = top + section.pageSize.height();
    QTextDocument &document = *section.document;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QRectF blockRect = document.documentLayout()->blockBoundingRect(block);
        if (blockRect.bottom() < top || blockRect.top() >= bottom)
            continue;
        const QTextLayout *layout = block.layout();
        const QPointF origin = blockRect.topLeft() - layout->boundingRect().topLeft();
        const QString blockText = block.text();
        bool wroteLine = false;
        for (int l = 0; l < layout->lineCount(); ++l) {
            const QTextLine line = layout->lineAt(l);
            const qreal y = origin.y() + line.y();
            if (y + line.height() / 2 < top || y + line.height() / 2 >= bottom)
                continue;
            if (wroteLine || !result.text.isEmpty())
                result.append(QStringLiteral("\n"));
            wroteLine = true;
            const int end = line.textStart() + line.textLength();
            for (int pos = line.textStart(); pos < end && pos < blockText.size(); ++pos) {
                const qreal x1 = line.cursorToX(pos);
                const qreal x2 = line.cursorToX(pos + 1);
                result.append(blockText.mid(pos, 1),
                              QRectF(origin.x() + qMin(x1, x2), y - top, qAbs(x2 - x1), line.height()));
            }
        }
    }
    return result;
}

} // namespace kessai::render
