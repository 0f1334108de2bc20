// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/DatabaseUrl.h"

#include <QObject>

#include <atomic>

class QThread;

namespace kessai::render {

/// Keeps the search index up to date in the background of the desktop application: a low
/// priority thread with its own connection runs SearchIndexer over the queue, then OCRs one page
/// at a time, resting between pages so that the user's machine stays responsive (throttled),
/// and looks again every little while. Stopping (or closing the window) abandons the page being
/// read; everything done is committed and the next start resumes there.
class SearchIndexService : public QObject
{
    Q_OBJECT

public:
    static constexpr int kIdleMs = 15000;   ///< how often an idle indexer looks for work
    static constexpr int kRestPercent = 50; ///< rest this share of the time OCR took

    explicit SearchIndexService(const DatabaseUrl &url, QObject *parent = nullptr);
    ~SearchIndexService() override;

    void start();
    void stop();
    /// Looks for work now (after a change in this client).
    void wake();

signals:
    /// Documents indexed and OCR pages read since the start, and what waits (for a status line).
    void progress(qint64 documents, qint64 ocrPages, qint64 waiting);
    void failed(const QString &message);
    /// Documents whose office files wait for a rendition before their text can be indexed.
    void renditionsWanted(const QList<qint64> &documentIds);

private:
    void run();

    DatabaseUrl m_url;
    QThread *m_thread = nullptr;
    std::atomic_bool m_stop{false};
    std::atomic_bool m_wake{false};
};

} // namespace kessai::render
