// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/desk/DeskFigures.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace kessai::gui {

/// Everything the desk's first screen shows, computed in one job on the store thread
/// (DeskLoader): the office rate, the 12-month trend, the units list, reasons and 滞留.
struct DeskSnapshot
{
    DeskQuery query;
    RateReport office;             ///< rate of the query
    RateReport trend;              ///< by month, every month of the period
    QList<RateRow> units;          ///< furthest below the target first
    QList<PaperReasonCount> reasons;
    QList<StallRow> stallByApprover;
    QList<StallRow> stallByUnit;
    QList<DurationRow> durations;  ///< by unit
    qint64 elapsedMs = 0;          ///< the first screen
    qint64 detailsMs = 0;          ///< reasons, 滞留 and times
    bool complete = false;         ///< the details are in
};

/// A unit the desk may be narrowed to (the units the user's desk covers).
struct DeskUnitChoice
{
    qint64 id = 0;
    QString name;
};

} // namespace kessai::gui

Q_DECLARE_METATYPE(kessai::gui::DeskSnapshot)
