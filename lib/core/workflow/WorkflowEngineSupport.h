// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to WorkflowEngine: shared by its rules (WorkflowEngineRules.cpp) and its
// transitions (WorkflowEngine.cpp). Not part of the library's interface.

#include "core/workflow/WorkflowEngine.h"

namespace kessai::workflow {

QString stepText(const WorkflowStep &s, const WorkflowEngine::Context &ctx);
/// The actor is the registered proxy of the step's absent assignee and may act for them.
bool isProxyFor(const WorkflowStep &s, const WorkflowEngine::Actor &actor,
                const WorkflowEngine::Context &ctx);
/// Why the action is refused (empty: allowed). validate: also run RouteValidator for 提出.
QString check(const WorkflowCase &c, const WorkflowAction &a, const WorkflowEngine::Actor &actor,
              const WorkflowEngine::Context &ctx, bool validate, QStringList *problems);

} // namespace kessai::workflow
