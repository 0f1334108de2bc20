// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/desk/DeskLoader.h"

#include "gui/StoreWorker.h"

#include "core/desk/DecisionStatistics.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/paper/DeskScope.h"

#include <QElapsedTimer>

namespace kessai::gui::DeskLoader {

DeskSnapshot loadFirstScreen(StoreWorker &worker, const DeskQuery &query, UnitLevel unitLevel)
{
    QElapsedTimer timer;
    timer.start();
    Session &session = worker.session();
    DecisionStatistics statistics(worker.connection());
    DeskSnapshot snapshot;
    snapshot.query = query;
    // by unit: its total is the office rate (one aggregate for both)
    snapshot.office = statistics.rate(session, query, RateGrouping::Unit, unitLevel);
    snapshot.units = statistics.unitsBelowTarget(snapshot.office, unitLevel);
    snapshot.trend = statistics.trend(session, query);
    snapshot.elapsedMs = timer.elapsed();
    return snapshot;
}

DeskSnapshot loadDetails(StoreWorker &worker, const DeskSnapshot &firstScreen, UnitLevel unitLevel)
{
    QElapsedTimer timer;
    timer.start();
    Session &session = worker.session();
    DecisionStatistics statistics(worker.connection());
    DeskSnapshot snapshot = firstScreen;
    snapshot.reasons = statistics.paperReasons(session, snapshot.query, unitLevel);
    DecisionStatistics::StallLists stall = statistics.stallLists(session, snapshot.query, unitLevel);
    snapshot.stallByApprover = std::move(stall.byApprover);
    snapshot.stallByUnit = std::move(stall.byUnit);
    snapshot.durations = statistics.durations(session, snapshot.query, RateGrouping::Unit, unitLevel);
    snapshot.detailsMs = timer.elapsed();
    snapshot.complete = true;
    return snapshot;
}

bool hasDesk(StoreWorker &worker)
{
    return DeskScope::of(worker.session()).hasDesk();
}

bool seesAll(StoreWorker &worker)
{
    return DeskScope::of(worker.session()).seesAll();
}

QList<DeskUnitChoice> units(StoreWorker &worker)
{
    const DeskScope scope = DeskScope::of(worker.session());
    QList<DeskUnitChoice> list;
    for (const Unit &unit : OrgStore(worker.connection()).units()) {
        if (scope.covers(unit.id))
            list.append({unit.id, unit.name});
    }
    return list;
}

} // namespace kessai::gui::DeskLoader
