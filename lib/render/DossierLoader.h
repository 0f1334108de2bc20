// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/DatabaseUrl.h"
#include "render/DossierItem.h"
#include "render/PageSource.h"
#include "render/SourceHandle.h"

#include <QCoreApplication>
#include <QList>

#include <atomic>
#include <functional>
#include <memory>

namespace kessai {
class StoreConnection;
}

namespace kessai::render {

/// Reads a dossier for the engine, on a worker thread: first the list of items with every
/// page size already stored (one pass over the store, so the view can lay out at once), then
/// item by item in order whatever still needs work: copying content out of the store
/// (BlobCache), detecting the type, finding the office rendition, opening the source and
/// storing the page sizes it measured (storeMeasured: PDF, image and rendition layouts; text is
/// laid out again each time as it depends on the fonts installed). One connection per thread
/// serves the dossier and every item read again later.
class DossierLoader
{
    Q_DECLARE_TR_FUNCTIONS(DossierLoader)

public:
    static constexpr int kLayoutVersion = 1;

    struct File
    {
        QString path;
        QString name;     ///< empty: the file's name
        QString mimeType; ///< a hint only
    };

    struct Loaded
    {
        DossierItem item;
        std::shared_ptr<SourceHandle> handle; ///< the item's own pages (null while not available)
        std::shared_ptr<PageSource> card;     ///< shown while item.showsCard()
        bool needsConversion = false;         ///< office without a rendition: queue it
        QString contentPath;                  ///< the local copy of the item's bytes
        QString notStored;                    ///< why the measured sizes were not stored (logged)
    };

    struct Sink
    {
        std::function<void(const QList<Loaded> &items)> listed;
        std::function<void(const Loaded &item)> updated;
        std::function<void(const QString &message)> failed; ///< the dossier cannot be read at all
    };

    /// Local renditions for file mode (ConversionService without a store): SHA-256 → PDF path.
    using RenditionLookup = std::function<QString(const QString &sha256)>;

    explicit DossierLoader(QString cacheDirectory = {}, RenditionLookup localRenditions = {});

    /// withReceived: a 起案 drafted from a 収受 starts with the received document's files (items
    /// whose received is set), if the reader may see it; then come its own attachments.
    void loadDocument(const DatabaseUrl &url, qint64 documentId, const Sink &sink,
                      const std::atomic_bool &cancel, bool withReceived = false);
    void loadFiles(const QList<File> &files, const Sink &sink, const std::atomic_bool &cancel);
    /// Reads one item again (its conversion ended); url invalid: file mode.
    Loaded reload(const DatabaseUrl &url, const DossierItem &item, const QString &contentPath);

    /// Sets loaded's state, pages, card and handle from an opened source.
    static void describe(Loaded &loaded, const std::shared_ptr<PageSource> &source);
    /// A card for item in its current state.
    static std::shared_ptr<PageSource> cardFor(const DossierItem &item);
    /// "pdf:pdf", "image:png", "office:docx"; empty for kinds whose layout is not stored.
    static QString layoutKind(const ContentType &type);
    /// The one place measured sizes are written: the page layout and the attachment's page
    /// count, in one transaction, for a Ready item of a kind whose layout is kept. A failure
    /// changes nothing, is logged (kessai.render.layouts) and returned; the view is not affected.
    static QString storeMeasured(StoreConnection &connection, const DossierItem &item);
    /// What OCR read on the content page a page shows (where), in points on a page of
    /// pageSize: the text of a scan for search highlights. Empty when nothing was OCR'd there or
    /// the store cannot be read (logged). On this thread's connection.
    static PageText recognizedText(const DatabaseUrl &url, const QString &sha256,
                                   const PageSource::ContentPage &where, const QSizeF &pageSize);
    /// The page's text: its own (a PDF's text layer, a text file), else what OCR read there
    /// (recognizedText) when url is a store. On this thread.
    static PageText pageText(PageSource &source, int page, const DatabaseUrl &url, const QString &sha256);
    /// Closes this thread's connection (the loader keeps one per thread; see loadDocument).
    static void releaseThreadConnection();

private:
    void finishItem(StoreConnection *connection, Loaded &loaded, const QString &path);

    QString m_cacheDirectory;
    RenditionLookup m_localRenditions;
};

} // namespace kessai::render
