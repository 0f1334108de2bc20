// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/FolderListModel.h"

#include "core/DomainLabels.h"

#include <QFont>
#include <QIcon>

namespace kessai::gui {

namespace {
const QList<InboxFolder> kOrder{InboxFolder::Pending,    InboxFolder::Drafts, InboxFolder::Returned,
                                InboxFolder::InProgress, InboxFolder::Done,   InboxFolder::All};

QString iconName(InboxFolder folder)
{
    switch (folder) {
    case InboxFolder::Pending:
        return QStringLiteral("mail-unread");
    case InboxFolder::Drafts:
        return QStringLiteral("document-edit");
    case InboxFolder::Returned:
        return QStringLiteral("edit-undo");
    case InboxFolder::Done:
        return QStringLiteral("task-complete");
    case InboxFolder::All:
        return QStringLiteral("folder-documents");
    case InboxFolder::InProgress:
        return QStringLiteral("mail-send");
    }
    return {};
}
} // namespace

FolderListModel::FolderListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int FolderListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_folders.size());
}

QVariant FolderListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_folders.size())
        return {};
    const InboxFolder folder = m_folders.at(index.row());
    const int count = m_counts.value(folder);
    switch (role) {
    case Qt::DisplayRole:
        return count > 0 ? tr("%1  (%2)").arg(DomainLabels::label(folder)).arg(count)
                         : DomainLabels::label(folder);
    case Qt::DecorationRole:
        return QIcon::fromTheme(iconName(folder));
    case Qt::FontRole:
        if ((folder == InboxFolder::Pending || folder == InboxFolder::Returned) && count > 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case FolderRole:
        return int(folder);
    case CountRole:
        return count;
    default:
        return {};
    }
}

void FolderListModel::setCounts(const QHash<InboxFolder, int> &counts)
{
    QList<InboxFolder> folders;
    for (InboxFolder folder : kOrder) {
        if (counts.contains(folder))
            folders.append(folder);
    }
    if (folders != m_folders) {
        beginResetModel();
        m_folders = folders;
        m_counts = counts;
        endResetModel();
        return;
    }
    m_counts = counts;
    if (!m_folders.isEmpty())
        emit dataChanged(index(0), index(int(m_folders.size()) - 1));
}

InboxFolder FolderListModel::folderAt(int row) const
{
    return row >= 0 && row < m_folders.size() ? m_folders.at(row) : InboxFolder::Pending;
}

int FolderListModel::rowOf(InboxFolder folder) const
{
    return int(m_folders.indexOf(folder));
}

} // namespace kessai::gui
