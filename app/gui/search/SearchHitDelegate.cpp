// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/search/SearchHitDelegate.h"

#include "gui/search/SearchResultModel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace kessai::gui {

namespace {
constexpr int kPadding = 6;

void prepare(QTextDocument &document, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    document.setDefaultFont(option.font);
    document.setDocumentMargin(0);
    document.setHtml(index.data(SearchResultModel::HtmlRole).toString());
    document.setTextWidth(qMax(100, option.rect.width() - 2 * kPadding));
}
} // namespace

void SearchHitDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    QTextDocument document;
    prepare(document, option, index);
    painter->save();
    painter->translate(option.rect.topLeft() + QPoint(kPadding, kPadding));
    QAbstractTextDocumentLayout::PaintContext context;
    if (option.state & QStyle::State_Selected)
        context.palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchHitDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QTextDocument document;
    prepare(document, option, index);
    return QSize(int(document.idealWidth()) + 2 * kPadding, int(document.size().height()) + 2 * kPadding);
}

} // namespace kessai::gui
