// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPoint>
#include <QPointer>

class QMenu;
class QTableView;

namespace kessai::gui {

class DocumentActionBar;

/// The document list's right-click menu: the same actions as the buttons above the cover sheet
/// — 開く, 一覧表示, 起案を編集, 引用起案, 回答を起案 (on a receipt), 提出 / 承認 / 差戻し … (the
/// DocumentActionBar's, with its dialogs), 文書番号をコピー. A right-click selects the row first, so
/// the menu always offers what the bar offers for that document in its current state.
class DocumentListContextMenu : public QObject
{
    Q_OBJECT

public:
    DocumentListContextMenu(QTableView *view, DocumentActionBar *bar);

    /// Opens the menu for the row at pos (view coordinates), once the bar shows that document.
    void request(const QPoint &pos);
    /// The menu shown last (nullptr before the first).
    QMenu *lastMenu() const;

signals:
    void singleViewRequested(qint64 documentId);
    void editRequested(qint64 documentId);
    /// 引用起案: a new draft from the selected document.
    void copyAsNewDraftRequested();

private:
    void showMenu();

    QTableView *m_view;
    DocumentActionBar *m_bar;
    QPointer<QMenu> m_menu;
    qint64 m_waitingFor = 0; ///< the document right-clicked, until the bar shows it
    QString m_number;
    QPoint m_globalPos;
};

} // namespace kessai::gui
