// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/desk/DeskSnapshot.h"

#include "core/desk/DeskTable.h"

class QChartView;
class QPrinter;
class QWidget;

namespace kessai::gui {

/// The desk on paper or as PDF (Qt PrintSupport): title and period, the rate with its counts
/// and rules, the trend chart, the units list.
namespace DeskPrinter {

bool writePdf(const QString &path, const DeskSnapshot &snapshot, QChartView *chart, const DeskTable::EraDate &era);
/// Asks for a printer (QPrintDialog) and prints.
void print(QWidget *parent, const DeskSnapshot &snapshot, QChartView *chart, const DeskTable::EraDate &era);
/// Paints onto printer (already set up).
bool paint(QPrinter &printer, const DeskSnapshot &snapshot, QChartView *chart, const DeskTable::EraDate &era);

} // namespace DeskPrinter

} // namespace kessai::gui
