// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/FiscalYear.h"

namespace kessai::FiscalYear {

int of(const QDate &date)
{
    return date.month() >= 4 ? date.year() : date.year() - 1;
}

QDate firstDay(int fiscalYear)
{
    return QDate(fiscalYear, 4, 1);
}

QDate lastDay(int fiscalYear)
{
    return QDate(fiscalYear + 1, 3, 31);
}

} // namespace kessai::FiscalYear
