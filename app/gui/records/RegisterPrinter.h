// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/RecordFile.h"

#include <QCoreApplication>
#include <QList>

class QPagedPaintDevice;
class QWidget;

namespace kessai::gui {

/// Prints the 行政文書ファイル管理簿 through Qt PrintSupport: A4 landscape, the title, the national
/// columns (RecordsRegister::headings) repeated at the top of every page, each row's cells
/// wrapped within their column, "n / N" at the foot. paint() draws on any paged device (a
/// QPrinter for paper or PDF); preview() opens QPrintPreviewDialog, from which the user prints.
class RegisterPrinter
{
    Q_DECLARE_TR_FUNCTIONS(RegisterPrinter)

public:
    /// Sets the device to A4 landscape and draws the register; returns the number of pages.
    static int paint(QPagedPaintDevice *device, const QList<RecordFile> &files, const QString &title);
    /// The print preview (modal), printing on the user's printer when they ask.
    static void preview(const QList<RecordFile> &files, const QString &title, QWidget *parent);
};

} // namespace kessai::gui
