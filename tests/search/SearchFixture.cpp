// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/search/SearchFixture.h"

#include "core/documents/AttachmentStore.h"
#include "core/documents/DocumentStore.h"
#include "core/org/Session.h"
#include "core/search/SearchEngine.h"
#include "core/search/SearchQuery.h"
#include "core/store/StoreConnection.h"
#include "render/SearchIndexer.h"

#include <QBuffer>

namespace kessai::test {

qint64 SearchFixture::draft(Session &drafter, qint64 unit, const QString &title, const QString &body,
                            bool secret)
{
    DocumentRecord d;
    d.kind = DocumentKind::Decision;
    d.title = title;
    d.body = body;
    d.unitId = unit;
    d.classification = secret ? Classification::Secret : Classification::Public;
    return DocumentStore(drafter.connection()).createDraft(drafter, d);
}

qint64 SearchFixture::attach(Session &drafter, qint64 document, const QString &name, const QByteArray &bytes,
                             const QString &mimeType)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return AttachmentStore(drafter.connection()).add(drafter, document, buffer, {name, {}, mimeType}).id;
}

void SearchFixture::indexAll(StoreConnection &connection)
{
    render::SearchIndexer indexer(connection);
    for (int round = 0; round < 5; ++round) {
        indexer.indexQueued();
        if (indexer.ocrWaiting(100) == 0)
            break;
    }
    indexer.indexQueued();
}

SearchResults SearchFixture::run(Session &session, const QString &input)
{
    return SearchEngine(session.connection()).search(session, SearchQuery::parse(input));
}

QStringList SearchFixture::titles(Session &session, const QString &input)
{
    QStringList out;
    const SearchResults results = run(session, input);
    for (const SearchHit &hit : results.hits)
        out.append(hit.title);
    return out;
}

} // namespace kessai::test
