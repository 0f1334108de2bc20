// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/PageSource.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImageIOHandler>

namespace kessai::render {

/// An image file as pages: JPEG, PNG, GIF (first frame), BMP, WebP (when Qt's plugin is there)
/// and TIFF, one page per TIFF directory. EXIF orientation is applied; images are decoded at
/// the size asked for (QImageReader's scaled size and clip rectangle), never larger than needed.
///
/// An image is shown 96 dpi (0.75 pt a pixel) but no wider than A4 (595 pt portrait, 842 pt
/// landscape); an image more than kTallRatio times as tall as wide (a full-page web capture)
/// is cut into A4-proportioned slices, one page each.
class ImagePageSource : public PageSource
{
    Q_DECLARE_TR_FUNCTIONS(ImagePageSource)

public:
    static constexpr qreal kPointsPerPixel = 0.75;
    static constexpr qreal kSliceRatio = 1.4142135; ///< A-series height / width
    static constexpr qreal kTallRatio = 2.0 * kSliceRatio;

    explicit ImagePageSource(const QString &path);

    State state() const override { return m_state; }
    QString errorString() const override { return m_error; }
    int pageCount() const override { return m_state == State::Ready ? int(m_pages.size()) : 0; }
    QSizeF pageSize(int page) const override;

    /// Which frame page shows, and the part of it (in pixels of the frame as oriented).
    int frameOf(int page) const { return m_pages.value(page).frame; }
    QRect sliceOf(int page) const { return m_pages.value(page).source; }
    ContentPage contentPage(int page) const override;

    /// Bytes held by the shared cache of decoded frames (tall images cut into slices decode once).
    static qint64 frameCacheBytes();
    static void clearFrameCache();

protected:
    QImage renderUpright(int page, qreal scale, const QRect &region, const std::atomic_bool *abort) override;

private:
    struct Frame
    {
        QSize rawSize;
        QImageIOHandler::Transformations transformation;
        QSize orientedSize;
    };
    struct Page
    {
        int frame = 0;
        QRect source;
        QSizeF points;
    };

    QImage decodeFrame(int frame) const;
    QImage decodeRegion(int frame, const QRectF &oriented, const QSize &outputSize,
                        QRectF *decodedArea) const;

    QString m_path;
    QByteArray m_format;
    bool m_nativeClip = false;
    QList<Frame> m_frames;
    QList<Page> m_pages;
    State m_state = State::Failed;
    QString m_error;
};

} // namespace kessai::render
