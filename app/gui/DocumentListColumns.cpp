// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/DocumentListColumns.h"

#include "gui/DocumentTableModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>

namespace kessai::gui {

namespace {
using M = DocumentTableModel;
/// Shrunk first when room is short (the rest never shrink).
constexpr int kGiveWay[] = {M::DecidedColumn, M::UnitColumn, M::CreatedColumn, M::StatusColumn};
} // namespace

DocumentListColumns::DocumentListColumns(QTableView *view)
    : QObject(view)
    , m_view(view)
{
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(M::TitleColumn, QHeaderView::Stretch);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->viewport()->installEventFilter(this);
    QAbstractItemModel *model = view->model();
    // After the rows changed: once, when the view has them.
    auto later = [this] { QTimer::singleShot(0, this, &DocumentListColumns::apply); };
    connect(model, &QAbstractItemModel::modelReset, this, later);
    connect(model, &QAbstractItemModel::rowsInserted, this, later);
    connect(model, &QAbstractItemModel::dataChanged, this, later);
    connect(model, &QAbstractItemModel::layoutChanged, this, later);
}

bool DocumentListColumns::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        apply();
    return QObject::eventFilter(watched, event);
}

void DocumentListColumns::apply()
{
    if (m_applying)
        return;
    m_applying = true;
    QHeaderView *header = m_view->horizontalHeader();
    const int columns = m_view->model()->columnCount();
    QList<int> want(columns, 0);
    int others = 0;
    for (int column = 0; column < columns; ++column) {
        if (column == M::TitleColumn)
            continue;
        // QTableView hides it; QAbstractItemView has it public.
        const QAbstractItemView *view = m_view;
        want[column] = std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column));
        others += want[column];
    }
    const int room = m_view->viewport()->width() - int(m_view->viewport()->width() * kTitleShare);
    const int minimum = m_view->fontMetrics().horizontalAdvance(QStringLiteral("0000…")) + 12;
    for (int column : kGiveWay) { // first narrower, elided
        if (others <= room)
            break;
        const int shrunk = std::max(minimum, want[column] - (others - room));
        others -= want[column] - shrunk;
        want[column] = shrunk;
    }
    QList<bool> hidden(columns, false);
    for (int column : kGiveWay) { // then, still too narrow, out of the way (the 鑑 shows them)
        if (others <= room)
            break;
        hidden[column] = true;
        others -= want[column];
    }
    for (int column = 0; column < columns; ++column) {
        header->setSectionHidden(column, hidden[column]);
        if (column != M::TitleColumn && !hidden[column])
            header->resizeSection(column, want[column]);
    }
    m_applying = false;
}

} // namespace kessai::gui
