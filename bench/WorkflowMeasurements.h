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

    explicit WorkflowMeasurements(const DatabaseUrl &url);

    /// Logins of users holding a due step (the busy inboxes), at most count, at random.
    QStringList busyUsers(int count, QRandomGenerator &random);
    Inbox inbox(const QStringList &logins);
    Approvals approvals(int count, QRandomGenerator &random);
    Numbering numbering(const QList<DocumentGenerator::NumberingClient> &clients, qint64 unitId);

private:
    DatabaseUrl m_url;
};

} // namespace kessai::bench
