// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/PdfPageSource.h"

#include "render/PdfStructureScan.h"
#include "render/RenderAllowance.h"
#include "render/RenderBudget.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QLoggingCategory>

#include <mutex>
#include <poppler-qt6.h>

Q_LOGGING_CATEGORY(lcPoppler, "kessai.render.poppler", QtWarningMsg)

namespace kessai::render {

namespace {

/// What Poppler's abort callback looks at during one render: the caller's flag and the page's
/// time budget (an enormous content stream ends there).
struct RenderLimits
{
    const std::atomic_bool *abort = nullptr;
    QDeadlineTimer deadline;
};

bool shouldAbort(const QVariant &closure)
{
    const auto *limits = reinterpret_cast<const RenderLimits *>(closure.value<quintptr>());
    return (limits->abort && limits->abort->load(std::memory_order_relaxed)) || limits->deadline.hasExpired();
}

Poppler::Page::Rotation popplerRotation(int degrees)
{
    switch (((degrees % 360) + 360) % 360) {
    case 90:
        return Poppler::Page::Rotate90;
    case 180:
        return Poppler::Page::Rotate180;
    case 270:
        return Poppler::Page::Rotate270;
    default:
        return Poppler::Page::Rotate0;
    }
}
} // namespace

/// A document taken from the source's pool for one operation, given back when destroyed.
class PdfPageSource::Lease
{
public:
    explicit Lease(const PdfPageSource &source)
        : m_source(const_cast<PdfPageSource &>(source))
    {
        std::unique_lock lock(m_source.m_mutex);
        m_source.m_returned.wait(
            lock, [this] { return !m_source.m_idle.empty() || m_source.m_open < m_source.m_maxInstances; });
        if (!m_source.m_idle.empty()) {
            m_document = std::move(m_source.m_idle.back());
            m_source.m_idle.pop_back();
            return;
        }
        ++m_source.m_open; // counted now so that no other thread opens one more meanwhile
        lock.unlock();
        m_document = m_source.openDocument();
        if (!m_document) {
            lock.lock();
            --m_source.m_open;
            m_source.m_returned.notify_one();
        }
    }
    ~Lease()
    {
        std::lock_guard lock(m_source.m_mutex);
        if (m_document)
            m_source.m_idle.push_back(std::move(m_document));
        m_source.m_returned.notify_one();
    }
    Lease(const Lease &) = delete;
    Lease &operator=(const Lease &) = delete;

    Poppler::Document *document() const { return m_document.get(); }

private:
    PdfPageSource &m_source;
    std::unique_ptr<Poppler::Document> m_document;
};

void PdfPageSource::routePopplerMessages()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Poppler::setDebugErrorFunction(
            [](const QString &message, const QVariant &) { qCDebug(lcPoppler).noquote() << message; },
            QVariant());
    });
}

PdfPageSource::PdfPageSource(const QString &path, const QList<QSizeF> &knownSizes, int maxInstances)
    : m_maxInstances(qMax(1, maxInstances))
    , m_path(path)
    , m_pageTimeMs(RenderBudget::kPageTimeMs)
{
    routePopplerMessages();
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document) {
        m_error = loadFailureReason(path);
        return;
    }
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    // What Poppler cannot be interrupted in is refused unread (PdfStructureScan).
    const PdfStructureScan::Result structure = PdfStructureScan::scan(path);
    const QSize image = structure.largestImage;
    if (qint64(image.width()) * image.height() > RenderBudget::kMaxImagePixels) {
        m_error = tr("The PDF contains an image of %1 × %2 pixels, more than Kessai draws (%3 megapixels "
                     "at most).")
                      .arg(image.width())
                      .arg(image.height())
                      .arg(RenderBudget::kMaxImagePixels / (1024 * 1024));
        return;
    }
    if (structure.formCycle || structure.formNesting > RenderBudget::kMaxFormNesting) {
        m_error = structure.formCycle
                      ? tr("The PDF contains a drawing that draws itself without end.")
                      : tr("The PDF nests drawings within drawings %1 levels deep, more than Kessai draws "
                           "(%2 at most).")
                            .arg(structure.formNesting)
                            .arg(RenderBudget::kMaxFormNesting);
        return;
    }
    if (document->isLocked()) {
        m_state = State::NeedsPassword;
        m_error = tr("The PDF is protected by a password.");
    } else {
        readSizes(*document, knownSizes);
    }
    m_open = 1;
    m_idle.push_back(std::move(document));
}

PdfPageSource::~PdfPageSource() = default;

QString PdfPageSource::loadFailureReason(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("The PDF cannot be read: %1").arg(file.errorString());
    if (file.size() == 0)
        return tr("The PDF is empty (0 bytes).");
    const QByteArray head = file.read(1024);
    if (!head.contains("%PDF-"))
        return tr("The file is not a PDF.");
    file.seek(qMax<qint64>(0, file.size() - 2048));
    if (!file.read(2048).contains("%%EOF"))
        return tr("The PDF is incomplete: it ends before its end-of-file marker (it was probably cut off "
                  "while being copied or downloaded).");
    return tr("The PDF is damaged: its structure cannot be read.");
}

void PdfPageSource::readSizes(Poppler::Document &document, const QList<QSizeF> &knownSizes)
{
    const int count = document.numPages();
    if (count <= 0) {
        m_state = State::Failed;
        m_error = tr("The PDF has no pages.");
        return;
    }
    // A page tree may declare a million pages: show a bounded number, measured in bounded time.
    const int shown = qMin(count, RenderBudget::kMaxPdfPages);
    m_note.clear();
    if (shown < count) {
        m_note = tr("Only the first %1 of its %2 pages are shown.")
                     .arg(QLocale().toString(shown), QLocale().toString(count));
    }
    if (knownSizes.size() == shown) {
        m_sizes = knownSizes;
    } else {
        m_sizes.clear();
        m_sizes.reserve(shown);
        QElapsedTimer measuring;
        measuring.start();
        QSizeF last(595.28, 841.89);
        for (int i = 0; i < shown; ++i) {
            if (measuring.elapsed() > RenderBudget::kMeasureTimeMs) { // the rest is assumed alike
                m_sizes.append(last);
                continue;
            }
            const std::unique_ptr<Poppler::Page> page = document.page(i);
            const QSizeF size = page ? page->pageSizeF() : QSizeF();
            if (size.isValid() && !size.isEmpty())
                last = size;
            m_sizes.append(last);
        }
    }
    m_state = State::Ready;
    m_error.clear();
}

std::unique_ptr<Poppler::Document> PdfPageSource::openDocument() const
{
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(m_path, m_password, m_password);
    if (document) {
        document->setRenderHint(Poppler::Document::Antialiasing);
        document->setRenderHint(Poppler::Document::TextAntialiasing);
        if (document->isLocked())
            document.reset();
    }
    return document;
}

PageSource::State PdfPageSource::state() const
{
    std::lock_guard lock(m_mutex);
    return m_state;
}

QString PdfPageSource::errorString() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

QString PdfPageSource::note() const
{
    std::lock_guard lock(m_mutex);
    return m_state == State::Ready ? m_note : QString();
}

int PdfPageSource::pageCount() const
{
    std::lock_guard lock(m_mutex);
    return m_state == State::Ready ? int(m_sizes.size()) : 0;
}

QSizeF PdfPageSource::pageSize(int page) const
{
    std::lock_guard lock(m_mutex);
    return m_state == State::Ready ? m_sizes.value(page) : QSizeF();
}

QImage PdfPageSource::render(const Request &request, const std::atomic_bool *abort)
{
    if (state() != State::Ready || request.page < 0 || request.page >= pageCount() || request.scale <= 0 ||
        aborted(abort))
        return {};
    const QSize whole = pixelSize(request.page, request.scale, request.rotation);
    const QRect region = request.region.isNull() ? QRect(QPoint(0, 0), whole)
                                                 : request.region.intersected(QRect(QPoint(0, 0), whole));
    // Larger images are asked for as tiles (RenderEngine) or at a lower dpi (DossierExport).
    if (region.isEmpty() || qint64(region.width()) * region.height() > RenderBudget::kMaxPagePixels)
        return {};
    const RenderAllowance::Reservation reservation(qint64(region.width()) * region.height(), abort);
    if (!reservation.acquired())
        return {};
    Lease lease(*this);
    if (!lease.document())
        return {};
    const std::unique_ptr<Poppler::Page> page = lease.document()->page(request.page);
    if (!page)
        return {};
    const double dpi = 72.0 * request.scale;
    RenderLimits limits{abort, QDeadlineTimer(m_pageTimeMs.load())};
    QImage image = page->renderToImage(dpi, dpi, region.x(), region.y(), region.width(), region.height(),
                                       popplerRotation(request.rotation), nullptr, nullptr, shouldAbort,
                                       QVariant::fromValue(reinterpret_cast<quintptr>(&limits)));
    if (aborted(abort) || limits.deadline.hasExpired())
        return {}; // a page cut off at its time budget is not shown as if it were whole
    return image;
}

QImage PdfPageSource::renderUpright(int page, qreal scale, const QRect &region, const std::atomic_bool *abort)
{
    return render({page, scale, 0, region}, abort);
}

PageText PdfPageSource::text(int pageIndex)
{
    PageText text;
    if (state() != State::Ready || pageIndex < 0 || pageIndex >= pageCount())
        return text;
    Lease lease(*this);
    if (!lease.document())
        return text;
    const std::unique_ptr<Poppler::Page> page = lease.document()->page(pageIndex);
    if (!page)
        return text;
    const std::vector<std::unique_ptr<Poppler::TextBox>> words = page->textList();
    for (std::size_t w = 0; w < words.size(); ++w) {
        const Poppler::TextBox &word = *words[w];
        const QString wordText = word.text();
        for (int i = 0; i < wordText.size(); ++i) {
            QRectF box = word.charBoundingBox(i);
            if (box.isNull())
                box = word.boundingBox();
            text.append(wordText.mid(i, 1), box);
        }
        if (w + 1 == words.size())
            break;
        // Words linked by nextWord() are on one line; otherwise the line ends here.
        if (word.nextWord() == nullptr)
            text.append(QStringLiteral("\n"));
        else if (word.hasSpaceAfter())
            text.append(QStringLiteral(" "));
    }
    return text;
}

bool PdfPageSource::unlock(const QString &password)
{
    std::lock_guard lock(m_mutex);
    if (m_state != State::NeedsPassword)
        return m_state == State::Ready;
    if (m_idle.empty())
        return false;
    Poppler::Document &document = *m_idle.back();
    const QList<QByteArray> candidates{password.toUtf8(), password.toLatin1()};
    for (const QByteArray &candidate : candidates) {
        document.unlock(candidate, candidate);
        if (!document.isLocked()) {
            m_password = candidate;
            readSizes(document, {});
            return m_state == State::Ready;
        }
    }
    m_error = tr("The password is not correct.");
    return false;
}

} // namespace kessai::render
