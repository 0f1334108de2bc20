// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/render/DossierFixture.h"

#include "core/documents/AttachmentStore.h"
#include "core/documents/DocumentStore.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/store/StoreConnection.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"

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
