// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/DocumentTableModel.h"

#include "core/DomainLabels.h"
#include "locale/JapaneseDate.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace kessai::gui {

namespace {
bool sameRows(const QList<DocumentRecord> &a, const QList<DocumentRecord> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).id != b.at(i).id || a.at(i).rowVersion != b.at(i).rowVersion ||
            a.at(i).status != b.at(i).status || a.at(i).updatedAt != b.at(i).updatedAt)
            return false;
    }
    return true;
}
} // namespace

DocumentTableModel::DocumentTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int DocumentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int DocumentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentTableModel::display(const DocumentRecord &document, int column) const
{
    switch (column) {
    case NumberColumn:
        return document.numberLabel.isEmpty() ? tr("(not numbered)") : document.numberLabel;
    case TitleColumn:
        return document.urgent ? tr("[Urgent] %1").arg(document.title) : document.title;
    case DrafterColumn:
        return document.drafterName;
    case UnitColumn:
        return document.unitName;
    case StatusColumn:
        return document.paper ? tr("%1 (paper)").arg(DomainLabels::label(document.status))
                              : DomainLabels::label(document.status);
    case CreatedColumn:
        return JapaneseDate::compactBoth(document.createdAt.toLocalTime().date());
    case DecidedColumn:
        return document.decidedAt.isValid()
                   ? JapaneseDate::compactBoth(document.decidedAt.toLocalTime().date())
                   : QString();
    }
    return {};
}

QVariant DocumentTableModel::sortValue(const DocumentRecord &document, int column) const
{
    switch (column) {
    case NumberColumn:
        // Unnumbered drafts first, then by fiscal year, unit code and running number.
        return QStringLiteral("%1|%2|%3")
            .arg(document.fiscalYear, 4, 10, QLatin1Char('0'))
            .arg(document.numberLabel.section(QStringLiteral("第"), 0, 0))
            .arg(document.number, 8, 10, QLatin1Char('0'));
    case StatusColumn:
        return int(document.status);
    case CreatedColumn:
        return document.createdAt;
    case DecidedColumn:
        return document.decidedAt;
    default:
        return display(document, column);
    }
}

QVariant DocumentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_documents.size())
        return {};
    const DocumentRecord &document = m_documents.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(document, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return document.title;
        if (index.column() == CreatedColumn)
            return JapaneseDate::both(document.createdAt.toLocalTime().date());
        if (index.column() == DecidedColumn && document.decidedAt.isValid())
            return JapaneseDate::both(document.decidedAt.toLocalTime().date());
        return {};
    case Qt::FontRole:
        if (document.urgent && index.column() == TitleColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn &&
            (document.status == DocumentStatus::Returned || document.status == DocumentStatus::Rejected))
            return QBrush(QColor(0xb0, 0x20, 0x20));
        return {};
    case SortRole:
        return sortValue(document, index.column());
    case DocumentIdRole:
        return document.id;
    case NumberLabelRole:
        return document.numberLabel;
    default:
        return {};
    }
}

QVariant DocumentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Document No.");
    case TitleColumn:
        return tr("Subject");
    case DrafterColumn:
        return tr("Drafter");
    case UnitColumn:
        return tr("Unit");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Drafted");
    case DecidedColumn:
        return tr("Decided");
    }
    return {};
}

void DocumentTableModel::setDocuments(const QList<DocumentRecord> &documents)
{
    if (sameRows(m_documents, documents))
        return;
    beginResetModel();
    m_documents = documents;
    endResetModel();
}

const DocumentRecord *DocumentTableModel::documentAt(int row) const
{
    return row >= 0 && row < m_documents.size() ? &m_documents.at(row) : nullptr;
}

int DocumentTableModel::rowOf(qint64 documentId) const
{
    for (qsizetype i = 0; i < m_documents.size(); ++i) {
        if (m_documents.at(i).id == documentId)
            return int(i);
    }
    return -1;
}

} // namespace kessai::gui
