// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/desk/RateExclusion.h"

#include <QCoreApplication>
#include <QList>


namespace kessai {

class Session;
class StoreConnection;

/// The office's settings of the 電子決裁率: the exclusion rules (rate_exclusions; the decision
/// kinds they may name are DecisionKindList's). Anyone reads them; administrators add and remove
/// rules, each change one transaction with its audit event (desk.exclusion.add,
/// desk.exclusion.remove). The target rate is DecisionStatistics::setTarget.
class RateSettings
{
    Q_DECLARE_TR_FUNCTIONS(RateSettings)

public:
    explicit RateSettings(StoreConnection &connection);

    /// The rules in force, oldest first, each with what it names in words.
    QList<RateExclusion> exclusions();
    /// Adds a rule (StoreError BadData when it names nothing, an unknown level or kind, or has no
    /// note; Refused unless the session's user is an administrator). Returns its id.
    qint64 addExclusion(const Session &session, const RateExclusion &rule);
    void removeExclusion(const Session &session, qint64 id);

private:
    StoreConnection &m_connection;
};

} // namespace kessai
