// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ActionDialog.h"

#include "core/DomainLabels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace kessai::gui {

QString ActionDialog::label(WorkflowActionKind kind)
{
    switch (kind) {
    case WorkflowActionKind::Submit:
        return tr("Submit");
    case WorkflowActionKind::Approve:
        return tr("Approve");
    case WorkflowActionKind::Read:
        return tr("Mark as read");
    case WorkflowActionKind::Return:
        return tr("Send back");
    case WorkflowActionKind::Reject:
        return tr("Reject");
    case WorkflowActionKind::Withdraw:
        return tr("Pull back");
    case WorkflowActionKind::SkipAhead:
        return tr("Approve ahead");
    case WorkflowActionKind::Decide:
        return tr("Decide");
    case WorkflowActionKind::ProxyDecide:
        return tr("Decide on behalf");
    case WorkflowActionKind::Enforce:
        return tr("Record enforcement");
    case WorkflowActionKind::Close:
        return tr("Close the case");
    case WorkflowActionKind::CloseEarly:
        return tr("Close circulation early");
    }
    return {};
}

bool ActionDialog::isConfirmation(const WorkflowAction &action, const QList<RouteStep> &route)
{
    if (action.kind != WorkflowActionKind::Read)
        return false;
    for (const RouteStep &step : route) {
        if (step.id == action.stepId)
            return step.kind == StepKind::Circulate && step.state == StepState::Pending;
    }
    return false;
}

QString ActionDialog::label(const WorkflowAction &action, const QList<RouteStep> &route)
{
    return isConfirmation(action, route) ? tr("Confirm") : label(action.kind);
}

ActionDialog::ActionDialog(const WorkflowAction &action, const QList<RouteStep> &route, QWidget *parent)
    : QDialog(parent)
    , m_action(action)
{
    setObjectName(QStringLiteral("actionDialog"));
    setWindowTitle(label(action, route));
    auto *form = new QFormLayout;
    if (action.kind == WorkflowActionKind::Return) {
        m_target = new QComboBox(this);
        m_target->setObjectName(QStringLiteral("returnTarget"));
        m_target->addItem(tr("The drafter"), qint64(0));
        for (const RouteStep &step : route) {
            if (action.returnTargets.contains(step.id))
                m_target->addItem(
                    QStringLiteral("%1 %2 %3")
                        .arg(DomainLabels::label(step.kind), step.assigneeTitle, step.assigneeName),
                    step.id);
        }
        form->addRow(tr("Send back to:"), m_target);
    }
    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("commentEdit"));
    m_comment->setTabChangesFocus(true);
    if (action.kind == WorkflowActionKind::CloseEarly)
        m_comment->setPlaceholderText(tr("Required: why the circulation ends before everyone has confirmed"));
    else
        m_comment->setPlaceholderText(action.commentRequired() ? tr("Required: say what to correct or why")
                                                               : tr("Optional"));
    form->addRow(action.kind == WorkflowActionKind::CloseEarly ? tr("Reason:") : tr("Comment:"), m_comment);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(label(action, route));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &ActionDialog::updateOk);
    auto *layout = new QVBoxLayout(this);
    if (action.kind == WorkflowActionKind::CloseEarly) {
        auto *note = new QLabel(tr("The readers who have not confirmed yet are passed over and can no longer "
                                   "confirm. Your name and the reason are recorded."),
                                this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    if (action.kind == WorkflowActionKind::Reject) {
        auto *warning =
            new QLabel(tr("Rejecting ends the case: a new draft will be needed. To have it corrected, "
                          "send it back instead."),
                       this);
        warning->setWordWrap(true);
        warning->setStyleSheet(QStringLiteral("color: #b00020"));
        layout->addWidget(warning);
    }
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    updateOk();
    resize(460, sizeHint().height());
}

void ActionDialog::setComment(const QString &comment)
{
    m_comment->setPlainText(comment);
}

void ActionDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_action.commentRequired() || !m_comment->toPlainText().trimmed().isEmpty());
}

WorkflowAction ActionDialog::action() const
{
    WorkflowAction result = m_action;
    result.comment = m_comment->toPlainText().trimmed();
    if (m_target)
        result.returnToStepId = m_target->currentData().toLongLong();
    return result;
}

} // namespace kessai::gui
