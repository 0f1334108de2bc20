// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QProcessEnvironment>
#include <QSizeF>
#include <QStringList>

#include <atomic>
#include <functional>

namespace kessai::render {

/// Runs LibreOffice headless to turn office documents into PDF. Every run gets its own
/// throw-away profile directory (runs sharing one silently lose conversions), runs in its own
/// process group, dies with Kessai (ChildProcessPlatform) and is killed with the whole group
/// when it stalls or is cancelled. LibreOffice exits 0 even when it could not load a file, so
/// every output is checked: it must exist and Poppler must open it with at least one page.
/// Synchronous: call it from a worker thread that outlives the run.
///
/// One bad file does not hold the others: an office zip declaring too much is refused before
/// the run (OfficeArchiveCheck); LibreOffice converts the files in order and says when it
/// reaches each one, so each result is reported as soon as it is known, a file that makes no
/// progress within its own time is stopped and failed alone, and the files after it go on in a
/// new run. No file ever gets more than baseMs + perFileMs.
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
    /// The LibreOffice program itself (soffice.bin) when the launcher sits next to it: the
    /// launcher (oosplash) would survive neither a parent-death signal nor pass it on.
    static QString directProgram(const QString &launcher);
    /// What every LibreOffice Kessai starts gets: profile as its own profile (and HOME), no
    /// window, no display plugin (svp), no start centre, no document recovery.
    static QStringList startOptions(const QString &profile);
    static QProcessEnvironment startEnvironment(const QString &profile);
    /// Poppler's verdict on a PDF: ok with its page sizes, or the reason it is unusable.
    static Result validate(const QString &pdfPath);

    /// Each file may take baseMs + perFileMs, counted from the end of the one before it (or from
    /// the start of the run): a run of many files has no limit of its own that grows with them.
    void setTimeouts(int baseMs, int perFileMs);
    /// The time one file may take (the first of a run).
    int fileTimeout() const { return m_baseMs + m_perFileMs; }

    /// Called with an input's index and its result as soon as that result is known.
    using Progress = std::function<void(int index, const Result &result)>;

    /// Converts inputs (their base names must differ) into outputDirectory, in as few
    /// LibreOffice runs as the files allow; one result per input, in order. cancel, when it
    /// becomes true, kills the run.
    QList<Result> convert(const QStringList &inputs, const QString &outputDirectory,
                          const std::atomic_bool *cancel = nullptr, const Progress &progress = {}) const;

    /// LibreOffice's own words for people: the reasons Kessai knows, translated, with the raw
    /// text kept on a second line ("Details: ...").
    static QString explain(const QString &diagnostics);

    /// LibreOffice processes this converter started (a new profile's restart not counted).
    int runs() const { return m_runs; }

private:
    int m_baseMs = 60000;
    int m_perFileMs = 60000;
    mutable int m_runs = 0;
};

} // namespace kessai::render
