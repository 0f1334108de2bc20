// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/DocumentListContextMenu.h"

#include "gui/ActionDialog.h"
#include "gui/DocumentActionBar.h"
#include "gui/DocumentTableModel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QTableView>

namespace kessai::gui {

DocumentListContextMenu::DocumentListContextMenu(QTableView *view, DocumentActionBar *bar)
    : QObject(view)
    , m_view(view)
    , m_bar(bar)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, &DocumentListContextMenu::request);
    connect(bar, &DocumentActionBar::offerChanged, this, [this] {
        if (m_waitingFor && m_bar->offer().documentId == m_waitingFor)
            showMenu();
    });
}

QMenu *DocumentListContextMenu::lastMenu() const
{
    return m_menu;
}

void DocumentListContextMenu::request(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index,
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_number = index.data(DocumentTableModel::NumberLabelRole).toString();
    m_waitingFor = index.data(DocumentTableModel::DocumentIdRole).toLongLong();
    m_globalPos = m_view->viewport()->mapToGlobal(pos);
    if (m_bar->offer().documentId == m_waitingFor)
        showMenu();
}

void DocumentListContextMenu::showMenu()
{
    const DocumentActionBar::Offer offer = m_bar->offer();
    const qint64 id = offer.documentId;
    m_waitingFor = 0;
    if (m_menu)
        m_menu->deleteLater();
    m_menu = new QMenu(m_view);
    m_menu->setObjectName(QStringLiteral("documentContextMenu"));
    m_menu->setAttribute(Qt::WA_DeleteOnClose);
    // 開く: one's own draft for editing, everything else for reading (as a double-click).
    QAction *open = m_menu->addAction(tr("Open"), this, [this, id, edit = offer.canEditDraft] {
        if (edit)
            emit editRequested(id);
        else
            emit singleViewRequested(id);
    });
    open->setObjectName(QStringLiteral("contextOpen"));
    m_menu->setDefaultAction(open);
    m_menu->addAction(tr("Single view of all attachments"), this, [this, id] { emit singleViewRequested(id); })
        ->setObjectName(QStringLiteral("contextSingleView"));
    if (offer.canEditDraft)
        m_menu->addAction(tr("Edit draft"), this, [this, id] { emit editRequested(id); })
            ->setObjectName(QStringLiteral("contextEdit"));
    m_menu->addAction(tr("New draft from this document"), this, &DocumentListContextMenu::copyAsNewDraftRequested)
        ->setObjectName(QStringLiteral("contextCopyAsNewDraft"));
    if (offer.canAnswer && m_bar->answerOffered())
        m_menu->addAction(tr("Draft an answer…"), this, [this, id] { emit m_bar->answerRequested(id); })
            ->setObjectName(QStringLiteral("contextAnswer"));
    if (!offer.actions.isEmpty())
        m_menu->addSeparator();
    for (const WorkflowAction &action : offer.actions) {
        QAction *entry = m_menu->addAction(ActionDialog::label(action.kind) + QStringLiteral("…"), this,
                                           [this, action] { m_bar->start(action); });
        entry->setObjectName(QStringLiteral("context_") + toCode(action.kind));
        // The route waits while an attachment is being edited, as the bar's buttons do.
        entry->setEnabled(offer.editing.isEmpty() || action.kind == WorkflowActionKind::Read);
    }
    m_menu->addSeparator();
    QAction *copy = m_menu->addAction(tr("Copy document number"), this, [number = m_number] {
        QGuiApplication::clipboard()->setText(number);
    });
    copy->setObjectName(QStringLiteral("contextCopyNumber"));
    copy->setEnabled(!m_number.isEmpty());
    m_menu->popup(m_globalPos);
}

} // namespace kessai::gui
