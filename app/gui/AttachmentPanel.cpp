// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/AttachmentPanel.h"

#include "core/documents/AttachmentRecord.h"
#include "gui/AttachmentListModel.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace kessai::gui {

namespace {
/// Draws a progress bar in the status cell of files still being stored.
class ProgressDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int percent = index.data(AttachmentListModel::ProgressRole).toInt();
        if (percent < 0) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 3, -2, -3);
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = percent;
        bar.text = QStringLiteral("%1%").arg(percent);
        bar.textVisible = true;
        bar.state = option.state | QStyle::State_Horizontal;
        QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter);
    }
};
} // namespace

AttachmentPanel::AttachmentPanel(AttachmentListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("attachmentView"));
    m_view->setModel(model);
    m_view->setItemDelegateForColumn(AttachmentListModel::StatusColumn, new ProgressDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragDropOverwriteMode(false);
    m_view->setDropIndicatorShown(true); // the line between rows where dropped files will go
    m_view->viewport()->installEventFilter(this);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AttachmentListModel::NameColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);

    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_attach = toolBar->addAction(tr("Attach…"), this, &AttachmentPanel::attachRequested);
    m_attach->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_attach->setShortcutContext(Qt::WindowShortcut);
    m_attach->setToolTip(tr("Attach files (Ctrl+Shift+A), or drop them here"));
    m_up = toolBar->addAction(tr("Up"), this, [this] { moveSelected(-1); });
    m_up->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_down = toolBar->addAction(tr("Down"), this, [this] { moveSelected(+1); });
    m_down->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    m_rename = toolBar->addAction(tr("Rename"), this, [this] {
        if (selectedPosition() > 0)
            m_view->edit(m_view->currentIndex().siblingAtColumn(AttachmentListModel::NameColumn));
    });
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_remove = toolBar->addAction(tr("Remove"), this, &AttachmentPanel::removeOrCancel);
    toolBar->addSeparator();
    m_edit = toolBar->addAction(tr("Edit"), this, [this] {
        if (const int position = selectedPosition())
            emit editRequested(position);
    });
    m_edit->setToolTip(
        tr("Open the attachment in its application; every save becomes part of a new version"));
    m_finishEdit = toolBar->addAction(tr("Finish editing"), this, [this] {
        if (const int position = selectedPosition())
            emit finishEditRequested(position);
    });
    QAction *breakLock = toolBar->addAction(tr("Break lock…"), this, [this] {
        if (const int position = selectedPosition())
            emit breakLockRequested(position);
    });
    breakLock->setToolTip(tr("Break a stale edit lock (the client that took it is gone): its owner, or a "
                             "文書管理者"));
    toolBar->addAction(tr("Versions…"), this, [this] {
        if (const int position = selectedPosition())
            emit historyRequested(position);
    });
    m_remove->setShortcut(QKeySequence::Delete);
    auto *paste = new QAction(this);
    paste->setShortcut(QKeySequence::Paste);
    connect(paste, &QAction::triggered, this, &AttachmentPanel::pasteRequested);
    for (QAction *action : {m_up, m_down, m_rename, m_remove, paste}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(action);
    }

    auto *hint = new QLabel(
        tr("Drop files or folders here. The order here is the order reviewers read them in."), this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #666"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(hint);
}

int AttachmentPanel::selectedPosition() const
{
    const AttachmentRecord *record = m_model->attachmentAt(m_view->currentIndex().row());
    return record ? record->position : 0;
}

void AttachmentPanel::selectPosition(int position)
{
    const int row = position - 1;
    if (row >= 0 && row < m_model->rowCount())
        m_view->setCurrentIndex(m_model->index(row, AttachmentListModel::NameColumn));
}

void AttachmentPanel::setEditable(bool editable)
{
    for (QAction *action : {m_attach, m_up, m_down, m_rename, m_remove, m_edit, m_finishEdit})
        action->setEnabled(editable);
    m_view->setAcceptDrops(editable);
    m_view->setDragEnabled(editable);
}

void AttachmentPanel::removeOrCancel()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const QVariant job = current.data(AttachmentListModel::JobIdRole);
    if (job.isValid()) {
        emit cancelRequested(job.toInt());
        return;
    }
    if (const int position = selectedPosition())
        emit removeRequested(position);
}

void AttachmentPanel::moveSelected(int delta)
{
    const int position = selectedPosition();
    const int target = position + delta;
    if (position > 0 && target >= 1 && target <= int(m_model->attachments().size()))
        emit moveRequested(position, target);
}

bool AttachmentPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport()) {
        switch (event->type()) {
        case QEvent::DragEnter: {
            const auto *drag = static_cast<QDragEnterEvent *>(event);
            setDropHighlighted(m_view->acceptDrops() && !AttachmentListModel::localPaths(drag->mimeData()).isEmpty());
            break;
        }
        case QEvent::DragLeave:
        case QEvent::Drop:
            setDropHighlighted(false);
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AttachmentPanel::setDropHighlighted(bool on)
{
    if (m_dropHighlighted == on)
        return;
    m_dropHighlighted = on;
    m_view->setStyleSheet(on ? QStringLiteral("QTableView { border: 2px dashed #2a6fdb; background: #eef4ff; }")
                             : QString());
}

} // namespace kessai::gui
