// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/ReceiptRecord.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace kessai::gui {

/// 収受登録: the fields of a document that arrived and its files (dropped on the list, or chosen).
/// It only collects them; ReceiptsMenu registers them through the store thread.
class ReceiptDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReceiptDialog(QWidget *parent = nullptr);

    /// The senders offered (差出人の一覧); one may still type a new one.
    void setSenders(const QStringList &senders);
    /// Files to attach; fixed: a hot folder's file, which the dialog does not let one change.
    void setFiles(const QStringList &paths, bool fixed = false);
    void setTitle(const QString &title);

    ReceiptRecord receipt() const;
    /// Fills the fields (a refused registration shown again).
    void setReceipt(const ReceiptRecord &receipt);
    QStringList files() const;

    /// Shows why the store refused (the dialog stays open with what was typed).
    void showProblem(const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseFiles();
    void updateOk();

    QDateEdit *m_receivedOn = nullptr;
    QComboBox *m_sender = nullptr;
    QLineEdit *m_addressee = nullptr;
    QCheckBox *m_hasSourceDate = nullptr;
    QDateEdit *m_sourceDate = nullptr;
    QLineEdit *m_sourceNumber = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_handling = nullptr;
    QListWidget *m_files = nullptr;
    QPushButton *m_addFiles = nullptr;
    QPushButton *m_ok = nullptr;
    QLineEdit *m_problem = nullptr;
    bool m_filesFixed = false;
};

} // namespace kessai::gui
