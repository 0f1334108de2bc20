// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/desk/DeskSnapshot.h"

#include "core/DomainEnums.h"

namespace kessai::gui {

class StoreWorker;

/// The desk's store-thread jobs (run through StoreClient, never on the GUI thread).
namespace DeskLoader {

/// The first screen for query (office rate, units below target rolled up to unitLevel, the trend):
/// read from the tallies, fast at any size.
DeskSnapshot loadFirstScreen(StoreWorker &worker, const DeskQuery &query, UnitLevel unitLevel);
/// The rest of the desk (paper reasons, 滞留, 提出→決裁 times), added to a first screen: these
/// still read the decisions themselves, and come second.
DeskSnapshot loadDetails(StoreWorker &worker, const DeskSnapshot &firstScreen, UnitLevel unitLevel);
/// Whether the session's user has a desk (administrator or 文書管理者).
bool hasDesk(StoreWorker &worker);
/// Whether it covers the whole office (administrators: they also set the rate's rules).
bool seesAll(StoreWorker &worker);
/// The units the user's desk covers, in the organization's order.
QList<DeskUnitChoice> units(StoreWorker &worker);

} // namespace DeskLoader

} // namespace kessai::gui
