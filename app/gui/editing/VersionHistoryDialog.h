// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/editing/AttachmentVersion.h"

#include <QDialog>
#include <QList>
#include <QPointer>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace kessai::gui {

class StoreClient;
class VersionCompareDialog;

/// 版の履歴: the versions of one attachment (版, 作成者, 日時, サイズ, メモ), non-modal. 表示 opens
/// a version read-only in the user's application; この版に戻す restores it as a NEW version
/// (history is never rewritten; the store refuses after 決裁 and its message is shown here);
/// 比較 compares two selected versions side by side (VersionCompareDialog).
class VersionHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        VersionColumn,
        AuthorColumn,
        TimeColumn,
        SizeColumn,
        NoteColumn,
        ColumnCount
    };

    VersionHistoryDialog(StoreClient *client, qint64 attachmentId, const QString &attachmentName,
                         QWidget *parent = nullptr);

    /// (Re)reads the versions from the store; loaded() follows.
    void load();

    qint64 attachmentId() const { return m_attachmentId; }
    const QList<AttachmentVersion> &versions() const { return m_versions; }
    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_busy; }
    /// The last message shown inline (a refusal, an error, a result); empty when none.
    QString message() const;
    QTableWidget *table() const { return m_table; }
    /// Selects the rows of these version numbers (tests and callers that preselect).
    void selectVersions(const QList<int> &versionNos);
    /// The version numbers of the selected rows, ascending.
    QList<int> selectedVersions() const;
    /// The compare dialog opened last (nullptr if none or closed).
    VersionCompareDialog *compareDialog() const;
    /// How 表示 opens the written file (default: a read-only VersionViewWindow); tests replace it.
    void setFileOpener(std::function<void(const QString &path)> opener) { m_opener = std::move(opener); }
    /// Where the last 表示 wrote its file.
    QString lastViewedPath() const { return m_lastViewedPath; }

public slots:
    void viewVersion(int versionNo);
    void restoreVersion(int versionNo);
    void compareVersions(int leftVersionNo, int rightVersionNo);

signals:
    void loaded();
    void restored(int newVersion);
    void viewed(const QString &path);
    /// A store job failed or was refused (the text is also shown inline).
    void failed(const QString &message);

private:
    void fill();
    void updateButtons();
    void showMessage(const QString &text, bool error);
    void setBusy(bool busy);

    StoreClient *m_client;
    qint64 m_attachmentId;
    QString m_attachmentName;
    QList<AttachmentVersion> m_versions;
    bool m_loaded = false;
    bool m_busy = false;
    QTableWidget *m_table;
    QLabel *m_message;
    QPushButton *m_view;
    QPushButton *m_restore;
    QPushButton *m_compare;
    QPointer<VersionCompareDialog> m_compareDialog;
    std::function<void(const QString &)> m_opener;
    QString m_lastViewedPath;
    QString m_viewTitle; ///< of the version being opened: name, number, author, time
};

} // namespace kessai::gui
