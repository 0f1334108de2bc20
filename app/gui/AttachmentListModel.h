// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/AttachmentRecord.h"
#include "core/editing/AttachmentActivity.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace kessai::gui {

/// The attachments of the draft being edited, in the user's order, followed by the files
/// still being stored (with their progress). Drags within the list and drops of files from
/// outside are turned into requests; the editor carries them out in the store and reloads.
class AttachmentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PositionColumn,
        NameColumn,
        TypeColumn,
        SizeColumn,
        PagesColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        AttachmentIdRole = Qt::UserRole + 1,
        JobIdRole,
        ProgressRole,
        Sha256Role
    };
    static constexpr auto kPositionMime = "application/x-kessai-attachment-position";

    explicit AttachmentListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Editing a name asks for a rename (renameRequested); the list changes after the store did it.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;

    void setAttachments(const QList<AttachmentRecord> &attachments);
    const QList<AttachmentRecord> &attachments() const { return m_attachments; }
    const AttachmentRecord *attachmentAt(int row) const;
    /// Who is editing what ("佐藤 が編集中 · 10:42から" in the status column), and what the
    /// viewer may do about it.
    void setActivity(const QList<AttachmentActivity::Entry> &entries);
    const AttachmentActivity::Entry *activityOf(qint64 attachmentId) const;

    // Files being stored, shown after the attachments.
    void addPending(int jobId, const QString &name);
    void setPendingStarted(int jobId, const QString &name, qint64 size);
    void setPendingProgress(int jobId, qint64 done, qint64 total);
    void setPendingWaiting(int jobId, const QString &status);
    void removePending(int jobId);
    int pendingCount() const { return int(m_pending.size()); }

    /// Raw path bytes of the local files in a drop (file URLs only).
    static QList<QByteArray> localPaths(const QMimeData *data);

signals:
    void moveRequested(int fromPosition, int toPosition);
    /// Files dropped on the list: to be inserted at position (1-based: before that attachment),
    /// or appended when position is 0 (dropped below the last one, or on the empty list).
    void filesDropped(const QList<QByteArray> &rawPaths, int position);
    void renameRequested(int position, const QString &name);

private:
    QHash<qint64, AttachmentActivity::Entry> m_activity;
    struct Pending
    {
        int jobId = 0;
        QString name;
        qint64 size = 0;
        qint64 done = 0;
        QString status;
    };
    int pendingRow(int jobId) const;

    QList<AttachmentRecord> m_attachments;
    QList<Pending> m_pending;
};

} // namespace kessai::gui
