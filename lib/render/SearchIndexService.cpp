// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/SearchIndexService.h"

#include "core/search/SearchIndexStore.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "render/SearchIndexer.h"

#include <QElapsedTimer>
#include <QThread>

namespace kessai::render {

SearchIndexService::SearchIndexService(const DatabaseUrl &url, QObject *parent)
    : QObject(parent)
    , m_url(url)
{}

SearchIndexService::~SearchIndexService()
{
    stop();
}

void SearchIndexService::start()
{
    if (m_thread)
        return;
    m_stop = false;
    m_thread = QThread::create([this] { run(); });
    m_thread->start(QThread::LowestPriority);
}

void SearchIndexService::stop()
{
    if (!m_thread)
        return;
    m_stop = true;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void SearchIndexService::wake()
{
    m_wake = true;
}

void SearchIndexService::run()
{
    const auto rest = [this](int msecs) {
        QElapsedTimer waited;
        waited.start();
        while (!m_stop && !m_wake && waited.elapsed() < msecs)
            QThread::msleep(100);
        m_wake = false;
    };
    try {
        StoreConnection connection(m_url, StoreConnection::Open::Existing);
        SearchIndexer indexer(connection);
        qint64 documents = 0;
        qint64 pages = 0;
        while (!m_stop) {
            documents += indexer.indexQueued(-1, &m_stop);
            if (const QList<qint64> wanted = indexer.takeDocumentsWaitingForRendition(); !wanted.isEmpty())
                emit renditionsWanted(wanted);
            QElapsedTimer ocrTime;
            ocrTime.start();
            const int read = indexer.ocrWaiting(1, &m_stop);
            pages += read;
            const qint64 waiting = indexer.ocrPagesWaiting() + SearchIndexStore(connection).pendingCount();
            emit progress(documents, pages, waiting);
            if (read > 0)
                rest(int(ocrTime.elapsed() * kRestPercent / 100));
            else
                rest(kIdleMs);
        }
    } catch (const StoreError &error) {
        emit failed(error.message());
    }
}

} // namespace kessai::render
