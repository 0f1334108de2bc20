// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/workflow/ServerAttack.h"

#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Timestamps.h"
#include "core/workflow/WorkflowCaseStorage.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace kessai::test {

namespace {
/// Thrown inside the transaction when an UPDATE matched no row (row-level security hid it).
struct Hidden
{
    QString what;
};
} // namespace

ServerAttack::ServerAttack(StoreConnection &connection, const QString &login)
    : m_connection(connection)
    , m_login(login)
{}

template <typename F>
ServerAttack::Outcome ServerAttack::run(qint64 documentId, const QString &action, F &&write)
{
    Outcome outcome;
    // BEGIN and COMMIT by hand: a deferred trigger's refusal arrives at COMMIT, and execDirect
    // reports it with its SQLSTATE (Transaction would call any failed COMMIT "unavailable").
    SqlQuery::execDirect(m_connection, QStringLiteral("BEGIN"));
    try {
        write();
        const QJsonObject details{{QStringLiteral("attack"), true}};
        SqlQuery(m_connection, QStringLiteral("SELECT kessai_audit_append(?, ?, ?, ?, ?, ?)"))
            .bind(m_login)
            .bind(QString())
            .bind(QString(QStringLiteral("workflow.") + action))
            .bind(QStringLiteral("document"))
            .bind(documentId)
            .bind(QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)))
            .scalar();
        SqlQuery::execDirect(m_connection, QStringLiteral("COMMIT"));
        outcome.message = QStringLiteral("committed");
        return outcome;
    } catch (const Hidden &hidden) {
        outcome.refused = true;
        outcome.hidden = true;
        outcome.message = QStringLiteral("row-level security hid ") + hidden.what;
    } catch (const StoreError &error) {
        outcome.message = error.message();
        // 42501 (the guard's kessai_refuse) maps to Refused; a trigger's plain RAISE (P0001)
        // to Internal "the database refused the change".
        outcome.refused = error.kind() == StoreError::Kind::Refused ||
                          error.message().startsWith(QLatin1String("the database refused the change"));
        outcome.unexpected = !outcome.refused;
    }
    SqlQuery::execDirect(m_connection, QStringLiteral("ROLLBACK"));
    return outcome;
}

bool ServerAttack::updateStep(qint64 documentId, const WorkflowStep &s)
{
    return SqlQuery(
               m_connection,
               QStringLiteral("UPDATE route_steps SET state = ?, acted_by = ?, acting_for = ?, acted_at = ?, "
                              "comment = ?, return_to_step_id = ?, skip_reason = ?, post_review = ?, "
                              "post_reviewed_at = ? WHERE id = ? AND document_id = ?"))
               .bind(toCode(s.state))
               .bindOptionalId(s.actedBy)
               .bindOptionalId(s.actingFor)
               .bindOptional(Timestamps::toText(s.actedAt))
               .bind(s.comment)
               .bindOptionalId(s.returnToStepId)
               .bind(toCode(s.skipReason))
               .bind(toCode(s.postReview))
               .bindOptional(Timestamps::toText(s.postReviewedAt))
               .bind(s.id)
               .bind(documentId)
               .exec()
               .numRowsAffected() == 1;
}

ServerAttack::Outcome ServerAttack::writeCase(const WorkflowCase &before, const WorkflowCase &after,
                                              int rowVersion, const QString &action)
{
    // Exactly what Kessai writes for an action, only under a login the engine refused.
    return run(after.documentId, action, [&] {
        try {
            WorkflowCaseStorage(m_connection).save(before, after, rowVersion);
        } catch (const StoreError &error) {
            if (error.kind() != StoreError::Kind::Conflict)
                throw;
            throw Hidden{QStringLiteral("document %1").arg(after.documentId)}; // no row matched
        }
    });
}

ServerAttack::Outcome ServerAttack::writeStep(qint64 documentId, const WorkflowStep &step,
                                              const QString &action)
{
    return run(documentId, action, [&] {
        if (!updateStep(documentId, step))
            throw Hidden{QStringLiteral("step %1").arg(step.id)};
    });
}

} // namespace kessai::test
