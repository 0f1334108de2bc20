// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/PageSource.h"

#include <QCoreApplication>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <vector>

namespace Poppler {
class Document;
}

namespace kessai::render {

/// A PDF through Poppler-Qt6. A Poppler::Document is used by one thread at a time: the source
/// keeps up to maxInstances documents of the same file (each behind the source's mutex while
/// in use), so that two worker threads can render two pages of one PDF at once.
/// Rendering is aborted through Poppler's shouldAbortRenderCallback, when asked to and when the
/// page's time budget is spent. A hostile file costs bounded time and memory (RenderBudget): at
/// most kMaxPdfPages pages are shown and measured, no render is larger than kMaxPagePixels, and a
/// PDF declaring what Poppler cannot be stopped in (a giant image, forms nested without end) is
/// refused before anything is drawn (PdfStructureScan).
class PdfPageSource : public PageSource
{
    Q_DECLARE_TR_FUNCTIONS(PdfPageSource)

public:
    /// Opens path. knownSizes (from the store) spares reading every page's size; they are used
    /// only when their number matches the document's page count.
    explicit PdfPageSource(const QString &path, const QList<QSizeF> &knownSizes = {}, int maxInstances = 2);
    ~PdfPageSource() override;

    State state() const override;
    QString errorString() const override;
    QString note() const override;
    int pageCount() const override;
    QSizeF pageSize(int page) const override;
    QImage render(const Request &request, const std::atomic_bool *abort = nullptr) override;
    PageText text(int page) override;
    bool unlock(const QString &password) override;

    /// The time one render may take before it is stopped (default RenderBudget::kPageTimeMs).
    void setPageTimeBudget(int msecs) { m_pageTimeMs.store(qMax(1, msecs)); }

    /// Poppler's own error lines ("Syntax Error: ...") go to the kessai.render.poppler logging
    /// category instead of stderr. Called by the constructor; harmless to call again.
    static void routePopplerMessages();

protected:
    QImage renderUpright(int page, qreal scale, const QRect &region, const std::atomic_bool *abort) override;

private:
    class Lease;
    std::unique_ptr<Poppler::Document> openDocument() const;
    void readSizes(Poppler::Document &document, const QList<QSizeF> &knownSizes);
    static QString loadFailureReason(const QString &path);

    // Standard primitives, not QMutex/QWaitCondition: QWaitCondition unlocks the mutex inside
    // libQt6Core, out of a ThreadSanitizer build's sight.
    mutable std::mutex m_mutex;
    std::condition_variable m_returned;
    std::vector<std::unique_ptr<Poppler::Document>> m_idle;
    int m_open = 0;
    int m_maxInstances = 2;
    QString m_path;
    QByteArray m_password;
    State m_state = State::Failed;
    QString m_error;
    QList<QSizeF> m_sizes;
    QString m_note;
    std::atomic_int m_pageTimeMs;
};

} // namespace kessai::render
