// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/TextLayoutThread.h"

#include <QCoreApplication>
#include <QThread>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>

namespace kessai::render {

namespace {

/// The queue is guarded by standard library primitives (not Qt's futex-based ones) so that a
/// ThreadSanitizer build sees every hand-over between a caller and the text thread.
class Worker : public QThread
{
public:
    struct Job
    {
        std::function<void()> work;
        const std::atomic_bool *abort = nullptr;
        bool done = false;
        bool ran = false;
    };

    Worker() { setObjectName(QStringLiteral("kessai-text")); }

    bool perform(const std::function<void()> &work, const std::atomic_bool *abort)
    {
        auto job = std::make_shared<Job>();
        job->work = work;
        job->abort = abort;
        std::unique_lock lock(m_mutex);
        if (m_stopping) { // after shutdown: nothing else draws any more
            lock.unlock();
            work();
            return true;
        }
        m_jobs.push_back(job);
        m_wake.notify_all();
        m_finished.wait(lock, [&job] { return job->done; });
        return job->ran;
    }

    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
            m_wake.notify_all();
        }
        wait();
    }

protected:
    void run() override
    {
        for (;;) {
            std::shared_ptr<Job> job;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
                if (m_jobs.empty())
                    return; // stopping, and every queued job has run
                job = m_jobs.front();
                m_jobs.pop_front();
            }
            const bool skip = job->abort && job->abort->load(std::memory_order_relaxed);
            if (!skip)
                job->work();
            std::lock_guard lock(m_mutex);
            job->ran = !skip;
            job->done = true;
            m_finished.notify_all();
        }
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_finished;
    std::deque<std::shared_ptr<Job>> m_jobs;
    bool m_stopping = false;
};

std::once_flag startOnce;
// Stopped by a post routine, never deleted: a source destroyed later runs its work inline.
std::atomic<Worker *> worker{nullptr};

void stopWorker()
{
    worker.load()->stop();
}

Worker *instance()
{
    std::call_once(startOnce, [] {
        auto *created = new Worker;
        created->start();
        worker.store(created);
        // Stop before the application tears down the font database: the thread's font cache is
        // then released on the thread that filled it.
        if (QCoreApplication::instance())
            qAddPostRoutine(stopWorker);
    });
    return worker.load();
}

} // namespace

bool TextLayoutThread::run(const std::function<void()> &work, const std::atomic_bool *abort)
{
    if (abort && abort->load(std::memory_order_relaxed))
        return false;
    Worker *thread = instance();
    if (QThread::currentThread() == thread) {
        work();
        return true;
    }
    return thread->perform(work, abort);
}

bool TextLayoutThread::isCurrent()
{
    const Worker *thread = worker.load();
    return thread && QThread::currentThread() == thread;
}

} // namespace kessai::render
