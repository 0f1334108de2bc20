// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DomainEnums.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

namespace kessai::gui {

/// The navigation list: 未決, 起案中, 差戻し, 既決 (and 全文書 for administrators) with live counts.
class FolderListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        FolderRole = Qt::UserRole + 1,
        CountRole
    };

    explicit FolderListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// Folders missing from counts are not shown (e.g. 全文書 for non-administrators).
    void setCounts(const QHash<InboxFolder, int> &counts);
    int count(InboxFolder folder) const { return m_counts.value(folder, -1); }
    InboxFolder folderAt(int row) const;
    int rowOf(InboxFolder folder) const;

private:
    QList<InboxFolder> m_folders;
    QHash<InboxFolder, int> m_counts;
};

} // namespace kessai::gui
