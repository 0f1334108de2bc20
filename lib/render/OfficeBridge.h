// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class QDeadlineTimer;
class QProcess;

namespace kessai::render {

/// One long-lived LibreOffice listening on a private pipe, and the small Python helper
/// (kessai-office-helper.py, shipped with Kessai) that drives it through UNO, spoken to one
/// JSON line at a time on the helper's stdin and stdout. Both are children that die with Kessai
/// (ChildProcessPlatform) and are killed with their process groups whenever an answer is late.
/// Policy (time limits, restarts, checking the PDFs, falling back) is WarmOfficeConverter's.
/// Not thread-safe: start, use and stop it on one thread (a worker that outlives the children).
class OfficeBridge
{
    Q_DECLARE_TR_FUNCTIONS(OfficeBridge)

public:
    enum class Outcome
    {
        Ok,          ///< started, or the PDF was written (still to be checked)
        Failed,      ///< LibreOffice could not load or store this document; error says why
        Lost,        ///< LibreOffice or the helper went away
        TimedOut,    ///< no answer in time: both were killed
        Cancelled,   ///< cancel became true: both were killed
        Unavailable, ///< no Python with UNO, no helper script, or LibreOffice would not start
    };
    struct Reply
    {
        Outcome outcome = Outcome::Failed;
        QString error;
    };

    OfficeBridge();
    ~OfficeBridge(); ///< kills what still runs
    OfficeBridge(const OfficeBridge &) = delete;
    OfficeBridge &operator=(const OfficeBridge &) = delete;

    /// The helper script: $KESSAI_OFFICE_HELPER, else kessai-office-helper.py beside the
    /// executable, in ../share/kessai (an installed Kessai) or ../../share/kessai (the build tree).
    static QString helperScript();
    /// Pythons to try, in order: $KESSAI_OFFICE_PYTHON alone when set; else the one LibreOffice
    /// bundles (Windows, macOS), python3 and python on PATH, the system's python3.
    static QStringList pythonCandidates(const QString &soffice);

    /// Starts LibreOffice (soffice.bin, with profile as its own profile) and the helper, in
    /// parallel; Ok once the helper is connected.
    Reply start(const QString &soffice, const QString &profile, int timeoutMs,
                const std::atomic_bool *cancel);
    bool isRunning() const;
    /// Converts input to pdf (overwritten); Ok means LibreOffice said it wrote it.
    Reply convert(const QString &input, const QString &pdf, int timeoutMs, const std::atomic_bool *cancel);
    /// Asks LibreOffice to end (a second or two at most), then kills what remains; true when it
    /// ended on its own (its profile is whole).
    bool stop();
    /// Kills both at once.
    void kill();
    /// A Python with UNO was found (by this or an earlier start).
    bool hasPython() const { return !m_python.isEmpty(); }
    /// LibreOffice's process id (0 when not running): for tests that kill it.
    qint64 officeProcessId() const;

private:
    bool startHelper(const QString &python, const QString &script, const QString &pipe);
    bool startOffice();
    /// The next JSON line from the helper, watching both processes; sets reply on anything else.
    QByteArray readLine(const QDeadlineTimer &deadline, const std::atomic_bool *cancel, Reply &reply,
                        bool starting);
    bool send(const QByteArray &json);
    QString helperErrors();

    std::unique_ptr<QProcess> m_office;
    std::unique_ptr<QProcess> m_helper;
    QString m_program;
    QStringList m_arguments;
    QString m_python; ///< the one that worked, tried first next time
    QByteArray m_errors;
    int m_officeRestarts = 0;
};

} // namespace kessai::render
