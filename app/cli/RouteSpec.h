// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workflow/RoutePlan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace kessai::cli {

/// The routes "route set" reads, turned into a RoutePlan:
///  - --steps text: stages separated by ',', the parallel steps of a stage (合議) by '+', each
///    step KIND:LOGIN; a step without a kind takes the one before it in its stage, so
///    "review:sato_y,consult:watanabe_a+kimura_s,decide:suzuki_h" is three stages;
///  - a JSON file: an array of stages, or an object with "stages" (what "route show --json"
///    prints), each stage {"steps": [{"kind": …, "login": … or "assignee_id": …,
///    "absence_rule": "proxy|post_review"}]}.
/// Kinds are the codes (review, consult, decide, circulate, post_review) or 回議, 合議, 決裁,
/// 供覧, 後閲. Steps get RoutePlan's usual absence rule unless the file gives one.
class RouteSpec
{
    Q_DECLARE_TR_FUNCTIONS(RouteSpec)

public:
    /// The id of the user with this login, 0 when there is none.
    using LoginLookup = std::function<qint64(const QString &login)>;

    static std::optional<StepKind> parseKind(const QString &text);

    /// Throws CliError (usage) for text that is not a route, StoreError (BadData) for a login
    /// that is not registered.
    static RoutePlan fromSteps(const QString &text, const LoginLookup &lookup, const QString &command);
    /// Throws StoreError (BadData) naming the stage and step that is wrong.
    static RoutePlan fromJson(const QByteArray &json, const LoginLookup &lookup, const QString &fileName);

private:
    static qint64 userId(const QString &login, const LoginLookup &lookup);
};

} // namespace kessai::cli
