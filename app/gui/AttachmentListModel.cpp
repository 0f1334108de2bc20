// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/AttachmentListModel.h"

#include "core/editing/EditLocks.h"

#include <QColor>
#include <QFileIconProvider>
#include <QIcon>
#include <QLocale>
#include <QMimeData>
#include <QMimeDatabase>
#include <QUrl>

namespace kessai::gui {

namespace {
QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}
} // namespace

AttachmentListModel::AttachmentListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int AttachmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_attachments.size() + m_pending.size());
}

int AttachmentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttachmentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = index.row();
    if (row < m_attachments.size()) {
        const AttachmentRecord &a = m_attachments.at(row);
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            switch (index.column()) {
            case PositionColumn:
                return a.position;
            case NameColumn:
                return a.displayName;
            case TypeColumn:
                return QMimeDatabase().mimeTypeForName(a.mimeType).comment();
            case SizeColumn:
                return sizeText(a.size);
            case PagesColumn:
                return a.pageCount > 0 ? QVariant(a.pageCount) : QVariant();
            case StatusColumn:
                if (const auto *entry = activityOf(a.id); entry && entry->lock)
                    return EditLocks::badge(*entry->lock);
                return a.versionNo > 1 ? tr("Version %1").arg(a.versionNo) : tr("Stored");
            }
            return {};
        case Qt::ForegroundRole:
            if (const auto *entry = activityOf(a.id); entry && entry->lock && index.column() == StatusColumn)
                return QColor(0xa0, 0x52, 0x00);
            return {};
        case Qt::DecorationRole:
            if (index.column() == NameColumn)
                return QIcon::fromTheme(QMimeDatabase().mimeTypeForName(a.mimeType).iconName(),
                                        QFileIconProvider().icon(QFileIconProvider::File));
            return {};
        case Qt::ToolTipRole:
            if (const auto *entry = activityOf(a.id); entry && entry->lock && index.column() == StatusColumn)
                return EditLocks::describe(*entry->lock);
            return tr("%1\nOriginal name: %2\nSHA-256: %3").arg(a.displayName, a.originalName, a.sha256);
        case Qt::TextAlignmentRole:
            if (index.column() == PositionColumn || index.column() == SizeColumn ||
                index.column() == PagesColumn)
                return int(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        case AttachmentIdRole:
            return a.id;
        case Sha256Role:
            return a.sha256;
        case ProgressRole:
            return -1;
        default:
            return {};
        }
    }
    const Pending &p = m_pending.at(row - m_attachments.size());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return p.name;
        case SizeColumn:
            return p.size > 0 ? sizeText(p.size) : QString();
        case StatusColumn:
            return p.status;
        default:
            return {};
        }
    case Qt::ForegroundRole:
        return QColor(0x60, 0x60, 0x60);
    case JobIdRole:
        return p.jobId;
    case ProgressRole:
        if (index.column() != StatusColumn || !p.status.isEmpty())
            return -1;
        return p.size > 0 ? int(p.done * 100 / p.size) : 0;
    default:
        return {};
    }
}

QVariant AttachmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PositionColumn:
        return tr("No.");
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case SizeColumn:
        return tr("Size");
    case PagesColumn:
        return tr("Pages");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

Qt::ItemFlags AttachmentListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
    if (index.row() < m_attachments.size()) {
        f |= Qt::ItemIsDragEnabled;
        if (index.column() == NameColumn)
            f |= Qt::ItemIsEditable;
    }
    return f;
}

bool AttachmentListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const AttachmentRecord *a = attachmentAt(index.row());
    if (!a || role != Qt::EditRole || index.column() != NameColumn)
        return false;
    const QString name = value.toString().trimmed();
    if (!name.isEmpty() && name != a->displayName)
        emit renameRequested(a->position, name);
    return false;
}

QStringList AttachmentListModel::mimeTypes() const
{
    return {QLatin1String(kPositionMime), QStringLiteral("text/uri-list")};
}

QMimeData *AttachmentListModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        if (const AttachmentRecord *a = attachmentAt(index.row())) {
            auto *data = new QMimeData;
            data->setData(QLatin1String(kPositionMime), QByteArray::number(a->position));
            return data;
        }
    }
    return nullptr;
}

Qt::DropActions AttachmentListModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

bool AttachmentListModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                          const QModelIndex &) const
{
    return data && (data->hasFormat(QLatin1String(kPositionMime)) || !localPaths(data).isEmpty());
}

bool AttachmentListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                       const QModelIndex &parent)
{
    if (!data || action == Qt::IgnoreAction)
        return false;
    if (data->hasFormat(QLatin1String(kPositionMime))) {
        const int from = data->data(QLatin1String(kPositionMime)).toInt();
        const int count = int(m_attachments.size());
        if (from < 1 || from > count)
            return false;
        int before = row >= 0 ? row : (parent.isValid() ? parent.row() : count);
        before = std::clamp(before, 0, count);
        // Dropping "before row r": rows after the dragged one shift up once it is taken out.
        const int to = std::clamp(before > from - 1 ? before : before + 1, 1, count);
        if (to != from)
            emit moveRequested(from, to);
        // Never let the view remove the source row: the store decides, then we reload.
        return false;
    }
    const QList<QByteArray> paths = localPaths(data);
    if (paths.isEmpty())
        return false;
    // Between two rows (row) or onto one (parent): they go there; below the attachments: at the end.
    const int before = row >= 0 ? row : (parent.isValid() ? parent.row() : -1);
    emit filesDropped(paths, before >= 0 && before < m_attachments.size() ? before + 1 : 0);
    return false;
}

QList<QByteArray> AttachmentListModel::localPaths(const QMimeData *data)
{
    QList<QByteArray> paths;
    if (!data)
        return paths;
    for (const QUrl &url : data->urls()) {
        if (!url.isLocalFile())
            continue;
        // Percent-decoding the encoded path keeps bytes that are not valid UTF-8.
        paths.append(QByteArray::fromPercentEncoding(url.path(QUrl::FullyEncoded).toLatin1()));
    }
    return paths;
}

void AttachmentListModel::setAttachments(const QList<AttachmentRecord> &attachments)
{
    beginResetModel();
    m_attachments = attachments;
    endResetModel();
}

const AttachmentRecord *AttachmentListModel::attachmentAt(int row) const
{
    return row >= 0 && row < m_attachments.size() ? &m_attachments.at(row) : nullptr;
}

int AttachmentListModel::pendingRow(int jobId) const
{
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (m_pending.at(i).jobId == jobId)
            return int(m_attachments.size() + i);
    }
    return -1;
}

void AttachmentListModel::addPending(int jobId, const QString &name)
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_pending.append(Pending{jobId, name, 0, 0, tr("Waiting")});
    endInsertRows();
}

void AttachmentListModel::setPendingStarted(int jobId, const QString &name, qint64 size)
{
    const int row = pendingRow(jobId);
    if (row < 0)
        return;
    Pending &p = m_pending[row - m_attachments.size()];
    p.name = name;
    p.size = size;
    p.status.clear();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void AttachmentListModel::setPendingProgress(int jobId, qint64 done, qint64 total)
{
    const int row = pendingRow(jobId);
    if (row < 0)
        return;
    Pending &p = m_pending[row - m_attachments.size()];
    p.done = done;
    p.size = total;
    emit dataChanged(index(row, StatusColumn), index(row, StatusColumn));
}

void AttachmentListModel::setPendingWaiting(int jobId, const QString &status)
{
    const int row = pendingRow(jobId);
    if (row < 0)
        return;
    m_pending[row - m_attachments.size()].status = status;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void AttachmentListModel::removePending(int jobId)
{
    const int row = pendingRow(jobId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_pending.removeAt(row - m_attachments.size());
    endRemoveRows();
}

void AttachmentListModel::setActivity(const QList<AttachmentActivity::Entry> &entries)
{
    m_activity.clear();
    for (const AttachmentActivity::Entry &entry : entries)
        m_activity.insert(entry.attachment.id, entry);
    if (!m_attachments.isEmpty())
        emit dataChanged(index(0, StatusColumn), index(int(m_attachments.size()) - 1, StatusColumn));
}

const AttachmentActivity::Entry *AttachmentListModel::activityOf(qint64 attachmentId) const
{
    const auto it = m_activity.constFind(attachmentId);
    return it == m_activity.cend() ? nullptr : &it.value();
}

} // namespace kessai::gui
