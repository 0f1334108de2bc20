// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/FileRegister.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace kessai::gui {

class StoreClient;

/// The documents of one 簿冊 (RecordsWindow → 簿冊の文書…) and what a 文書管理者 does with one:
/// move it to another open 簿冊 of the same 課 (FileRegister::moveDocument: refused once the 簿冊
/// is closed), or place a hold (訴訟・情報公開請求対応) on it. On the store thread.
class FileDocumentsDialog : public QDialog
{
    Q_OBJECT

public:
    /// targets: the other open 簿冊 of the 課 a document may go to.
    FileDocumentsDialog(StoreClient *client, const RecordFile &file, const QList<RecordFile> &targets,
                        QWidget *parent = nullptr);

    void refresh();
    /// For tests: what is listed, the status line, and the steps a user takes.
    QList<FileRegister::FiledDocument> documents() const { return m_documents; }
    QString statusText() const;
    bool selectDocument(qint64 documentId);
    void moveSelected(qint64 targetFileId);
    void holdSelected(const QString &reason);

signals:
    void refreshed();
    /// A document moved (the window's counts change).
    void changed();

private:
    qint64 selectedId() const;

    StoreClient *m_client;
    qint64 m_fileId;
    QList<FileRegister::FiledDocument> m_documents;
    QTreeWidget *m_list;
    QComboBox *m_target;
    QLineEdit *m_reason;
    QLabel *m_status;
    QList<QPushButton *> m_actions;
};

} // namespace kessai::gui
