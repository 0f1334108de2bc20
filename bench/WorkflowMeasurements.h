// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DocumentGenerator.h"
#include "LatencyStats.h"
#include "core/store/DatabaseUrl.h"

#include <QRandomGenerator>
#include <QStringList>

namespace kessai::bench {

/// What the workflow benchmark times on a filled store, through the application's own code:
/// the 未決 inbox (DocumentStore::list and ::counts), one 承認 (WorkflowStore::act), and 提出
/// (which takes the 文書番号) by many clients at once, each on its own connection and thread.
class WorkflowMeasurements
{
public:
    struct Inbox
    {
        LatencyStats list;   ///< DocumentStore::list(session, InboxFolder::Pending)
        LatencyStats counts; ///< DocumentStore::counts(session): every folder's count
        double meanItems = 0;
        int maxItems = 0;
    };
    struct Approvals
    {
        LatencyStats act; ///< WorkflowStore::act(session, doc, Approve): one transaction
        int failures = 0;
        QString firstFailure;
    };
    struct Numbering
    {
        int clients = 0;
        int submitted = 0;
        double seconds = 0;
        LatencyStats submit; ///< each client's WorkflowStore::act(…, Submit)
        qint64 numbered = 0; ///< numbers in the unit and fiscal year afterwards
        qint64 duplicates = 0;
        qint64 gaps = 0;
        bool counterMatches = false;
        bool auditIntact = false;
        QStringList errors;
        double actionsPerSecond() const { return seconds > 0 ? submitted / seconds : 0; }
    };

    /// Row-level security at scale (issue 12), PostgreSQL: the same users and actions timed as
    /// the owner (the URL's superuser, acting with --as: RLS bypassed, "before") and as each
    /// user's own staff login (a member of kessai_staff: RLS and the guard triggers apply,
    /// "after"), alternating sample by sample. Each sample has its own connection, warmed by one
    /// untimed 未決 list (a client keeps its connection open all day).
    struct Rls
    {
        LatencyStats ownerList, staffList;     ///< DocumentStore::list(session, Pending)
        LatencyStats ownerCounts, staffCounts; ///< DocumentStore::counts(session)
        LatencyStats ownerAct, staffAct;       ///< WorkflowStore::act(session, doc, Approve)
        LatencyStats ownerFirstAct, staffFirstAct; ///< the same, first action of a connection
        int staffItems = 0, ownerItems = 0;   ///< documents listed in all (must be equal)
        int failures = 0;
        QString firstFailure;
    };

    explicit WorkflowMeasurements(const DatabaseUrl &url);

    /// Creates a login role for each of logins (member of kessai_staff), as LoginRoles does.
    void ensureStaffLogins(const QStringList &logins);
    Rls rlsInbox(const QStringList &logins, bool counts);
    void rlsApprovals(int count, QRandomGenerator &random, Rls &result);
    /// The URL of the same database for login's own role.
    DatabaseUrl urlFor(const QString &login) const;

    /// Logins of users holding a due step (the busy inboxes), at most count, at random.
    QStringList busyUsers(int count, QRandomGenerator &random);
    Inbox inbox(const QStringList &logins);
    Approvals approvals(int count, QRandomGenerator &random);
    Numbering numbering(const QList<DocumentGenerator::NumberingClient> &clients, qint64 unitId);

private:
    DatabaseUrl m_url;
};

} // namespace kessai::bench
