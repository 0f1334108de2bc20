// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/StoreError.h"
#include "gui/StoreWorker.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <exception>
#include <functional>

namespace kessai::gui {

/// The GUI's only way to the store. Jobs run in order on one store thread; results and
/// failures come back on the GUI thread, and are dropped if their context object is gone.
/// So a slow server or a long query never freezes a window.
class StoreClient : public QObject
{
    Q_OBJECT

public:
    struct Failure
    {
        StoreError::Kind kind = StoreError::Kind::Internal;
        QString message;
        bool passwordRefused = false; ///< the server wants a password (StoreError::isPasswordRefused)
    };
    using FailureHandler = std::function<void(const Failure &)>;

    explicit StoreClient(QObject *parent = nullptr);
    ~StoreClient() override;

    /// Runs job(worker) on the store thread, then done(result) on the GUI thread.
    template <typename Result>
    void call(QObject *context, std::function<Result(StoreWorker &)> job, std::function<void(Result)> done,
              FailureHandler failed = {})
    {
        if (m_pending++ == 0)
            emit busyChanged(true);
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            m_worker,
            [this, guard, job = std::move(job), done = std::move(done), failed = std::move(failed)]() {
                try {
                    Result result = job(*m_worker);
                    deliver(guard, [done, result] { done(result); });
                } catch (const StoreError &error) {
                    deliverFailure(guard, failed,
                                   Failure{error.kind(), error.message(), error.isPasswordRefused()});
                } catch (const std::exception &error) {
                    deliverFailure(
                        guard, failed,
                        Failure{StoreError::Kind::Internal, QString::fromLocal8Bit(error.what()), false});
                }
            },
            Qt::QueuedConnection);
    }

    /// Number of jobs not yet answered (for the busy indicator and tests).
    int pendingJobs() const { return m_pending; }

signals:
    /// A job failed and nobody handled it.
    void unhandledFailure(const QString &message);
    void busyChanged(bool busy);

private:
    void deliver(const QPointer<QObject> &guard, std::function<void()> callback);
    void deliverFailure(const QPointer<QObject> &guard, const FailureHandler &failed, const Failure &failure);

    QThread m_thread;
    StoreWorker *m_worker = nullptr;
    int m_pending = 0;
};

} // namespace kessai::gui
