// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <functional>

class QLabel;
class QObject;
class QPushButton;

namespace kessai::gui {

class StoreClient;
class StoreWorker;

/// How the 文書管理 windows run a change: job on the store thread (StoreClient) with the
/// window's buttons disabled meanwhile, "what…" in the status line, then the job's own words
/// (or "what: the reason" when it is refused) and then() after a success.
struct RecordsJob
{
    StoreClient *client;
    QObject *context;
    QLabel *status;
    QList<QPushButton *> buttons;

    void run(const QString &what, std::function<QString(StoreWorker &)> job, std::function<void()> then) const;
};

} // namespace kessai::gui
