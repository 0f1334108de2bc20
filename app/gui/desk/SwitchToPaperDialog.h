// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace kessai::gui {

class StoreClient;

/// 紙決裁への切替: a 文書管理者 records that a document started electronically was decided on paper
/// midway — with the reason from the office's list, the 決裁者 and the 決裁日. The store refuses
/// anyone else (PaperDecisionStore::switchToPaper, and the server on PostgreSQL) and audits it
/// (paper.switch). Runs on the store thread; a refusal stays in the dialog.
class SwitchToPaperDialog : public QDialog
{
    Q_OBJECT

public:
    SwitchToPaperDialog(StoreClient *client, qint64 documentId, const QString &documentLabel,
                        QWidget *parent = nullptr);

signals:
    void ready();
    void switched(qint64 documentId, const QString &numberLabel);
    void failed(const QString &message);

private:
    void submit();

    StoreClient *m_client;
    qint64 m_documentId;
    QComboBox *m_reason = nullptr;
    QLineEdit *m_reasonText = nullptr;
    QLineEdit *m_decider = nullptr;
    QDateEdit *m_decided = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace kessai::gui
