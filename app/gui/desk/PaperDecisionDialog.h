// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace kessai::gui {

class StoreClient;

/// 書面決裁の登録: a 文書管理者 (or an administrator) records a decision made on paper — 件名,
/// 起案者 and 所属, 決裁区分, 種類, 決裁者, 起案日 and 決裁日, the reason from the office's list,
/// and optionally the paper's scan, attached like any attachment. The lists come from the store
/// thread, and so does the registration (PaperDecisionStore: checked, numbered, audited, one
/// transaction with the scan). A refusal names the field and stays in the dialog.
class PaperDecisionDialog : public QDialog
{
    Q_OBJECT

public:
    PaperDecisionDialog(StoreClient *client, QWidget *parent = nullptr);

    /// The 文書番号 given by the last registration (tests, the status line).
    QString registeredNumber() const { return m_registeredNumber; }

signals:
    /// The lists arrived: the form can be filled in.
    void ready();
    void registered(qint64 documentId, const QString &numberLabel);
    /// A registration was refused; message names the field.
    void failed(const QString &message);

private:
    void load();
    void chooseScan();
    void submit();

    StoreClient *m_client;
    QLineEdit *m_title = nullptr;
    QComboBox *m_drafter = nullptr;
    QComboBox *m_unit = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_decider = nullptr;
    QDateEdit *m_drafted = nullptr;
    QDateEdit *m_decided = nullptr;
    QComboBox *m_reason = nullptr;
    QLineEdit *m_reasonText = nullptr;
    QCheckBox *m_secret = nullptr;
    QSpinBox *m_paperNumber = nullptr;
    QLineEdit *m_scan = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_registeredNumber;
};

} // namespace kessai::gui
