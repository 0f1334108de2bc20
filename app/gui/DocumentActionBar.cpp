// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/DocumentActionBar.h"

#include "core/DomainLabels.h"
#include "core/documents/DocumentStore.h"
#include "core/documents/DrafterRule.h"
#include "core/documents/ReceiptStore.h"
#include "core/editing/EditLocks.h"
#include "core/workflow/RouteReader.h"
#include "core/workflow/WorkflowStore.h"
#include "gui/ActionDialog.h"
#include "gui/EnforcementDialog.h"
#include "gui/RouteEditorDialog.h"
#include "gui/StoreClient.h"
#include "gui/SubmitDialog.h"

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

DocumentActionBar::Offer DocumentActionBar::readOffer(StoreWorker &worker, qint64 documentId,
                                                     DocumentRecord *document)
{
    Offer offer;
    const auto record = DocumentStore(worker.connection()).document(documentId);
    if (!record)
        return offer;
    if (document)
        *document = *record;
    offer.documentId = documentId;
    offer.route = RouteReader(worker.connection()).route(documentId);
    WorkflowStore workflow(worker.connection());
    workflow.load(documentId, &offer.rowVersion);
    offer.actions = workflow.allowedActions(worker.session(), documentId);
    // 起案を編集 also on a returned (差戻し) document: correcting it is what the drafter is asked for.
    offer.canEditDraft =
        DrafterRule::isOpen(record->status) && record->drafterId == worker.session().user().id;
    offer.canEditRoute = offer.canEditDraft && record->status == DocumentStatus::Draft;
    offer.canAnswer = record->kind == DocumentKind::Received &&
                      ReceiptStore(worker.connection()).mayAnswer(worker.session(), documentId);
    QStringList editing;
    for (const EditLock &lock : EditLocks(worker.connection()).locksOf(documentId))
        editing.append(tr("Attachment %1: %2").arg(lock.position).arg(EditLocks::badge(lock)));
    offer.editing = editing.join(QStringLiteral("; "));
    return offer;
}

bool DocumentActionBar::startMainAction()
{
    if (!m_offer.editing.isEmpty())
        return false;
    for (WorkflowActionKind kind : {WorkflowActionKind::Decide, WorkflowActionKind::ProxyDecide,
                                    WorkflowActionKind::Approve, WorkflowActionKind::Read}) {
        for (const WorkflowAction &action : m_offer.actions) {
            if (action.kind == kind) {
                // Always through the dialog (also 確認, whose button acts at once): a shortcut
                // must never decide alone.
                ask(action);
                return true;
            }
        }
    }
    return false;
}

void DocumentActionBar::setOffer(const Offer &offer)
{
    // The same document in a new state that this bar did not cause: someone else acted (another
    // user, or this user in another window). Said once, by changedElsewhere().
    const bool sameDocument = offer.documentId != 0 && offer.documentId == m_offer.documentId;
    const bool changed = sameDocument && offer.rowVersion != m_offer.rowVersion;
    const bool elsewhere = changed && !m_ownChange;
    if (changed || !sameDocument)
        m_ownChange = false;
    m_offer = offer;
    auto *layout = static_cast<QHBoxLayout *>(this->layout());
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const qint64 documentId = offer.documentId;
    if (!documentId) {
        emit offerChanged();
        return;
    }
    if (m_singleViewOffered) {
        auto *singleView = new QPushButton(tr("Single view of all attachments"), this);
        singleView->setObjectName(QStringLiteral("singleViewButton"));
        connect(singleView, &QPushButton::clicked, this,
                [this, documentId] { emit singleViewRequested(documentId); });
        layout->addWidget(singleView);
    }
    if (offer.canEditDraft) {
        auto *edit = new QPushButton(tr("Edit draft"), this);
        edit->setObjectName(QStringLiteral("editDraftButton"));
        connect(edit, &QPushButton::clicked, this, [this, documentId] { emit editRequested(documentId); });
        layout->addWidget(edit);
    }
    if (offer.canEditRoute) {
        auto *route = new QPushButton(tr("Route…"), this);
        route->setObjectName(QStringLiteral("routeButton"));
        connect(route, &QPushButton::clicked, this, [this, documentId] {
            auto *dialog = new RouteEditorDialog(m_client, documentId, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &RouteEditorDialog::saved, this,
                    [this, documentId] {
                        m_ownChange = true;
                        emit routeChanged(documentId);
                    });
            dialog->open();
            dialog->load();
        });
        layout->addWidget(route);
    }
    if (offer.canAnswer && m_answerOffered) {
        auto *answer = new QPushButton(tr("Draft an answer…"), this);
        answer->setObjectName(QStringLiteral("answerButton"));
        connect(answer, &QPushButton::clicked, this, [this, documentId] { emit answerRequested(documentId); });
        layout->addWidget(answer);
    }
    for (const WorkflowAction &action : offer.actions) {
        QString text = ActionDialog::label(action, offer.route);
        const bool confirmation = ActionDialog::isConfirmation(action, offer.route);
        if (confirmation || action.kind == WorkflowActionKind::CloseEarly)
            text += QStringLiteral("…"); // asks first: a comment, or the reason
        for (const RouteStep &step : offer.route) {
            // Several steps of the user (e.g. 後閲 marks): say which one.
            if (step.id == action.stepId && offer.actions.size() > 1 &&
                action.kind == WorkflowActionKind::Read && !confirmation)
                text += QStringLiteral(" (%1)").arg(DomainLabels::label(step.kind));
        }
        auto *button = new QPushButton(text, this);
        button->setObjectName(QStringLiteral("action_") + toCode(action.kind));
        if (action.kind == WorkflowActionKind::Approve || action.kind == WorkflowActionKind::Decide ||
            action.kind == WorkflowActionKind::Submit || confirmation)
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
    emit offerChanged();
    if (elsewhere)
        emit changedElsewhere();
}

void DocumentActionBar::start(const WorkflowAction &action)
{
    switch (action.kind) {
    case WorkflowActionKind::Submit:
        submit();
        return;
    case WorkflowActionKind::Read:
        if (ActionDialog::isConfirmation(action, m_offer.route))
            break; // 確認 of a 供覧: with an optional comment
        run(action);
        return;
    case WorkflowActionKind::Withdraw:
    case WorkflowActionKind::Close:
        run(action);
        return;
    case WorkflowActionKind::Enforce:
        enforce();
        return;
    default:
        break;
    }
    ask(action);
}

void DocumentActionBar::ask(const WorkflowAction &action)
{
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
        [this, action](int) {
            m_ownChange = true;
            emit actionDone(tr("Done: %1").arg(ActionDialog::label(action, m_offer.route)));
        },
        [this](const StoreClient::Failure &failure) { emit actionFailed(tr("Kessai"), failure.message); });
}

void DocumentActionBar::enforce()
{
    auto *dialog = new EnforcementDialog(m_client, m_offer.documentId, m_offer.rowVersion, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EnforcementDialog::recorded, this, [this](const QString &message) {
        m_ownChange = true;
        emit actionDone(message);
    });
    dialog->open();
    dialog->load();
}

void DocumentActionBar::submit()
{
    // 提出 asks first (route, checks) and then says what happened (文書番号, who is next).
    auto *dialog = new SubmitDialog(m_client, m_offer.documentId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SubmitDialog::submitted, this, [this](qint64, const QString &message) {
        m_ownChange = true;
        emit actionDone(message);
    });
    dialog->open();
    dialog->load();
}

} // namespace kessai::gui
