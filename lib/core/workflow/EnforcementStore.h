// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workflow/Enforcement.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace kessai {

class Session;
class StoreConnection;

/// 施行 in the database: the status change (WorkflowStore, WorkflowEngine's rules: decided only,
/// by the drafter or a 文書管理者, 施行日 not before the 決裁日) and its record (Enforcement) in
/// ONE transaction, audited as one workflow.enforce event with every field. The 施行文書 must be
/// exactly the decided version: its current version and SHA-256 are compared with what the
/// 決裁 fixed (decided_versions, written by the database at the 決裁). A 施行 is recorded once;
/// a mistake in it is corrected by a 鑑への付記 (WorkflowStore::addNote), never rewritten.
///
/// Errors (StoreError): BadData naming the field (施行先, 浄書確認者, 施行文書); Refused with the
/// engine's reason or for a 施行文書 that is not the decided version; Conflict on a stale row version.
class EnforcementStore
{
    Q_DECLARE_TR_FUNCTIONS(EnforcementStore)

public:
    /// 決裁時の版: the version and content of an attachment when the document was decided.
    struct DecidedVersion
    {
        qint64 attachmentId = 0;
        int versionNo = 0;
        QString sha256;
    };

    explicit EnforcementStore(StoreConnection &connection);

    /// The day the 施行日 defaults to (as WorkflowStore::setToday).
    void setToday(const QDate &today) { m_today = today; }

    /// What can be told without the store, naming the field: at least one 施行先, none blank
    /// or given twice.
    static void validate(const Enforcement &input);
    /// Records the 施行 of input.documentId. Returns the document's new row version.
    int record(const Session &session, const Enforcement &input, int expectedRowVersion = 0);
    /// The 施行 of a document, nullopt when none is recorded (or it cannot be seen).
    std::optional<Enforcement> read(qint64 documentId);
    /// Every attachment as the 決裁 fixed it (empty before 決裁).
    QList<DecidedVersion> decidedVersions(qint64 documentId);

private:
    /// Refuses a 施行文書 that is not what was decided (named in the message).
    void requireDecidedVersion(const Enforcement &input, qint64 attachmentId);

    StoreConnection &m_connection;
    QDate m_today;
};

} // namespace kessai
