// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workflow/WorkflowAction.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/WorkflowOrg.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <map>
#include <memory>

namespace kessai {
class Session;
class StoreConnection;
} // namespace kessai

namespace kessai::test {

/// What the editing tests share: a fresh database with the WorkflowOrg staff, each person's
/// session (their own connection on PostgreSQL, the administrator with --as on SQLite), drafts
/// of ito_t's with attachments, and the route 係長 → 課長補佐 → 課長 (決裁) to submit and decide.
class EditingFixture
{
public:
    EditingFixture();
    ~EditingFixture();

    TestDatabase &db() { return *m_db; }
    StoreConnection &admin() { return *m_connection; }
    const WorkflowOrg &org() const { return m_org; }
    Session &as(const char *login);

    /// A 決裁 draft of ito_t's with one attachment per content (named a1.txt, a2.txt …, or with
    /// another suffix).
    qint64 draftWith(const QList<QByteArray> &contents, QList<qint64> *attachmentIds,
                     const QString &suffix = QStringLiteral("txt"));
    /// Sets the route sato_y → takahashi_m → suzuki_h (決裁); with takahashiMayEdit the 課長補佐
    /// may 修正 on their step. Returns the step ids in that order.
    QList<qint64> route(qint64 documentId, bool takahashiMayEdit);
    void act(const char *login, qint64 documentId, WorkflowActionKind kind);
    /// Sets the route, submits, and has sato_y, takahashi_m approve and suzuki_h decide.
    void decide(qint64 documentId);

    QByteArray content(qint64 attachmentId, int versionNo);
    int versionCount(qint64 attachmentId);
    /// "action/actor" of the audit events on the attachment, in order.
    QStringList events(qint64 attachmentId);
    /// The details (JSON text) of the newest event of that action on the attachment.
    QString lastDetails(qint64 attachmentId, const QString &action);

    static QString sha(const QByteArray &bytes);

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<StoreConnection> m_connection;
    WorkflowOrg m_org;
    std::map<QString, std::unique_ptr<SessionAs>> m_people;
    int m_files = 0;
};

} // namespace kessai::test
