// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workflow/WorkflowCase.h"

#include <QCoreApplication>
#include <QHash>

namespace kessai {

class StoreConnection;

/// Reads a document's 案件 (WorkflowCase) from documents / route_stages / route_steps and
/// writes back what changed. No rules and no audit: WorkflowStore does those around it.
class WorkflowCaseStorage
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowCaseStorage)

public:
    struct Loaded
    {
        WorkflowCase workflowCase;
        int rowVersion = 0;
        qint64 unitId = 0;
        bool numbered = false; ///< has its 文書番号
        QString numberLabel;
    };

    explicit WorkflowCaseStorage(StoreConnection &connection);

    /// The document row locked for this transaction (PostgreSQL: FOR UPDATE; SQLite's
    /// BEGIN IMMEDIATE already holds the write lock). nullopt when there is no such document.
    std::optional<Loaded> loadForUpdate(qint64 documentId);
    std::optional<Loaded> load(qint64 documentId);

    /// Writes the steps that differ and the document's workflow columns, bumps row_version
    /// from expectedVersion (0 rows updated → StoreError(Conflict)). Returns the new version.
    int save(const WorkflowCase &before, const WorkflowCase &after, int expectedVersion);

    /// 不在 on the date: absent user → 代理者 (0 = none). The latest registration wins.
    QHash<qint64, qint64> absenteesOn(const QDate &date);

private:
    std::optional<Loaded> read(qint64 documentId, bool forUpdate);

    StoreConnection &m_connection;
};

} // namespace kessai
