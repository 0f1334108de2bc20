// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/StoreVerifier.h"
#include "core/store/DatabaseUrl.h"

#include <QDialog>
#include <QTimer>

#include <atomic>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;

namespace kessai::gui {

class StoreClient;

/// Tools → 検証: runs StoreVerifier (every stored content and the audit log) on a store thread
/// of its own, shows its progress, can cancel it, and then lists what it found.
class StoreVerifyDialog : public QDialog
{
    Q_OBJECT

public:
    StoreVerifyDialog(const DatabaseUrl &url, QWidget *parent = nullptr);
    ~StoreVerifyDialog() override;

    /// Starts the check (once).
    void start();
    bool isRunning() const { return m_running; }
    /// What the result shows (for tests): the summary line and the problems, one per line.
    QString summaryText() const;
    QString problemsText() const;

public slots:
    void cancel();
    void reject() override;

private:
    /// Shared with the store thread: it writes the progress, the dialog reads it on a timer.
    struct Shared
    {
        std::atomic<qint64> bytesDone{0};
        std::atomic<qint64> bytesTotal{0};
        std::atomic<qint64> blobsDone{0};
        std::atomic<qint64> blobsTotal{0};
        std::atomic_bool cancel{false};
    };

    void showProgress();
    void finish(const StoreVerifier::Report &report);
    void fail(const QString &message);
    void setFinished();

    DatabaseUrl m_url;
    std::shared_ptr<Shared> m_shared = std::make_shared<Shared>();
    // A store thread of its own: a check of many gigabytes must not hold up the window's other jobs.
    StoreClient *m_client;
    QTimer m_poll;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPlainTextEdit *m_problems;
    QDialogButtonBox *m_buttons;
    bool m_running = false;
    bool m_started = false;
};

} // namespace kessai::gui
