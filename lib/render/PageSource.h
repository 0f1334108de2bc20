// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/ContentType.h"
#include "render/PageText.h"

#include <QImage>
#include <QList>
#include <QRect>
#include <QSizeF>
#include <QString>

#include <atomic>

namespace kessai::render {

/// The pages of one attachment, whatever its type, as images: no widgets, usable from any
/// thread (implementations serialise what their libraries need). Page sizes are in points
/// (1/72 inch) and known without painting.
class PageSource
{
public:
    enum class State
    {
        Ready,
        NeedsPassword, ///< an encrypted PDF: unlock() first; until then no pages
        Failed         ///< errorString() says why; no pages
    };

    /// What to render: page at scale (output pixels per point) turned clockwise by rotation
    /// (0/90/180/270); region is in pixels of that scaled, rotated page (null: all of it).
    struct Request
    {
        int page = 0;
        qreal scale = 1.0;
        int rotation = 0;
        QRect region;
    };

    virtual ~PageSource();

    virtual State state() const = 0;
    /// Why the source failed or is locked, for people (translated).
    virtual QString errorString() const { return {}; }
    /// A remark on a Ready source for people (translated), e.g. that pages were left out.
    virtual QString note() const { return {}; }
    virtual int pageCount() const = 0;
    /// In points, with the page's own rotation applied (as it is shown at rotation 0).
    virtual QSizeF pageSize(int page) const = 0;
    QList<QSizeF> pageSizes() const;
    /// The size in pixels of the whole page for request (scale and rotation).
    QSize pixelSize(int page, qreal scale, int rotation) const;
    /// The longest side a pixel size may have (larger claims are clamped to it).
    static constexpr int kMaxPixelSide = 1 << 30;
    /// The size in pixels of a page of points at scale, turned by rotation: every page source
    /// and the engine round the same way.
    static QSize pixelSize(const QSizeF &points, qreal scale, int rotation);

    /// Renders request; returns a null image when aborted (abort became true) or on failure,
    /// and for a region above RenderBudget::kMaxPagePixels (ask for tiles or a lower scale).
    /// The image's size is request.region's, or pixelSize() for the whole page.
    virtual QImage render(const Request &request, const std::atomic_bool *abort = nullptr);
    /// The page's text with character boxes (empty for images and cards).
    virtual PageText text(int page);
    /// Which page of the content a page shows, as the text extracted from content numbers it
    /// (1-based: a PDF's page, an image's frame), and which part of it (fractions): a tall
    /// image is shown as several pages.
    struct ContentPage
    {
        int page = 1;
        QRectF part{0, 0, 1, 1};
    };
    virtual ContentPage contentPage(int page) const { return {page + 1, QRectF(0, 0, 1, 1)}; }
    /// For NeedsPassword: tries password; true when the source is then Ready.
    virtual bool unlock(const QString &password);

protected:
    /// Renders region (pixels of the unrotated page at scale; never null) of page.
    virtual QImage renderUpright(int page, qreal scale, const QRect &region,
                                 const std::atomic_bool *abort) = 0;

    static bool aborted(const std::atomic_bool *abort)
    {
        return abort && abort->load(std::memory_order_relaxed);
    }
    /// Maps a region of the page rotated by rotation back onto the upright page (both scaled).
    static QRect unrotateRegion(const QRect &region, const QSize &uprightSize, int rotation);
};

} // namespace kessai::render
