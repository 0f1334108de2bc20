// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/records/RecordFileModel.h"

#include "core/DomainLabels.h"

namespace kessai::gui {

RecordFileModel::RecordFileModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RecordFileModel::setFiles(const QList<RecordFile> &files)
{
    beginResetModel();
    m_files = files;
    endResetModel();
}

const RecordFile *RecordFileModel::fileAt(int row) const
{
    return row >= 0 && row < m_files.size() ? &m_files.at(row) : nullptr;
}

int RecordFileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_files.size());
}

int RecordFileModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecordFileModel::data(const QModelIndex &index, int role) const
{
    const RecordFile *f = fileAt(index.row());
    if (!f)
        return {};
    if (role == IdRole)
        return f->id;
    if (role == Qt::TextAlignmentRole && (index.column() == Documents || index.column() == Year))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Year:
        return tr("FY%1").arg(f->fiscalYear);
    case Name:
        return f->name;
    case Class:
        return f->middleClass.isEmpty() ? f->majorClass : tr("%1 / %2").arg(f->majorClass, f->middleClass);
    case Retention:
        return RecordTerms::label(f->retention);
    case StartsOn:
        return f->startsOn.toString(Qt::ISODate);
    case ExpiresOn:
        return f->expiresOn.isValid() ? f->expiresOn.toString(Qt::ISODate) : tr("none");
    case Disposition:
        return DomainLabels::label(f->disposition);
    case Status:
        return RecordTerms::label(f->lifecycle);
    case Documents:
        return f->documentCount;
    default:
        return {};
    }
}

QVariant RecordFileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Year:
        return tr("Fiscal year");
    case Name:
        return tr("File");
    case Class:
        return tr("Classification");
    case Retention:
        return tr("Retention");
    case StartsOn:
        return tr("Starts");
    case ExpiresOn:
        return tr("Expires");
    case Disposition:
        return tr("At expiry");
    case Status:
        return tr("Status");
    case Documents:
        return tr("Documents");
    default:
        return {};
    }
}

} // namespace kessai::gui
