// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QTableView;

namespace kessai::gui {

/// The document list's column widths by priority: 件名 takes the room and keeps at least
/// kTitleShare of it; 文書番号, 起案者 and 状態 are always as wide as their contents (names never
/// break nor shorten); when the window is narrow the others give way first — 決裁日, then 所属,
/// then 起案日 — down to a few characters, elided.
class DocumentListColumns : public QObject
{
    Q_OBJECT

public:
    explicit DocumentListColumns(QTableView *view);

    static constexpr double kTitleShare = 0.4;
    /// Lays the columns out again for the view's width and contents.
    void apply();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTableView *m_view;
    bool m_applying = false;
};

} // namespace kessai::gui
