// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/desk/PaperDeskLists.h"

#include "gui/StoreWorker.h"
#include "gui/desk/DeskLoader.h"

#include "core/documents/DecisionKindList.h"
#include "core/documents/FilingCatalog.h"
#include "core/org/OrgStore.h"
#include "core/paper/PaperDecisionStore.h"

namespace kessai::gui {

PaperDeskLists PaperDeskLists::load(StoreWorker &worker)
{
    PaperDeskLists lists;
    for (const DeskUnitChoice &unit : DeskLoader::units(worker))
        lists.units.append({unit.id, unit.name});
    for (const User &user : OrgStore(worker.connection()).users())
        lists.users.append({user.id, QStringLiteral("%1 (%2)").arg(user.displayName, user.login)});
    for (const FilingCatalog::DecisionLevel &level : FilingCatalog(worker.connection()).decisionLevels())
        lists.levels.append({level.id, level.name});
    for (const DecisionKind &kind : DecisionKindList(worker.connection()).kinds())
        lists.kinds.append({kind.id, kind.name});
    for (const PaperReason &reason : PaperDecisionStore(worker.connection()).reasons())
        lists.reasons.append({reason.id, reason.name, reason.needsText});
    return lists;
}

} // namespace kessai::gui
