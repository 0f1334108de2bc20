// SPDX-License-Identifier: GPL-3.0-or-later
#include "DossierFixture.h"

#include "AttachmentStore.h"
#include "DocumentStore.h"
#include "OrgStore.h"
#include "Session.h"
#include "StoreConnection.h"
#include "StoreTestHelpers.h"
#include "TestDatabase.h"

#include <QBuffer>

namespace kessai::test {

DossierFixture::DossierFixture()
    : m_db(std::make_unique<TestDatabase>())
    , m_connection(std::make_unique<StoreConnection>(m_db->url()))
{
    setUpOrganization(*m_connection);
    m_session = std::make_unique<Session>(*m_connection);
    OrgStore org(*m_connection);
    Unit unit;
    unit.code = QStringLiteral("SOUMU");
    unit.name = QStringLiteral("総務課");
    const qint64 unitId = org.addUnit(*m_session, unit);
    User admin = m_session->user();
    admin.unitId = unitId;
    org.updateUser(*m_session, admin);
    m_session->reload();
}

DossierFixture::~DossierFixture()
{
    m_session.reset();
    m_connection.reset();
    m_db.reset();
}

DatabaseUrl DossierFixture::url() const
{
    return m_db->url();
}

QString DossierFixture::scratchPath(const QString &name) const
{
    return m_db->scratchPath(name);
}

qint64 DossierFixture::newDraft(const QString &title)
{
    DocumentRecord draft;
    draft.title = title;
    return DocumentStore(*m_connection).createDraft(*m_session, draft);
}

AttachmentRecord DossierFixture::attach(qint64 documentId, const QByteArray &bytes, const QString &name,
                                        const QString &mime)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return AttachmentStore(*m_connection).add(*m_session, documentId, buffer, {name, {}, mime});
}

} // namespace kessai::test
