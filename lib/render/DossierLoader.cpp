// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/DossierLoader.h"

#include "core/documents/AttachmentStore.h"
#include "core/documents/DocumentStore.h"
#include "core/documents/ReceiptStore.h"
#include "core/renditions/RenditionStore.h"
#include "core/search/SearchIndexStore.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Transaction.h"
#include "render/BlobCache.h"
#include "render/CardPageSource.h"
#include "render/PageSourceFactory.h"
#include "render/TextPageSource.h"
#include "render/TypeDetector.h"

#include <QFileInfo>
#include <QLoggingCategory>

namespace kessai::render {

namespace {
using State = DossierItem::State;

ContentType typeFromLayout(const QString &renderKind, const QString &declaredMime)
{
    ContentType type;
    const QString kind = renderKind.section(QLatin1Char(':'), 0, 0);
    type.format = renderKind.section(QLatin1Char(':'), 1);
    type.mimeType = declaredMime;
    type.kind = kind == QLatin1String("pdf")     ? ContentType::Kind::Pdf
                : kind == QLatin1String("image") ? ContentType::Kind::Image
                                                 : ContentType::Kind::Office;
    return type;
}

CardPageSource::Kind cardKind(State state)
{
    switch (state) {
    case State::Loading:
        return CardPageSource::Kind::Loading;
    case State::Converting:
        return CardPageSource::Kind::Converting;
    case State::NeedsPassword:
        return CardPageSource::Kind::Locked;
    case State::Unsupported:
        return CardPageSource::Kind::Unsupported;
    case State::Ready:
    case State::Failed:
        break;
    }
    return CardPageSource::Kind::Broken;
}

void setCard(DossierLoader::Loaded &loaded, State state, const QString &message)
{
    loaded.item.state = state;
    loaded.item.message = message;
    loaded.card = DossierLoader::cardFor(loaded.item);
    loaded.item.pageSizes = {loaded.card->pageSize(0)};
}

/// The loader thread's connection. Qt SQL connections belong to the thread that opened them, and
/// the engine copies a loader for every job, so the connection is kept per thread: the dossier and
/// every item read again later (a new version, a finished conversion) share one connection and
/// its read-only probe and migration check instead of opening one each. The engine's loader
/// thread never expires; the engine closes the connection on it (releaseThreadConnection) before
/// the thread ends, or it closes when another store is read.
struct ThreadConnection
{
    QString url;
    std::unique_ptr<StoreConnection> connection;
};
thread_local ThreadConnection t_connection;

StoreConnection &threadConnection(const DatabaseUrl &url)
{
    const QString key = url.toString();
    if (!t_connection.connection || t_connection.url != key) {
        t_connection.connection.reset(); // the previous store's first: one connection per thread
        t_connection.connection = std::make_unique<StoreConnection>(url, StoreConnection::Open::Existing);
        t_connection.url = key;
    }
    return *t_connection.connection;
}

/// A connection that failed as unavailable (server gone, file unmounted) is not kept.
void forgetBrokenConnection(const StoreError &error)
{
    if (error.kind() == StoreError::Kind::Unavailable)
        t_connection.connection.reset();
}
} // namespace

Q_LOGGING_CATEGORY(lcLayouts, "kessai.render.layouts")
Q_LOGGING_CATEGORY(lcOcrText, "kessai.render.ocrtext")

PageText DossierLoader::recognizedText(const DatabaseUrl &url, const QString &sha256,
                                       const PageSource::ContentPage &where, const QSizeF &pageSize)
{
    std::optional<ExtractedPage> read;
    try {
        read = SearchIndexStore(threadConnection(url)).recognizedPage(sha256, where.page);
    } catch (const StoreError &error) {
        forgetBrokenConnection(error);
        qCWarning(lcOcrText) << "OCR text of" << sha256 << "page" << where.page << "not read:" << error.message();
    }
    PageText text;
    if (!read || read->boxes.size() != read->text.size() || where.part.isEmpty())
        return text;
    // Only what lies on the part shown (a slice of a tall scan), in points on that page.
    bool pendingSeparator = false;
    for (qsizetype i = 0; i < read->text.size(); ++i) {
        const QRectF box = read->boxes.at(i);
        if (box.isNull()) {
            pendingSeparator = !text.isEmpty();
            continue;
        }
        if (!where.part.contains(box.center()))
            continue;
        if (pendingSeparator)
            text.append(read->text.at(i - 1) == QLatin1Char('\n') ? QStringLiteral("\n") : QStringLiteral(" "));
        pendingSeparator = false;
        const QRectF onPart((box.x() - where.part.x()) / where.part.width() * pageSize.width(),
                            (box.y() - where.part.y()) / where.part.height() * pageSize.height(),
                            box.width() / where.part.width() * pageSize.width(),
                            box.height() / where.part.height() * pageSize.height());
        text.append(read->text.at(i), onPart);
    }
    return text;
}

PageText DossierLoader::pageText(PageSource &source, int page, const DatabaseUrl &url, const QString &sha256)
{
    PageText text = source.text(page);
    if (text.isEmpty() && url.isValid() && !sha256.isEmpty())
        text = recognizedText(url, sha256, source.contentPage(page), source.pageSize(page));
    return text;
}

void DossierLoader::releaseThreadConnection()
{
    t_connection.connection.reset();
    t_connection.url.clear();
}

QString DossierLoader::storeMeasured(StoreConnection &connection, const DossierItem &item)
{
    const QString kind = layoutKind(item.type);
    // Text is laid out anew each time (fonts differ between PCs): only its 頁数 is kept.
    if (item.state != State::Ready || (kind.isEmpty() && !item.type.isText()) || item.pageSizes.isEmpty())
        return {};
    try {
        Transaction transaction(connection);
        if (!kind.isEmpty()) {
            PageLayoutRecord layout;
            layout.sha256 = item.sha256;
            layout.renderKind = kind;
            layout.layoutVersion = kLayoutVersion;
            layout.pageSizes = item.pageSizes;
            RenditionStore(connection).putLayout(layout);
        }
        // The attachment list's page count; a working copy (workInProgress) is no attachment version.
        if (item.attachmentId != 0 && !item.workInProgress)
            AttachmentStore(connection).setPageCount(item.attachmentId, item.pageCount());
        transaction.commit();
    } catch (const StoreError &error) {
        // Only a cache of what was measured: the pages show all the same, and are measured again
        // next time. Said in the log, never hidden.
        const QString message =
            tr("The page sizes of \"%1\" could not be stored: %2").arg(item.name, error.message());
        qCWarning(lcLayouts).noquote() << message;
        return message;
    }
    return {};
}

DossierLoader::DossierLoader(QString cacheDirectory, RenditionLookup localRenditions)
    : m_cacheDirectory(cacheDirectory.isEmpty() ? BlobCache::defaultDirectory() : std::move(cacheDirectory))
    , m_localRenditions(std::move(localRenditions))
{}

QString DossierLoader::layoutKind(const ContentType &type)
{
    if (type.kind == ContentType::Kind::Pdf || type.kind == ContentType::Kind::Image ||
        type.kind == ContentType::Kind::Office)
        return ContentType::kindCode(type.kind) + QLatin1Char(':') + type.format;
    return {};
}

std::shared_ptr<PageSource> DossierLoader::cardFor(const DossierItem &item)
{
    CardPageSource::Content content;
    content.kind = cardKind(item.state);
    content.name = item.name;
    content.typeLabel = item.type.label();
    content.size = item.size;
    content.reason = item.message;
    return std::make_shared<CardPageSource>(content);
}

void DossierLoader::describe(Loaded &loaded, const std::shared_ptr<PageSource> &source)
{
    DossierItem &item = loaded.item;
    if (const auto *card = dynamic_cast<const CardPageSource *>(source.get())) {
        switch (card->content().kind) {
        case CardPageSource::Kind::Unsupported:
            item.state = State::Unsupported;
            break;
        case CardPageSource::Kind::Converting:
            item.state = State::Converting;
            break;
        case CardPageSource::Kind::Locked:
            item.state = State::NeedsPassword;
            break;
        case CardPageSource::Kind::Loading:
            item.state = State::Loading;
            break;
        case CardPageSource::Kind::Broken:
            item.state = State::Failed;
            break;
        }
        item.message = card->content().reason;
        item.pageSizes = source->pageSizes();
        loaded.card = source;
        loaded.handle.reset();
        return;
    }
    loaded.handle = std::make_shared<SourceHandle>(source);
    if (source->state() == PageSource::State::NeedsPassword) {
        setCard(loaded, State::NeedsPassword, source->errorString());
        return;
    }
    if (source->state() != PageSource::State::Ready || source->pageCount() <= 0) {
        loaded.handle.reset();
        setCard(loaded, State::Failed, source->errorString());
        return;
    }
    item.state = State::Ready;
    item.message = source->note(); // e.g. pages left out of a huge PDF
    item.pageSizes = source->pageSizes();
    loaded.card.reset();
    if (const auto *text = dynamic_cast<const TextPageSource *>(source.get()))
        item.encoding = text->encoding();
}

void DossierLoader::finishItem(StoreConnection *connection, Loaded &loaded, const QString &path)
{
    DossierItem &item = loaded.item;
    loaded.contentPath = path;
    const bool measured = item.state == State::Ready && !item.pageSizes.isEmpty();
    if (!measured)
        item.type = TypeDetector::detectFile(path, item.name, item.declaredMime);
    PageSourceFactory::Input input{path, item.name, item.declaredMime, item.size, item.type, {}, {}};
    if (item.type.isOffice()) {
        if (connection) {
            RenditionStore renditions(*connection);
            const auto rendition = renditions.find(item.sha256);
            if (!rendition) {
                loaded.needsConversion = true;
                setCard(loaded, State::Converting,
                        tr("Being converted to PDF; the pages appear here when that is done."));
                return;
            }
            if (!rendition->ok()) {
                setCard(loaded, State::Failed,
                        tr("It could not be converted to PDF: %1").arg(rendition->error));
                return;
            }
            input.renditionPath = BlobCache(m_cacheDirectory).materialize(*connection, rendition->pdfSha256);
        } else {
            input.renditionPath = m_localRenditions ? m_localRenditions(item.sha256) : QString();
            if (input.renditionPath.isEmpty()) {
                loaded.needsConversion = true;
                setCard(loaded, State::Converting,
                        tr("Being converted to PDF; the pages appear here when that is done."));
                return;
            }
        }
        item.converted = true;
    }
    if (measured) { // the sizes are stored: open the source only when a page is painted
        input.knownSizes = item.pageSizes;
        loaded.handle = std::make_shared<SourceHandle>(input);
        loaded.card.reset();
        return;
    }
    describe(loaded, PageSourceFactory::open(input));
    if (connection)
        loaded.notStored = storeMeasured(*connection, item);
}

void DossierLoader::loadDocument(const DatabaseUrl &url, qint64 documentId, const Sink &sink,
                                 const std::atomic_bool &cancel, bool withReceived)
{
    StoreConnection *connection = nullptr;
    QList<AttachmentRecord> records;
    QList<Loaded> list;
    QList<int> pending;
    try {
        connection = &threadConnection(url);
        if (!DocumentStore(*connection).document(documentId)) {
            sink.failed(tr("There is no document %1.").arg(documentId));
            return;
        }
        // The 収受 this 起案 answers, read through the reader's own connection: on PostgreSQL a
        // receipt the reader may not see is not there (row-level security), and neither is its band.
        QString received;
        if (withReceived) {
            if (const auto receipt = ReceiptStore(*connection).answeredReceipt(documentId)) {
                records = AttachmentStore(*connection).list(receipt->documentId);
                received = tr("%1 · from %2 · received %3")
                               .arg(receipt->numberLabel, receipt->senderName,
                                    receipt->receivedOn.toString(Qt::ISODate));
            }
        }
        const qsizetype receivedCount = records.size();
        records += AttachmentStore(*connection).list(documentId);
        RenditionStore renditions(*connection);
        const BlobCache cache(m_cacheDirectory);
        for (int i = 0; i < records.size(); ++i) {
            const AttachmentRecord &record = records.at(i);
            Loaded loaded;
            DossierItem &item = loaded.item;
            item.index = i;
            item.attachmentId = record.id;
            item.position = record.position;
            item.versionNo = record.versionNo;
            item.name = record.displayName;
            item.sha256 = record.sha256;
            item.size = record.size;
            item.declaredMime = record.mimeType;
            if (i < receivedCount)
                item.received = received;
            const auto layout = renditions.layout(record.sha256);
            if (layout && layout->layoutVersion == kLayoutVersion && !layout->pageSizes.isEmpty()) {
                item.type = typeFromLayout(layout->renderKind, record.mimeType);
                item.state = State::Ready;
                item.pageSizes = layout->pageSizes;
                const QString path = cache.pathFor(record.sha256);
                if (!item.type.isOffice() && QFileInfo::exists(path)) {
                    finishItem(connection, loaded, path); // cheap: nothing to read
                    list.append(loaded);
                    continue;
                }
            } else {
                setCard(loaded, State::Loading, {});
            }
            pending.append(i);
            list.append(loaded);
        }
    } catch (const StoreError &error) {
        forgetBrokenConnection(error);
        sink.failed(error.message());
        return;
    }
    sink.listed(list);
    BlobCache cache(m_cacheDirectory);
    for (const int i : std::as_const(pending)) {
        if (cancel.load())
            return;
        Loaded loaded = list.at(i);
        try {
            finishItem(connection, loaded, cache.materialize(*connection, loaded.item.sha256));
        } catch (const StoreError &error) {
            forgetBrokenConnection(error);
            loaded.handle.reset();
            setCard(loaded, State::Failed, error.message());
        }
        sink.updated(loaded);
    }
}

void DossierLoader::loadFiles(const QList<File> &files, const Sink &sink, const std::atomic_bool &cancel)
{
    QList<Loaded> list;
    for (int i = 0; i < files.size(); ++i) {
        const File &file = files.at(i);
        Loaded loaded;
        loaded.item.index = i;
        loaded.item.position = i + 1;
        loaded.item.name = file.name.isEmpty() ? QFileInfo(file.path).fileName() : file.name;
        loaded.item.size = QFileInfo(file.path).size();
        loaded.item.declaredMime = file.mimeType;
        setCard(loaded, State::Loading, {});
        list.append(loaded);
    }
    sink.listed(list);
    for (int i = 0; i < files.size(); ++i) {
        if (cancel.load())
            return;
        Loaded loaded = list.at(i);
        loaded.item.sha256 = BlobCache::fileSha256(files.at(i).path);
        finishItem(nullptr, loaded, files.at(i).path);
        sink.updated(loaded);
    }
}

DossierLoader::Loaded DossierLoader::reload(const DatabaseUrl &url, const DossierItem &item,
                                            const QString &contentPath)
{
    Loaded loaded;
    loaded.item = item;
    loaded.item.state = State::Loading;
    loaded.item.pageSizes.clear();
    loaded.item.converted = false; // the content may be of another type now
    loaded.item.encoding.clear();
    loaded.item.message.clear();
    try {
        StoreConnection *connection = nullptr;
        QString path = contentPath;
        if (url.isValid()) {
            connection = &threadConnection(url);
            if (path.isEmpty())
                path = BlobCache(m_cacheDirectory).materialize(*connection, item.sha256);
        }
        finishItem(connection, loaded, path);
    } catch (const StoreError &error) {
        forgetBrokenConnection(error);
        loaded.handle.reset();
        setCard(loaded, State::Failed, error.message());
    }
    return loaded;
}

} // namespace kessai::render
