// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workflow/RouteStep.h"
#include "core/workflow/WorkflowAction.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace kessai::gui {

/// Asks what an action needs before it is taken: a comment (required for 差戻し and 却下),
/// where a 差戻し goes (the drafter or an earlier step that approved), the reason of a 供覧の打切り;
/// the 確認 of a 供覧 takes an optional comment. 施行 has its own dialog (EnforcementDialog).
class ActionDialog : public QDialog
{
    Q_OBJECT

public:
    ActionDialog(const WorkflowAction &action, const QList<RouteStep> &route, QWidget *parent = nullptr);

    /// The action with what the user entered.
    WorkflowAction action() const;
    void setComment(const QString &comment);
    static QString label(WorkflowActionKind kind);
    /// The label of this action on this route: 閲覧 of a 供覧 step is 確認 (Confirm).
    static QString label(const WorkflowAction &action, const QList<RouteStep> &route);
    /// Is the action the 確認 of a 供覧 step (asked through the dialog, with an optional comment)?
    static bool isConfirmation(const WorkflowAction &action, const QList<RouteStep> &route);

private:
    void updateOk();

    WorkflowAction m_action;
    QPlainTextEdit *m_comment = nullptr;
    QComboBox *m_target = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace kessai::gui
