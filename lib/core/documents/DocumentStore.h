// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/DocumentRecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace kessai {

class Session;
class SqlQuery;
class StoreConnection;

/// Documents as the inbox and the detail pane see them: the folder lists, their counts,
/// one document (its route: RouteReader). Changes go through Session for permission and audit.
class DocumentStore
{
    Q_DECLARE_TR_FUNCTIONS(DocumentStore)

public:
    explicit DocumentStore(StoreConnection &connection);

    /// The documents of a folder as seen by userId, newest first. InboxFolder::All is for
    /// administrators and records managers only (StoreError(Refused) otherwise).
    QList<DocumentRecord> list(const Session &session, InboxFolder folder);
    /// Counts of every folder the session's user may see (All only for admins / records managers).
    QHash<InboxFolder, int> counts(const Session &session);
    std::optional<DocumentRecord> document(qint64 id);

    /// Creates a 起案中 draft by the session's user in their unit (or draft.unitId). Only the
    /// title is required. Returns the new id.
    qint64 createDraft(const Session &session, const DocumentRecord &draft);

    /// Saves the editable fields of a draft (起案中 or 差戻し) by its drafter. draft.rowVersion
    /// must be the version the editor loaded: if another client saved in between, nothing is
    /// written and StoreError(Conflict) says who changed it and when. Returns the new version.
    int updateDraft(const Session &session, const DocumentRecord &draft);

    /// 引用起案: a new draft by the session's user with the fields and the current attachments
    /// of an existing document (sharing the stored content). Returns the new id.
    qint64 copyAsNewDraft(const Session &session, qint64 sourceId);

    static bool canSeeAll(const Session &session);

private:
    QString folderCondition(InboxFolder folder) const;
    void bindFolder(SqlQuery &query, InboxFolder folder, const Session &session) const;

    StoreConnection &m_connection;
};

} // namespace kessai
