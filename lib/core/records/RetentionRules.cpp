// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/RetentionRules.h"

#include "core/documents/FiscalYear.h"

#include <algorithm>

namespace kessai::RetentionRules {

QDate startsOn(int fileFiscalYear, const QDate &lastCompleted)
{
    int completed = fileFiscalYear;
    if (lastCompleted.isValid())
        completed = std::max(completed, FiscalYear::of(lastCompleted));
    return FiscalYear::firstDay(completed + 1);
}

QDate expiresOn(const QDate &starts, RetentionPeriod period)
{
    const std::optional<int> kept = RecordTerms::years(period);
    if (!kept || !starts.isValid())
        return {};
    return starts.addYears(*kept).addDays(-1);
}

QDate nextFiscalYearEnd(const QDate &today)
{
    return FiscalYear::lastDay(FiscalYear::of(today) + 1);
}

FileLifecycle lifecycle(FileState state, const QDate &starts, const QDate &expires, bool extended,
                        const QDate &today)
{
    switch (state) {
    case FileState::Open:
        return FileLifecycle::InUse;
    case FileState::TransferPending:
        return FileLifecycle::TransferPending;
    case FileState::Transferred:
        return FileLifecycle::Transferred;
    case FileState::Destroyed:
        return FileLifecycle::Destroyed;
    case FileState::Closed:
        break;
    }
    if (expires.isValid() && expires <= nextFiscalYearEnd(today))
        return FileLifecycle::ExpiringSoon;
    if (extended)
        return FileLifecycle::Extended;
    if (starts.isValid() && today < starts)
        return FileLifecycle::Completed;
    return FileLifecycle::Kept;
}

} // namespace kessai::RetentionRules
