// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace kessai {

/// 年度: the Japanese fiscal year runs April 1 – March 31 and is named by the year it starts in.
namespace FiscalYear {
int of(const QDate &date);
QDate firstDay(int fiscalYear);
QDate lastDay(int fiscalYear);
} // namespace FiscalYear

} // namespace kessai
