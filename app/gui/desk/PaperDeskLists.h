// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace kessai::gui {

class StoreWorker;

/// The choices the desk's forms offer, read on the store thread in one job: units the user's
/// desk covers, users, 決裁区分, decision kinds and paper reasons (id and name each).
struct PaperDeskLists
{
    struct Choice
    {
        qint64 id = 0;
        QString name;
        bool needsText = false; ///< paper reasons: その他 needs words
    };
    QList<Choice> units;
    QList<Choice> users;
    QList<Choice> levels;
    QList<Choice> kinds;
    QList<Choice> reasons;

    static PaperDeskLists load(StoreWorker &worker);
};

} // namespace kessai::gui
