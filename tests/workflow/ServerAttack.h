// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workflow/WorkflowCase.h"

#include <QString>

namespace kessai {
class StoreConnection;
} // namespace kessai

namespace kessai::test {

/// A modified client: writes a workflow change as raw SQL under its own login (what
/// WorkflowCaseStorage::save writes, and the audit event through kessai_audit_append), in one
/// transaction, without asking the engine. The office server's guard must refuse it.
class ServerAttack
{
public:
    /// How the server answered.
    struct Outcome
    {
        bool refused = false;    ///< a statement or the commit failed with 42501 or a trigger's exception
        bool hidden = false;     ///< row-level security hid the rows: the UPDATE matched nothing
        bool unexpected = false; ///< failed for another reason (a bug in the test or the schema)
        QString message;
    };

    /// connection: the attacker's own connection (their login); login: that login.
    ServerAttack(StoreConnection &connection, const QString &login);

    /// The whole change before → after (changed steps, then the document row at rowVersion),
    /// audited as workflow.<action>.
    Outcome writeCase(const WorkflowCase &before, const WorkflowCase &after, int rowVersion,
                      const QString &action);
    /// Only one step row, audited as workflow.<action>.
    Outcome writeStep(qint64 documentId, const WorkflowStep &step, const QString &action);

private:
    template <typename F>
    Outcome run(qint64 documentId, const QString &action, F &&write);
    bool updateStep(qint64 documentId, const WorkflowStep &step);

    StoreConnection &m_connection;
    QString m_login;
};

} // namespace kessai::test
