// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/editing/EditingFixture.h"

#include "core/documents/AttachmentStore.h"
#include "core/editing/AttachmentVersions.h"
#include "core/editing/EditRights.h"
#include "core/org/Session.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/workflow/WorkflowStore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QMimeDatabase>

namespace kessai::test {

EditingFixture::EditingFixture()
{
    m_db = std::make_unique<TestDatabase>();
    m_connection = std::make_unique<StoreConnection>(m_db->url());
    m_org.setUp(*m_connection);
    for (const QString &login : WorkflowOrg::logins())
        m_people[login] = std::make_unique<SessionAs>(*m_db, *m_connection, login);
}

EditingFixture::~EditingFixture()
{
    m_people.clear();
    m_connection.reset();
    m_db.reset();
}

Session &EditingFixture::as(const char *login)
{
    return m_people.at(QLatin1String(login))->session();
}

qint64 EditingFixture::draftWith(const QList<QByteArray> &contents, QList<qint64> *attachmentIds,
                                 const QString &suffix)
{
    Session &ito = as("ito_t");
    const qint64 doc = m_org.draft(ito, QStringLiteral("直接編集の起案"));
    AttachmentStore store(ito.connection());
    for (const QByteArray &bytes : contents) {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        AttachmentStore::Source source;
        source.originalName = QStringLiteral("a%1.%2").arg(++m_files).arg(suffix);
        source.mimeType =
            QMimeDatabase().mimeTypeForFile(source.originalName, QMimeDatabase::MatchExtension).name();
        const AttachmentRecord record = store.add(ito, doc, buffer, source);
        if (attachmentIds)
            attachmentIds->append(record.id);
    }
    return doc;
}

QList<qint64> EditingFixture::route(qint64 documentId, bool takahashiMayEdit)
{
    Session &ito = as("ito_t");
    RoutePlan plan;
    RoutePlan::Step takahashi = RoutePlan::step(StepKind::Review, m_org.takahashi);
    takahashi.mayEdit = takahashiMayEdit; // 修正可 is stored with the route
    plan.stages = {{RoutePlan::step(StepKind::Review, m_org.sato)},
                   {takahashi},
                   {RoutePlan::step(StepKind::Decide, m_org.suzuki)}};
    WorkflowStore(ito.connection()).setRoute(ito, documentId, plan);
    QList<qint64> steps;
    SqlQuery q(*m_connection, QStringLiteral("SELECT s.id FROM route_steps s JOIN route_stages g ON "
                                             "g.id = s.stage_id WHERE s.document_id = ? ORDER BY g.seq"));
    q.bind(documentId).exec();
    while (q.next())
        steps.append(q.id(0));
    return steps;
}

void EditingFixture::act(const char *login, qint64 documentId, WorkflowActionKind kind)
{
    Session &session = as(login);
    WorkflowStore(session.connection()).act(session, documentId, kind);
}

void EditingFixture::decide(qint64 documentId)
{
    route(documentId, false);
    act("ito_t", documentId, WorkflowActionKind::Submit);
    act("sato_y", documentId, WorkflowActionKind::Approve);
    act("takahashi_m", documentId, WorkflowActionKind::Approve);
    act("suzuki_h", documentId, WorkflowActionKind::Decide);
}

QByteArray EditingFixture::content(qint64 attachmentId, int versionNo)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    AttachmentVersions(*m_connection).readContent(attachmentId, versionNo, buffer);
    return buffer.data();
}

int EditingFixture::versionCount(qint64 attachmentId)
{
    return SqlQuery(*m_connection,
                    QStringLiteral("SELECT count(*) FROM attachment_versions WHERE attachment_id = ?"))
        .bind(attachmentId)
        .scalar()
        .toInt();
}

QStringList EditingFixture::events(qint64 attachmentId)
{
    QStringList list;
    SqlQuery q(*m_connection,
               QStringLiteral("SELECT action, actor_login FROM audit_events WHERE entity_type = "
                              "'attachment' AND entity_id = ? ORDER BY id"));
    q.bind(attachmentId).exec();
    while (q.next())
        list.append(q.text(0) + QLatin1Char('/') + q.text(1));
    return list;
}

QString EditingFixture::lastDetails(qint64 attachmentId, const QString &action)
{
    return SqlQuery(*m_connection,
                    QStringLiteral("SELECT details FROM audit_events WHERE entity_type = 'attachment' "
                                   "AND entity_id = ? AND action = ? ORDER BY id DESC"))
        .bind(attachmentId)
        .bind(action)
        .scalar()
        .toString();
}

QString EditingFixture::sha(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace kessai::test
