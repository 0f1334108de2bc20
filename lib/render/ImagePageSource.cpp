// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/ImagePageSource.h"

#include "render/RenderBudget.h"

#include <QFile>
#include <QImageReader>
#include <QMutex>
#include <QPainter>
#include <QTransform>

#include <cmath>

namespace kessai::render {

namespace {
constexpr qreal kMaxPortraitWidth = 595.28;
constexpr qreal kMaxLandscapeWidth = 841.89;
constexpr qint64 kFrameCacheBudget = 96LL * 1024 * 1024;
constexpr qint64 kLargestCachedFramePixels = 16LL * 1024 * 1024; // 64 MiB decoded

/// Maps raw (as stored) frame coordinates onto the frame as shown, the way QImageReader applies
/// a transformation: mirror and flip first, then a quarter turn clockwise.
QTransform orientation(QImageIOHandler::Transformations t, const QSize &raw)
{
    QTransform m;
    const qreal w = raw.width();
    const qreal h = raw.height();
    if (t & QImageIOHandler::TransformationMirror)
        m = m * QTransform(-1, 0, 0, 1, w, 0);
    if (t & QImageIOHandler::TransformationFlip)
        m = m * QTransform(1, 0, 0, -1, 0, h);
    if (t & QImageIOHandler::TransformationRotate90)
        m = m * QTransform(0, 1, -1, 0, h, 0);
    return m;
}

struct CachedFrame
{
    QString path;
    int frame = 0;
    QImage image;
    quint64 tick = 0;
};

struct FrameCache
{
    QMutex mutex;
    QList<CachedFrame> frames;
    quint64 tick = 0;
    qint64 bytes = 0;
};

FrameCache &frameCache()
{
    static FrameCache cache;
    return cache;
}
} // namespace

ImagePageSource::ImagePageSource(const QString &path)
    : m_path(path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    m_format = reader.format();
    if (!reader.canRead()) {
        QFile file(path);
        const QByteArray head = file.open(QIODevice::ReadOnly) ? file.read(16) : QByteArray();
        if (head.startsWith("RIFF") && !QImageReader::supportedImageFormats().contains("webp"))
            m_error = tr("No decoder for WebP images is installed.");
        else
            m_error = tr("The image cannot be read: %1").arg(reader.errorString());
        return;
    }
    m_nativeClip = reader.supportsOption(QImageIOHandler::ClipRect);
    int frames = 1;
    if (m_format == "tiff" || m_format == "tif")
        frames = qMax(1, reader.imageCount());
    for (int i = 0; i < frames; ++i) {
        if (i > 0 && !reader.jumpToImage(i))
            break;
        Frame frame;
        frame.rawSize = reader.size();
        frame.transformation = reader.transformation();
        if (!frame.rawSize.isValid() || frame.rawSize.isEmpty()) {
            QImageReader probe(path, m_format);
            if (i > 0)
                probe.jumpToImage(i);
            const QImage image = probe.read();
            if (image.isNull()) {
                if (i == 0) {
                    m_error = tr("The image cannot be read: %1").arg(probe.errorString());
                    return;
                }
                break;
            }
            frame.rawSize = image.size();
        }
        // The header may claim anything: a 50,000² image is refused before it is decoded.
        if (qint64(frame.rawSize.width()) * frame.rawSize.height() > RenderBudget::kMaxImagePixels) {
            m_frames.clear();
            m_error = tr("The image is %1 × %2 pixels, more than Kessai shows (%3 megapixels at most).")
                          .arg(frame.rawSize.width())
                          .arg(frame.rawSize.height())
                          .arg(RenderBudget::kMaxImagePixels / (1024 * 1024));
            return;
        }
        frame.orientedSize = (frame.transformation & QImageIOHandler::TransformationRotate90)
                                 ? frame.rawSize.transposed()
                                 : frame.rawSize;
        m_frames.append(frame);
    }

    for (int f = 0; f < m_frames.size(); ++f) {
        const QSize size = m_frames.at(f).orientedSize;
        const qreal maxWidth = size.width() >= size.height() ? kMaxLandscapeWidth : kMaxPortraitWidth;
        const qreal pointsPerPixel = qMin(kPointsPerPixel, maxWidth / size.width());
        const int sliceHeight = qMax(1, qRound(size.width() * kSliceRatio));
        if (size.height() <= size.width() * kTallRatio) {
            m_pages.append({f, QRect(QPoint(0, 0), size), QSizeF(size) * pointsPerPixel});
            continue;
        }
        for (int y = 0; y < size.height(); y += sliceHeight) {
            int height = qMin(sliceHeight, size.height() - y);
            // A sliver at the end joins the slice before it.
            if (size.height() - (y + height) > 0 && size.height() - (y + height) < sliceHeight / 10)
                height = size.height() - y;
            m_pages.append({f, QRect(0, y, size.width(), height),
                            QSizeF(size.width() * pointsPerPixel, height * pointsPerPixel)});
            if (y + height >= size.height())
                break;
        }
    }
    m_state = m_pages.isEmpty() ? State::Failed : State::Ready;
    if (m_pages.isEmpty())
        m_error = tr("The image has no pages.");
}

PageSource::ContentPage ImagePageSource::contentPage(int page) const
{
    const Page shown = m_pages.value(page);
    const QSize whole = m_frames.value(shown.frame).orientedSize;
    if (whole.isEmpty())
        return {shown.frame + 1, QRectF(0, 0, 1, 1)};
    return {shown.frame + 1, QRectF(qreal(shown.source.x()) / whole.width(), qreal(shown.source.y()) / whole.height(),
                                    qreal(shown.source.width()) / whole.width(),
                                    qreal(shown.source.height()) / whole.height())};
}

QSizeF ImagePageSource::pageSize(int page) const
{
    return m_state == State::Ready ? m_pages.value(page).points : QSizeF();
}

QImage ImagePageSource::decodeFrame(int frameIndex) const
{
    FrameCache &cache = frameCache();
    {
        QMutexLocker lock(&cache.mutex);
        for (CachedFrame &cached : cache.frames) {
            if (cached.path == m_path && cached.frame == frameIndex) {
                cached.tick = ++cache.tick;
                return cached.image;
            }
        }
    }
    QImageReader reader(m_path, m_format);
    reader.setAutoTransform(true);
    if (frameIndex > 0)
        reader.jumpToImage(frameIndex);
    const QImage image = reader.read();
    if (image.isNull() || image.sizeInBytes() > kFrameCacheBudget)
        return image;
    QMutexLocker lock(&cache.mutex);
    cache.frames.append({m_path, frameIndex, image, ++cache.tick});
    cache.bytes += image.sizeInBytes();
    while (cache.bytes > kFrameCacheBudget && cache.frames.size() > 1) {
        qsizetype oldest = 0;
        for (qsizetype i = 1; i < cache.frames.size(); ++i) {
            if (cache.frames.at(i).tick < cache.frames.at(oldest).tick)
                oldest = i;
        }
        cache.bytes -= cache.frames.at(oldest).image.sizeInBytes();
        cache.frames.removeAt(oldest);
    }
    return image;
}

QImage ImagePageSource::decodeRegion(int frameIndex, const QRectF &oriented, const QSize &outputSize,
                                     QRectF *decodedArea) const
{
    const Frame &frame = m_frames.at(frameIndex);
    const QTransform toShown = orientation(frame.transformation, frame.rawSize);
    const QRect raw =
        toShown.inverted().mapRect(oriented).toAlignedRect() & QRect(QPoint(0, 0), frame.rawSize);
    if (raw.isEmpty())
        return {};
    const QRectF shown = toShown.mapRect(QRectF(raw));
    // Decode no larger than the output needs (JPEG scales while decoding).
    const qreal shrink = qMin<qreal>(
        1.0, qMax(outputSize.width() / oriented.width(), outputSize.height() / oriented.height()));
    QSize decodeSize(qMax(1, int(std::ceil(shown.width() * shrink))),
                     qMax(1, int(std::ceil(shown.height() * shrink))));
    if (frame.transformation & QImageIOHandler::TransformationRotate90)
        decodeSize.transpose();
    QImageReader reader(m_path, m_format);
    reader.setAutoTransform(true);
    if (frameIndex > 0)
        reader.jumpToImage(frameIndex);
    if (raw != QRect(QPoint(0, 0), frame.rawSize))
        reader.setClipRect(raw);
    if (decodeSize != raw.size())
        reader.setScaledSize(decodeSize);
    *decodedArea = shown;
    return reader.read();
}

QImage ImagePageSource::renderUpright(int page, qreal scale, const QRect &region,
                                      const std::atomic_bool *abort)
{
    if (m_state != State::Ready || page < 0 || page >= m_pages.size())
        return {};
    const Page &p = m_pages.at(page);
    const QSize whole = pixelSize(page, scale, 0);
    const qreal fx = p.source.width() / qreal(whole.width());
    const qreal fy = p.source.height() / qreal(whole.height());
    const QRectF oriented(p.source.x() + region.x() * fx, p.source.y() + region.y() * fy, region.width() * fx,
                          region.height() * fy);

    QImage decoded;
    QRectF area;
    const Frame &frame = m_frames.at(p.frame);
    const bool partial = m_pages.size() > 1 || region.size() != whole;
    const qint64 framePixels = qint64(frame.orientedSize.width()) * frame.orientedSize.height();
    if (!m_nativeClip && partial && framePixels <= kLargestCachedFramePixels) {
        decoded = decodeFrame(p.frame);
        area = QRectF(QPointF(0, 0), QSizeF(frame.orientedSize));
    } else {
        decoded = decodeRegion(p.frame, oriented, region.size(), &area);
    }
    if (decoded.isNull() || aborted(abort))
        return {};

    qreal sx = decoded.width() / area.width();
    qreal sy = decoded.height() / area.height();
    QRectF source((oriented.x() - area.x()) * sx, (oriented.y() - area.y()) * sy, oriented.width() * sx,
                  oriented.height() * sy);
    // QPainter's smooth scaling is bilinear: shrink large reductions with QImage::scaled first.
    const qreal reduction = source.width() / region.width();
    if (reduction > 1.5) {
        const QRect aligned = source.toAlignedRect() & decoded.rect();
        const QSize target(qMax(1, qRound(aligned.width() / reduction)),
                           qMax(1, qRound(aligned.height() / reduction)));
        decoded = decoded.copy(aligned).scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        sx = target.width() / qreal(aligned.width());
        sy = target.height() / qreal(aligned.height());
        source = QRectF((source.x() - aligned.x()) * sx, (source.y() - aligned.y()) * sy, source.width() * sx,
                        source.height() * sy);
    }
    QImage out(region.size(), QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter painter(&out);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(QRectF(QPointF(0, 0), QSizeF(region.size())), decoded, source);
    painter.end();
    return out;
}

qint64 ImagePageSource::frameCacheBytes()
{
    FrameCache &cache = frameCache();
    QMutexLocker lock(&cache.mutex);
    return cache.bytes;
}

void ImagePageSource::clearFrameCache()
{
    FrameCache &cache = frameCache();
    QMutexLocker lock(&cache.mutex);
    cache.frames.clear();
    cache.bytes = 0;
}

} // namespace kessai::render
