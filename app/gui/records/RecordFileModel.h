// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/RecordFile.h"

#include <QAbstractTableModel>
#include <QList>

namespace kessai::gui {

/// 簿冊 as rows: 年度, 名称, 分類, 保存期間, 起算日, 満了日, 措置, 状態, 文書数.
class RecordFileModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Year,
        Name,
        Class,
        Retention,
        StartsOn,
        ExpiresOn,
        Disposition,
        Status,
        Documents,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit RecordFileModel(QObject *parent = nullptr);

    void setFiles(const QList<RecordFile> &files);
    const QList<RecordFile> &files() const { return m_files; }
    const RecordFile *fileAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RecordFile> m_files;
};

} // namespace kessai::gui
