// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QTableView;

namespace kessai::gui {

class AttachmentListModel;

/// The attachment list of the draft editor: drop files on it (or anywhere in the editor),
/// drag rows to reorder, Ctrl+Up/Down to move, F2 to rename, Delete to remove or to cancel
/// a file still being stored, Ctrl+V to paste files. Emits what the user asked for.
class AttachmentPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AttachmentPanel(AttachmentListModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QAction *attachAction() const { return m_attach; }
    /// Position (1-based) of the selected attachment, 0 if none or a pending file is selected.
    int selectedPosition() const;
    void selectPosition(int position);
    void setEditable(bool editable);
    /// Files are being dragged over the list: it is framed so the user sees where they land.
    bool isDropHighlighted() const { return m_dropHighlighted; }

signals:
    void attachRequested();
    void moveRequested(int fromPosition, int toPosition);
    void removeRequested(int position);
    void cancelRequested(int jobId);
    void pasteRequested();
    /// 直接編集: open the selected attachment in its application / end that editing.
    void editRequested(int position);
    void finishEditRequested(int position);
    void breakLockRequested(int position);
    void historyRequested(int position);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setDropHighlighted(bool on);
    void removeOrCancel();
    void moveSelected(int delta);

    AttachmentListModel *m_model;
    QTableView *m_view = nullptr;
    bool m_dropHighlighted = false;
    QAction *m_attach = nullptr;
    QAction *m_up = nullptr;
    QAction *m_down = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_finishEdit = nullptr;
};

} // namespace kessai::gui
