// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSizeF>
#include <QStringList>

#include <atomic>

namespace kessai::render {

/// Runs LibreOffice headless to turn office documents into PDF. Every run gets its own
/// throw-away profile directory (runs sharing one silently lose conversions), runs in its own
/// process group and is killed with the whole group when it exceeds its time limit or is
/// cancelled. LibreOffice exits 0 even when it could not load a file, so every output is
/// checked: it must exist and Poppler must open it with at least one page. Synchronous: call
/// it from a worker thread.
class OfficeConverter
{
    Q_DECLARE_TR_FUNCTIONS(OfficeConverter)

public:
    struct Result
    {
        QString input;
        QString pdf; ///< the output (when ok)
        bool ok = false;
        QString error; ///< for people, when not ok
        /// The failure is this machine's (LibreOffice missing or not starting, no temporary
        /// folder), not the document's: it is not worth remembering.
        bool environmental = false;
        QList<QSizeF> pageSizes;
    };

    /// The soffice executable ($KESSAI_SOFFICE, else soffice/libreoffice on PATH); empty if none.
    static QString program();
    static bool isAvailable() { return !program().isEmpty(); }
    /// "LibreOffice 7.4.7.2" (from soffice --version, asked once), or "LibreOffice".
    static QString converterName();
    /// Poppler's verdict on a PDF: ok with its page sizes, or the reason it is unusable.
    static Result validate(const QString &pdfPath);

    /// One run may take baseMs plus perFileMs for each file it converts.
    void setTimeouts(int baseMs, int perFileMs);
    int timeoutFor(int files) const { return m_baseMs + m_perFileMs * files; }

    /// Converts inputs (their base names must differ) into outputDirectory in one LibreOffice
    /// run; one result per input, in order. cancel, when it becomes true, kills the run.
    QList<Result> convert(const QStringList &inputs, const QString &outputDirectory,
                          const std::atomic_bool *cancel = nullptr) const;

private:
    int m_baseMs = 60000;
    int m_perFileMs = 60000;
};

} // namespace kessai::render
