// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/record/PrintOptions.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QPrinter;

namespace kessai::gui {

/// Prints a record PDF (RecordPdfWriter: the 鑑 and the attachments, footer n/N already on each
/// page) onto a QPrinter, one page at a time, so memory stays the same for 15 or 1,500 pages.
/// Each page is drawn at its own size or fitted (and turned) to the paper; with
/// newSheetPerAttachment an attachment never starts on the back of a sheet. Runs on a worker
/// thread for printing (QPainter on a QPrinter is thread-safe in Qt) and on the GUI thread for
/// the preview.
class RecordPrinter
{
    Q_DECLARE_TR_FUNCTIONS(RecordPrinter)

public:
    RecordPrinter(QString pdfPath, PrintScope scope);

    /// progress(done, total) returns false to stop. False with error() on failure or cancel.
    bool print(QPrinter &printer, const std::function<bool(int, int)> &progress = {}, int maxDpi = 300);
    QString error() const { return m_error; }
    /// Prints only the first pages (the preview: QPrintPreviewDialog keeps every page it is
    /// given in memory and asks for them on the GUI thread). 0: no limit.
    void setPageLimit(int pages) { m_pageLimit = pages; }
    /// The pages of the record PDF at pdfPath (0 when it cannot be read).
    static int pageCount(const QString &pdfPath);

private:
    QString m_path;
    PrintScope m_scope;
    QString m_error;
    int m_pageLimit = 0;
};

} // namespace kessai::gui
