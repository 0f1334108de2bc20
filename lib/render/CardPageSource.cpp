// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/CardPageSource.h"

#include <QLocale>
#include <QPainter>
#include <QTextOption>

namespace kessai::render {

namespace {
QFont cardFont(qreal points, bool bold = false)
{
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans CJK JP"), QStringLiteral("IPAPGothic"),
                      QStringLiteral("DejaVu Sans"), QStringLiteral("sans-serif")});
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}
} // namespace

CardPageSource::CardPageSource(Content content)
    : m_content(std::move(content))
{}

QSizeF CardPageSource::pageSize(int page) const
{
    return page == 0 ? QSizeF(kWidth, kHeight) : QSizeF();
}

QString CardPageSource::title(Kind kind)
{
    switch (kind) {
    case Kind::Unsupported:
        return tr("This type of file cannot be shown here");
    case Kind::Broken:
        return tr("This attachment cannot be shown");
    case Kind::Locked:
        return tr("This PDF is protected by a password");
    case Kind::Converting:
        return tr("Preparing this document for viewing…");
    case Kind::Loading:
        break;
    }
    return tr("Loading…");
}

QImage CardPageSource::renderUpright(int page, qreal scale, const QRect &region,
                                     const std::atomic_bool *abort)
{
    if (page != 0 || aborted(abort))
        return {};
    QImage image(region.size(), QImage::Format_RGB32);
    image.setDotsPerMeterX(2835);
    image.setDotsPerMeterY(2835);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter.translate(-region.topLeft());
    painter.scale(scale, scale);

    QColor accent(0x9E, 0x9E, 0x9E);
    QColor background(0xF5, 0xF5, 0xF5);
    QString symbol = QStringLiteral("?");
    switch (m_content.kind) {
    case Kind::Broken:
        accent = QColor(0xC6, 0x28, 0x28);
        background = QColor(0xFD, 0xEC, 0xEA);
        symbol = QStringLiteral("!");
        break;
    case Kind::Locked:
        accent = QColor(0xEF, 0x8F, 0x00);
        background = QColor(0xFF, 0xF6, 0xE0);
        symbol = QStringLiteral("\u2731");
        break;
    case Kind::Converting:
    case Kind::Loading:
        accent = QColor(0x15, 0x65, 0xC0);
        background = QColor(0xE8, 0xF1, 0xFB);
        symbol = QStringLiteral("\u2026");
        break;
    case Kind::Unsupported:
        break;
    }
    const QRectF card(12, 12, kWidth - 24, kHeight - 24);
    painter.setPen(QPen(accent, 1.5));
    painter.setBrush(background);
    painter.drawRoundedRect(card, 8, 8);

    const QRectF badge(card.left() + 20, card.top() + 20, 44, 44);
    painter.setPen(Qt::NoPen);
    painter.setBrush(accent);
    painter.drawEllipse(badge);
    painter.setPen(Qt::white);
    painter.setFont(cardFont(22, true));
    painter.drawText(badge, Qt::AlignCenter, symbol);

    const qreal left = badge.right() + 18;
    const qreal width = card.right() - 20 - left;
    painter.setPen(QColor(0x21, 0x21, 0x21));
    painter.setFont(cardFont(13, true));
    painter.drawText(QRectF(left, card.top() + 20, width, 24), Qt::AlignLeft | Qt::AlignVCenter,
                     title(m_content.kind));

    painter.setFont(cardFont(10));
    QTextOption wrap(Qt::AlignLeft | Qt::AlignTop);
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    const QLocale locale;
    const QStringList lines{
        tr("Name: %1").arg(m_content.name),
        tr("Type: %1").arg(m_content.typeLabel),
        tr("Size: %1").arg(locale.formattedDataSize(m_content.size, 1, QLocale::DataSizeTraditionalFormat)),
    };
    qreal y = card.top() + 54;
    for (const QString &line : lines) {
        painter.drawText(QRectF(left, y, width, 18), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                         painter.fontMetrics().elidedText(line, Qt::ElideMiddle, int(width)));
        y += 18;
    }
    if (!m_content.reason.isEmpty()) {
        painter.setPen(m_content.kind == Kind::Broken ? accent.darker(120) : QColor(0x42, 0x42, 0x42));
        painter.drawText(QRectF(left, y + 8, width, card.bottom() - y - 20), m_content.reason, wrap);
    }
    painter.end();
    return image;
}

} // namespace kessai::render
