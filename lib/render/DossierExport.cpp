// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/DossierExport.h"

#include "render/RenderEngine.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>

namespace kessai::render {

namespace {
/// Runs an event loop until done() or the deadline; true when done() held.
bool waitUntil(const std::function<bool()> &done, const QDeadlineTimer &deadline)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || deadline.hasExpired())
            loop.quit();
    });
    poll.start(20);
    if (!done() && !deadline.hasExpired())
        loop.exec();
    return done();
}
/// The PNG files render workers write for pages they have just drawn: the path each page is
/// expected under, and whether it was written. Shared with the workers, which may still hold it
/// after the export has ended (closed then: nothing more is written).
class EncodedOnWorker
{
public:
    void expect(const RenderKey &key, const QString &path)
    {
        std::lock_guard lock(m_mutex);
        m_paths.insert(key, path);
    }
    void encode(const RenderKey &key, const QImage &image)
    {
        QString path;
        {
            std::lock_guard lock(m_mutex);
            if (m_closed)
                return;
            path = m_paths.take(key);
            if (path.isEmpty())
                return; // not a page of this export
            ++m_writing;
        }
        const bool saved = image.save(path, "PNG");
        std::lock_guard lock(m_mutex);
        m_saved.insert(key, saved);
        --m_writing;
        m_written.notify_all();
    }
    /// Whether the page was written on its worker; nothing when it was not encoded there.
    std::optional<bool> outcome(const RenderKey &key)
    {
        std::lock_guard lock(m_mutex);
        const auto found = m_saved.constFind(key);
        if (found == m_saved.cend())
            return std::nullopt;
        const bool saved = *found;
        m_saved.erase(found);
        return saved;
    }
    /// Nothing is written from now on, and no file is half-written when this returns.
    void close()
    {
        std::unique_lock lock(m_mutex);
        m_closed = true;
        m_written.wait(lock, [this] { return m_writing == 0; });
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_written;
    int m_writing = 0;
    QHash<RenderKey, QString> m_paths;
    QHash<RenderKey, bool> m_saved;
    bool m_closed = false;
};

} // namespace

DossierExport::DossierExport(RenderEngine &engine, Options options)
    : m_engine(engine)
    , m_options(std::move(options))
{}

bool DossierExport::allOk() const
{
    return std::all_of(m_results.cbegin(), m_results.cend(),
                       [](const ItemResult &r) { return r.status == QLatin1String("ok"); });
}

QString DossierExport::safeName(const QString &name)
{
    QString base = name;
    const int dot = int(base.lastIndexOf(QLatin1Char('.')));
    if (dot > 0 && base.size() - dot <= 6)
        base.truncate(dot);
    static const QRegularExpression unsafe(QStringLiteral("[\\x00-\\x1F\\x7F/\\\\:*?\"<>|]"));
    base.replace(unsafe, QStringLiteral("_"));
    base = base.trimmed();
    if (base.size() > 80)
        base = base.left(80);
    return base.isEmpty() ? QStringLiteral("attachment") : base;
}

QString DossierExport::fileName(const DossierItem &item, const QString &suffix) const
{
    const int width = m_engine.itemCount() >= 100 ? 3 : 2;
    return QDir(m_options.outputDirectory)
        .filePath(QStringLiteral("%1-%2-%3.png")
                      .arg(item.position > 0 ? item.position : item.index + 1, width, 10, QLatin1Char('0'))
                      .arg(safeName(item.name), suffix));
}

bool DossierExport::run(const std::function<void(const ItemResult &)> &onItem)
{
    const QDeadlineTimer deadline(m_options.timeoutMs);
    bool opened = m_engine.itemCount() > 0;
    bool failed = false;
    const QMetaObject::Connection c1 =
        QObject::connect(&m_engine, &RenderEngine::opened, [&] { opened = true; });
    const QMetaObject::Connection c2 =
        QObject::connect(&m_engine, &RenderEngine::openFailed, [&](const QString &message) {
            failed = true;
            m_error = message;
        });
    waitUntil([&] { return opened || failed; }, deadline);
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    if (failed)
        return false;
    if (!opened) {
        m_error = tr("The dossier could not be read in time.");
        return false;
    }
    QDir().mkpath(m_options.outputDirectory);

    // Items in order, each as soon as it is ready: the first lines do not wait for the last
    // conversion. An item still loading or converting holds the ones after it (bounded by
    // LibreOffice's own time limits and ours); a locked PDF is unlocked when its turn comes.
    struct Pending
    {
        int item;
        int page;
        QString path;
    };
    QHash<RenderKey, Pending> waiting;
    QHash<int, int> remaining; // item → pages not written yet
    QHash<int, QString> pageErrors;
    QSet<int> unlockTried;
    int unlocking = 0;
    const QMetaObject::Connection unlocked =
        QObject::connect(&m_engine, &RenderEngine::unlockFinished, [&](int, bool) { --unlocking; });
    m_results.clear();
    int prepared = 0; // items whose result is set up (their state is final)
    auto prepare = [&](int i) {
        ItemResult &result = m_results[i];
        result.item = m_engine.item(i);
        result.status = DossierItem::stateCode(result.item.state);
        if (result.status == QLatin1String("ready"))
            result.status = QStringLiteral("ok");
        result.message = result.item.message;
        remaining.insert(i, result.item.pageCount());
    };
    for (int i = 0; i < m_engine.itemCount(); ++i)
        m_results.append(ItemResult());
    // PNG encoding costs more than rendering, and never runs on this thread, which only hands
    // pages around. The render worker encodes the page it has just drawn (the image still in
    // its core's cache); a page that reaches this thread without that (drawn before) goes to
    // the encoders (QImage is reentrant, each job has its own copy).
    QObject encoded; // the encoders' results come back to this thread through it
    int encoding = 0;
    std::function<void()> feed;
    auto onWorker = std::make_shared<EncodedOnWorker>(); // shared: a late render may outlive run()
    m_engine.setAfterRender([onWorker](const RenderKey &key, const QImage &image) {
        onWorker->encode(key, image);
    });
    QThreadPool encoders; // declared last: its destructor waits for the jobs using the above
    encoders.setMaxThreadCount(qMax(2, QThread::idealThreadCount()));
    auto written = [&](int item, const QString &path, bool saved) {
        ItemResult &result = m_results[item];
        if (saved) {
            result.files.append(QFileInfo(path).fileName());
            ++result.pagesWritten;
        } else {
            pageErrors[item] = tr("%1 could not be written.").arg(path);
        }
        --remaining[item];
    };
    const QMetaObject::Connection done = QObject::connect(
        &m_engine, &RenderEngine::pageRendered, [&](const RenderKey &key, const QImage &image) {
            const auto it = waiting.find(key);
            if (it == waiting.end())
                return;
            const int item = it->item;
            const QString path = it->path;
            waiting.erase(it);
            if (const std::optional<bool> saved = onWorker->outcome(key)) {
                written(item, path, *saved);
                feed();
                return;
            }
            ++encoding;
            encoders.start([&, image, path, item] {
                const bool saved = image.save(path, "PNG");
                QMetaObject::invokeMethod(&encoded, [&, path, item, saved] {
                    written(item, path, saved);
                    --encoding;
                    feed();
                });
            });
            feed();
        });
    const QMetaObject::Connection fail = QObject::connect(&m_engine, &RenderEngine::renderFailed,
                                                          [&](const RenderKey &key, const QString &message) {
                                                              const auto it = waiting.find(key);
                                                              if (it == waiting.end())
                                                                  return;
                                                              pageErrors[it->item] = message;
                                                              --remaining[it->item];
                                                              waiting.erase(it);
                                                          });

    const qreal scale = m_options.dpi / 72.0;
    int nextItem = 0;
    int nextPage = 0;
    int reported = 0;
    auto report = [&] {
        while (reported < prepared && remaining.value(reported) <= 0) {
            ItemResult &result = m_results[reported];
            if (pageErrors.contains(reported)) {
                result.status = QStringLiteral("failed");
                result.message = pageErrors.value(reported);
            }
            if (onItem)
                onItem(result);
            ++reported;
        }
    };
    feed = [&] {
        // Pages asked for and pages being encoded are both held in memory: bound them together.
        while (waiting.size() + encoding < m_options.parallel + encoders.maxThreadCount() &&
               waiting.size() < m_options.parallel && nextItem < m_engine.itemCount()) {
            const DossierItem &item = m_engine.item(nextItem);
            if (prepared == nextItem) {
                if (unlocking > 0 || item.state == DossierItem::State::Loading ||
                    item.state == DossierItem::State::Converting)
                    break; // its turn has not come yet
                if (item.state == DossierItem::State::NeedsPassword && !m_options.password.isEmpty() &&
                    !unlockTried.contains(nextItem)) {
                    unlockTried.insert(nextItem);
                    ++unlocking;
                    m_engine.unlock(nextItem, m_options.password);
                    break;
                }
                prepare(prepared++);
            }
            if (nextPage >= item.pageCount()) {
                ++nextItem;
                nextPage = 0;
                continue;
            }
            const QSizeF points = item.pageSizes.at(nextPage);
            qreal pageScale = scale;
            const qreal pixels = points.width() * points.height() * scale * scale;
            const qreal maxPixels = qMin(m_options.maxPixels, RenderBudget::kMaxPagePixels);
            if (pixels > maxPixels) { // a little under: the pixel size is rounded up
                pageScale = std::sqrt(maxPixels / (points.width() * points.height())) * 0.995;
                m_results[nextItem].message = tr("Page %1 was written at %2 dpi (it is very large).")
                                                  .arg(nextPage + 1)
                                                  .arg(qRound(pageScale * 72));
            }
            const RenderEngine::View view{nextItem, nextPage, pageScale, 0, {}};
            const QList<RenderKey> keys = m_engine.keysFor(view, false);
            if (keys.isEmpty()) {
                --remaining[nextItem];
            } else {
                const DossierItem &dossierItem = m_results.at(nextItem).item;
                const QString path =
                    dossierItem.showsCard()
                        ? fileName(dossierItem, QStringLiteral("card"))
                        : fileName(dossierItem,
                                   QStringLiteral("p%1").arg(nextPage + 1, dossierItem.pageCount() >= 1000 ? 4 : 3,
                                                             10, QLatin1Char('0')));
                waiting.insert(keys.constFirst(), {nextItem, nextPage, path});
                onWorker->expect(keys.constFirst(), path);
                m_engine.request(view);
            }
            ++nextPage;
        }
        report();
    };
    m_engine.setTileThreshold(qMax<qint64>(m_options.maxPixels + 1, RenderEngine::kDefaultTileThreshold));
    // Each page is written once: keeping it in the display cache would only cost memory.
    const qint64 cacheBudget = m_engine.cacheBudget();
    m_engine.setCacheBudget(0);
    feed();
    waitUntil(
        [&] {
            feed();
            return reported >= m_results.size();
        },
        deadline);
    m_engine.setAfterRender(nullptr);
    onWorker->close(); // a page still being drawn is not written after the time is up
    QObject::disconnect(done);
    QObject::disconnect(fail);
    QObject::disconnect(unlocked);
    encoders.waitForDone(); // their results are dropped with `encoded`: the time is up
    m_engine.setCacheBudget(cacheBudget);
    if (reported < m_results.size()) {
        while (prepared < m_results.size())
            prepare(prepared++);
        for (int i = reported; i < m_results.size(); ++i) {
            m_results[i].status = QStringLiteral("failed");
            m_results[i].message = tr("Not finished within the time limit.");
        }
        remaining.clear();
        report();
    }
    return true;
}

} // namespace kessai::render
