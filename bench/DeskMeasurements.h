// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LatencyStats.h"

#include "core/store/DatabaseUrl.h"

#include <QStringList>

namespace kessai::bench {

/// The administrator's desk on a filled store (issue 13), through DecisionStatistics as the
/// desk window calls it, as the organization's administrator:
///   - first screen: office rate of the fiscal year + 12-month trend + units furthest below target;
///   - drill-downs: the decisions of one 課 in the year, the documents waiting at one approver;
///   - the raw count of the same decisions by one plain SQL statement, for comparison;
///   - the other tabs (schema 20): where decisions stall (滞留 per approver and per unit, 提出→決裁
///     times and 差戻し by unit) and the paper reasons, with their drill-downs (the paper decisions
///     of one reason, the documents waiting in one 課), and the same figures by the statements of
///     schema 17 (views over every decision), a few samples;
///   - the query plans of the statements.
class DeskMeasurements
{
public:
    struct Result
    {
        LatencyStats firstScreen;
        LatencyStats drillDecisions;
        LatencyStats drillWaiting;
        LatencyStats rawCount;
        LatencyStats stallScreen;
        LatencyStats reasons;
        LatencyStats drillReason;
        LatencyStats drillWaitingUnit;
        LatencyStats oldStall;
        LatencyStats oldReasons;
        qint64 decisions = 0;
        qint64 paper = 0;
        QStringList plans;
    };

    explicit DeskMeasurements(const DatabaseUrl &url);
    Result run(int samples, quint32 seed);

private:
    DatabaseUrl m_url;
};

} // namespace kessai::bench
