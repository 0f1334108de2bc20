// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/DocumentActionBar.h"

#include "core/DomainLabels.h"
#include "core/documents/DocumentStore.h"
#include "core/workflow/WorkflowStore.h"
#include "gui/ActionDialog.h"
#include "gui/RouteEditorDialog.h"
#include "gui/StoreClient.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace kessai::gui {

DocumentActionBar::DocumentActionBar(StoreClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("actionBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
}

void DocumentActionBar::setOffer(const Offer &offer)
{
    m_offer = offer;
    auto *layout = static_cast<QHBoxLayout *>(this->layout());
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const qint64 documentId = offer.documentId;
    if (!documentId)
        return;
    auto *singleView = new QPushButton(tr("Single view of all attachments"), this);
    singleView->setObjectName(QStringLiteral("singleViewButton"));
    connect(singleView, &QPushButton::clicked, this,
            [this, documentId] { emit singleViewRequested(documentId); });
    layout->addWidget(singleView);
    if (offer.canEditDraft) {
        auto *edit = new QPushButton(tr("Edit draft"), this);
        connect(edit, &QPushButton::clicked, this, [this, documentId] { emit editRequested(documentId); });
        layout->addWidget(edit);
        auto *route = new QPushButton(tr("Route…"), this);
        route->setObjectName(QStringLiteral("routeButton"));
        connect(route, &QPushButton::clicked, this, [this, documentId] {
            auto *dialog = new RouteEditorDialog(m_client, documentId, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &RouteEditorDialog::saved, this,
                    [this, documentId] { emit routeChanged(documentId); });
            dialog->open();
            dialog->load();
        });
        layout->addWidget(route);
    }
    for (const WorkflowAction &action : offer.actions) {
        QString text = ActionDialog::label(action.kind);
        for (const RouteStep &step : offer.route) {
            // Several steps of the user (e.g. 後閲 marks): say which one.
            if (step.id == action.stepId && offer.actions.size() > 1 &&
                action.kind == WorkflowActionKind::Read)
                text += QStringLiteral(" (%1)").arg(DomainLabels::label(step.kind));
        }
        auto *button = new QPushButton(text, this);
        button->setObjectName(QStringLiteral("action_") + toCode(action.kind));
        if (action.kind == WorkflowActionKind::Approve || action.kind == WorkflowActionKind::Decide ||
            action.kind == WorkflowActionKind::Submit)
            button->setDefault(true);
        connect(button, &QPushButton::clicked, this, [this, action] { start(action); });
        // The route waits while an attachment is being edited (the store refuses it too).
        if (!offer.editing.isEmpty() && action.kind != WorkflowActionKind::Read) {
            button->setEnabled(false);
            button->setToolTip(tr("Waiting for the edit to finish: %1").arg(offer.editing));
        }
        layout->addWidget(button);
    }
    if (!offer.editing.isEmpty()) {
        auto *notice = new QLabel(offer.editing, this);
        notice->setObjectName(QStringLiteral("editingNotice"));
        notice->setStyleSheet(QStringLiteral("color: #a05200"));
        layout->addWidget(notice);
    }
    layout->addStretch(1);
}

void DocumentActionBar::start(const WorkflowAction &action)
{
    switch (action.kind) {
    case WorkflowActionKind::Submit:
        submit();
        return;
    case WorkflowActionKind::Read:
    case WorkflowActionKind::Withdraw:
    case WorkflowActionKind::Close:
        run(action);
        return;
    default:
        break;
    }
    auto *dialog = new ActionDialog(action, m_offer.route, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { run(dialog->action()); });
    dialog->open();
}

void DocumentActionBar::run(const WorkflowAction &action)
{
    const qint64 id = m_offer.documentId;
    const int rowVersion = m_offer.rowVersion;
    m_client->call<int>(
        this,
        [id, action, rowVersion](StoreWorker &worker) {
            return WorkflowStore(worker.connection()).apply(worker.session(), id, action, rowVersion);
        },
        [this, action](int) { emit actionDone(tr("Done: %1").arg(ActionDialog::label(action.kind))); },
        [this](const StoreClient::Failure &failure) { emit actionFailed(tr("Kessai"), failure.message); });
}

void DocumentActionBar::submit()
{
    // The workflow layer fills in the default route of a draft that has none (one transaction).
    const qint64 id = m_offer.documentId;
    const int rowVersion = m_offer.rowVersion;
    m_client->call<int>(
        this,
        [id, rowVersion](StoreWorker &worker) {
            return WorkflowStore(worker.connection()).submit(worker.session(), id, {}, rowVersion);
        },
        [this](int) { emit actionDone(tr("Submitted")); },
        [this](const StoreClient::Failure &failure) {
            emit actionFailed(tr("The draft cannot be submitted yet"), failure.message);
        });
}

} // namespace kessai::gui
