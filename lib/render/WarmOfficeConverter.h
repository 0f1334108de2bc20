// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/OfficeBridge.h"
#include "render/OfficeConverter.h"

#include <QCoreApplication>

#include <memory>

class QTemporaryDir;

namespace kessai::render {

/// Office documents to PDF through one LibreOffice kept running between documents (OfficeBridge),
/// so a document costs its load and store (tens of milliseconds for a small one) instead of
/// LibreOffice's start (about a second). Same contract as OfficeConverter: one result per input,
/// each reported as soon as it is known, every PDF checked with Poppler, refusals of
/// OfficeArchiveCheck first. A document gets fileTimeout(): past it LibreOffice and the helper
/// are killed and the document fails alone; the next document starts them again. When they die
/// during a document it is tried once more with a new LibreOffice. LibreOffice is also started
/// anew after restartAfter() documents (its memory only grows).
///
/// Each LibreOffice gets a profile of its own; the first one that ends cleanly leaves a copy in
/// the user's cache (profileTemplate()), from which later ones start: a new profile costs
/// LibreOffice a start and a restart. A template that LibreOffice cannot start from is removed.
///
/// Where no Python with UNO (python3-uno, or LibreOffice's own) or no helper script is found,
/// or LibreOffice will not listen, it says so once in the log and converts as OfficeConverter
/// does, one LibreOffice run per batch, for the rest of its life.
/// Synchronous and not thread-safe: one worker thread that outlives LibreOffice uses it.
class WarmOfficeConverter
{
    Q_DECLARE_TR_FUNCTIONS(WarmOfficeConverter)

public:
    using Result = OfficeConverter::Result;
    using Progress = OfficeConverter::Progress;

    WarmOfficeConverter();
    ~WarmOfficeConverter(); ///< ends LibreOffice
    WarmOfficeConverter(const WarmOfficeConverter &) = delete;
    WarmOfficeConverter &operator=(const WarmOfficeConverter &) = delete;

    /// baseMs + perFileMs: LibreOffice's start, and one document (as OfficeConverter's).
    void setTimeouts(int baseMs, int perFileMs);
    int fileTimeout() const { return m_fallback.fileTimeout(); }
    void setRestartAfter(int documents);
    int restartAfter() const { return m_restartAfter; }
    /// false: always one LibreOffice run per batch, as where UNO is missing.
    void setWarmAllowed(bool allowed) { m_allowed = allowed; }
    /// Still converting through a kept LibreOffice (false once it fell back, or when not allowed).
    bool isWarmPath() const { return m_allowed && m_usable; }
    bool isRunning() const { return m_bridge.isRunning(); }

    /// Converts inputs (their base names must differ) into outputDirectory as
    /// OfficeConverter::convert does; cancel, when it becomes true, kills LibreOffice.
    QList<Result> convert(const QStringList &inputs, const QString &outputDirectory,
                          const std::atomic_bool *cancel = nullptr, const Progress &progress = {});
    /// Ends LibreOffice (it is started again for the next document).
    void stop();
    /// The user's prepared LibreOffice profile (in Kessai's cache folder; empty when none is known).
    static QString profileTemplate();

    /// LibreOffice starts that got to converting, kept and per-batch ones alike (one started
    /// beside a helper that then found no UNO is not counted).
    int officeStarts() const { return m_starts + m_fallback.runs(); }
    /// The kept LibreOffice's process id (0 when none runs): for tests that kill it.
    qint64 officeProcessId() const { return m_bridge.officeProcessId(); }

private:
    enum class Start
    {
        Running,
        Cancelled,
        Unavailable
    };
    Start ensureStarted(const std::atomic_bool *cancel);
    /// A new profile folder, from the template when there is one; true when it was.
    bool newProfile();
    void keepTemplate();
    Result resultOf(const OfficeBridge::Reply &reply, const QString &pdf) const;

    OfficeConverter m_fallback;
    OfficeBridge m_bridge;
    std::unique_ptr<QTemporaryDir> m_profile;
    bool m_freshProfile = false; ///< after a kill the profile may be half-written: a new one
    bool m_allowed = true;
    bool m_usable = true;
    int m_restartAfter = 100;
    int m_sinceStart = 0;
    int m_starts = 0;
};

} // namespace kessai::render
