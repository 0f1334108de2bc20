// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/PdfPageSource.h"

#include <QFile>
#include <QLoggingCategory>

#include <mutex>
#include <poppler-qt6.h>

Q_LOGGING_CATEGORY(lcPoppler, "kessai.render.poppler", QtWarningMsg)

namespace kessai::render {

namespace {

bool shouldAbort(const QVariant &closure)
{
    const auto *flag = reinterpret_cast<const std::atomic_bool *>(closure.value<quintptr>());
    return flag && flag->load(std::memory_order_relaxed);
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
{
    routePopplerMessages();
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document) {
        m_error = loadFailureReason(path);
        return;
    }
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
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
    if (knownSizes.size() == count) {
        m_sizes = knownSizes;
    } else {
        m_sizes.clear();
        m_sizes.reserve(count);
        for (int i = 0; i < count; ++i) {
            const std::unique_ptr<Poppler::Page> page = document.page(i);
            const QSizeF size = page ? page->pageSizeF() : QSizeF();
            m_sizes.append(size.isValid() && !size.isEmpty() ? size : QSizeF(595.28, 841.89));
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
    if (region.isEmpty())
        return {};
    Lease lease(*this);
    if (!lease.document())
        return {};
    const std::unique_ptr<Poppler::Page> page = lease.document()->page(request.page);
    if (!page)
        return {};
    const double dpi = 72.0 * request.scale;
    QImage image;
    if (abort) {
        image = page->renderToImage(dpi, dpi, region.x(), region.y(), region.width(), region.height(),
                                    popplerRotation(request.rotation), nullptr, nullptr, shouldAbort,
                                    QVariant::fromValue(reinterpret_cast<quintptr>(abort)));
    } else {
        image = page->renderToImage(dpi, dpi, region.x(), region.y(), region.width(), region.height(),
                                    popplerRotation(request.rotation));
    }
    if (aborted(abort))
        return {};
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
