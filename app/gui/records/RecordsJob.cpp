// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/records/RecordsJob.h"

#include "gui/StoreClient.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPointer>
#include <QPushButton>

namespace kessai::gui {

void RecordsJob::run(const QString &what, std::function<QString(StoreWorker &)> job, std::function<void()> then) const
{
    for (QPushButton *b : buttons)
        b->setEnabled(false);
    status->setText(QCoreApplication::translate("RecordsJob", "%1…").arg(what));
    // (buttons and status belong to context: the answer never outlives them)
    auto enable = [buttons = buttons] {
        for (QPushButton *b : buttons)
            b->setEnabled(true);
    };
    QLabel *line = status;
    client->call<QString>(
        context, std::move(job),
        [line, enable, then](const QString &done) {
            enable();
            line->setText(done);
            if (then)
                then();
        },
        [line, what, enable](const StoreClient::Failure &failure) {
            enable();
            line->setText(QCoreApplication::translate("RecordsJob", "%1: %2").arg(what, failure.message));
        });
}

} // namespace kessai::gui
