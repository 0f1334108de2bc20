// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/paper/DeskScope.h"
#include "core/paper/PaperDecision.h"
#include "core/paper/PaperReason.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace kessai {

class Session;
class AttachmentFile;
class StoreConnection;

/// 書面決裁: registers decisions made on paper and switches a document started electronically
/// to paper (a 文書管理者 only). Each is one transaction with its audit event (paper.register,
/// paper.switch). On PostgreSQL the server does both (kessai_register_paper,
/// kessai_switch_to_paper: it checks who acts, numbers and audits); the checks here come first
/// so that a person gets the same message, naming the field, on both backends.
class PaperDecisionStore
{
    Q_DECLARE_TR_FUNCTIONS(PaperDecisionStore)

public:
    /// What is wrong with a paper decision: the field (as the CSV header names it) and why.
    struct Problem
    {
        QString field;
        QString message;
        bool refused = false; ///< not a bad field: the user may not do this
    };

    explicit PaperDecisionStore(StoreConnection &connection);

    QList<PaperReason> reasons(bool includeInactive = false);
    std::optional<PaperReason> reasonByCode(const QString &code);

    /// The first problem of decision for session's user (a missing or bad field, a 決裁日 before
    /// the 起案日, an unknown unit, a taken 文書番号, a unit the user may not register for), or
    /// nullopt. Reads only.
    std::optional<Problem> problem(const Session &session, const PaperDecision &decision);

    /// Registers it (StoreError BadData naming the field, or Refused). Inside the caller's
    /// transaction when there is one (the CSV import: all or nothing).
    RegisteredPaperDecision registerDecision(const Session &session, const PaperDecision &decision);
    /// The same with the paper's scan (checked by AttachmentFile::inspect): streamed into the store
    /// first (short transactions), then published and attached (AttachmentStore::attachScan) in
    /// the registration's transaction. Call it outside a transaction.
    RegisteredPaperDecision registerWithScan(const Session &session, const PaperDecision &decision,
                                             const AttachmentFile &scan);

    /// A 文書管理者 of the document's unit records that the undecided document documentId was
    /// decided on paper on decidedOn, by decider, for reasonId (reasonText for その他). It becomes
    /// 決裁済（紙決裁）, numbered if it had no number yet. Returns its 文書番号.
    QString switchToPaper(const Session &session, qint64 documentId, qint64 reasonId, const QString &reasonText,
                          const QString &decider, const QDate &decidedOn);

private:
    std::optional<Problem> reasonProblem(qint64 reasonId, const QString &reasonText);
    RegisteredPaperDecision registerOnSqlite(const Session &session, const PaperDecision &decision);

    StoreConnection &m_connection;
    qint64 m_scopeUser = 0;
    DeskScope m_deskScope;
    QSet<qint64> m_ownScope;
};

} // namespace kessai
