// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/DocumentRecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace kessai::gui {

/// The document list of one inbox folder. Sorting uses SortRole (raw values), so 文書番号
/// sort by number and dates by time, not by their display text.
class DocumentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        TitleColumn,
        DrafterColumn,
        UnitColumn,
        StatusColumn,
        CreatedColumn,
        DecidedColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        DocumentIdRole,
        NumberLabelRole ///< 文書番号 as assigned (empty before 提出)
    };

    explicit DocumentTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Replaces the rows; keeps the model stable when nothing changed (no flicker on polls).
    void setDocuments(const QList<DocumentRecord> &documents);
    const DocumentRecord *documentAt(int row) const;
    int rowOf(qint64 documentId) const;

private:
    QVariant display(const DocumentRecord &document, int column) const;
    QVariant sortValue(const DocumentRecord &document, int column) const;

    QList<DocumentRecord> m_documents;
};

} // namespace kessai::gui
