// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/WarmOfficeConverter.h"

#include "render/OfficeArchiveCheck.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTemporaryDir>

Q_DECLARE_LOGGING_CATEGORY(lcConverter)

namespace kessai::render {

namespace {
/// Copies the files under from into to; false at the first that cannot be copied.
bool copyTree(const QString &from, const QString &to)
{
    const QDir source(from);
    const QDir target(to);
    QDirIterator files(from, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        if (files.fileName() == QLatin1String(".lock"))
            continue;
        const QString copy = target.filePath(source.relativeFilePath(path));
        if (!QDir().mkpath(QFileInfo(copy).absolutePath()) || !QFile::copy(path, copy))
            return false;
    }
    return true;
}
} // namespace

WarmOfficeConverter::WarmOfficeConverter() = default;

WarmOfficeConverter::~WarmOfficeConverter()
{
    stop();
}

QString WarmOfficeConverter::profileTemplate()
{
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return cache.isEmpty() ? QString() : cache + QStringLiteral("/libreoffice-profile");
}

bool WarmOfficeConverter::newProfile()
{
    m_profile = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/kessai-lo-warm-XXXXXX"));
    m_freshProfile = false;
    const QString prepared = profileTemplate();
    if (!m_profile->isValid() || prepared.isEmpty() || !QFileInfo::exists(prepared))
        return false;
    if (copyTree(prepared, m_profile->path()))
        return true;
    m_profile = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/kessai-lo-warm-XXXXXX"));
    return false;
}

void WarmOfficeConverter::keepTemplate()
{
    // Copied aside first and renamed into place: another Kessai never sees half a template.
    const QString prepared = profileTemplate();
    if (prepared.isEmpty() || QFileInfo::exists(prepared) || !m_profile || !m_profile->isValid())
        return;
    QDir().mkpath(QFileInfo(prepared).absolutePath());
    QTemporaryDir staging(prepared + QStringLiteral("-XXXXXX"));
    if (!staging.isValid() || !copyTree(m_profile->path(), staging.path()))
        return;
    if (QDir().rename(staging.path(), prepared))
        staging.setAutoRemove(false);
}

void WarmOfficeConverter::setTimeouts(int baseMs, int perFileMs)
{
    m_fallback.setTimeouts(baseMs, perFileMs);
}

void WarmOfficeConverter::setRestartAfter(int documents)
{
    m_restartAfter = qMax(1, documents);
}

void WarmOfficeConverter::stop()
{
    const bool running = m_bridge.isRunning();
    const bool ended = m_bridge.stop();
    if (running)
        qCDebug(lcConverter) << "kept LibreOffice stopped" << (ended ? "cleanly" : "by force");
    if (ended && !m_freshProfile)
        keepTemplate();
}

WarmOfficeConverter::Start WarmOfficeConverter::ensureStarted(const std::atomic_bool *cancel)
{
    if (m_bridge.isRunning() && m_sinceStart < m_restartAfter)
        return Start::Running;
    stop(); // planned: after restartAfter() documents; the profile is kept
    bool prepared = false;
    if (!m_profile || m_freshProfile || !m_profile->isValid())
        prepared = newProfile();
    if (!m_profile->isValid()) {
        qCWarning(lcConverter) << "no temporary folder for a kept LibreOffice; one run per batch";
        m_usable = false;
        return Start::Unavailable;
    }
    QElapsedTimer timer;
    timer.start();
    m_sinceStart = 0;
    OfficeBridge::Reply reply =
        m_bridge.start(OfficeConverter::program(), m_profile->path(), fileTimeout(), cancel);
    if (prepared && reply.outcome == OfficeBridge::Outcome::Unavailable && m_bridge.hasPython()) {
        qCInfo(lcConverter).noquote()
            << "LibreOffice did not start from the prepared profile, removed:" << reply.error;
        QDir(profileTemplate()).removeRecursively();
        newProfile();
        reply = m_bridge.start(OfficeConverter::program(), m_profile->path(), fileTimeout(), cancel);
    }
    if (reply.outcome == OfficeBridge::Outcome::Ok) {
        ++m_starts;
        qCDebug(lcConverter) << "kept LibreOffice started in" << timer.elapsed() << "ms";
        return Start::Running;
    }
    m_freshProfile = true;
    if (reply.outcome == OfficeBridge::Outcome::Cancelled)
        return Start::Cancelled;
    // Said once: every later batch of this converter goes the old way.
    qCWarning(lcConverter).noquote()
        << "LibreOffice is started for every batch of documents, not kept running:" << reply.error;
    m_usable = false;
    return Start::Unavailable;
}

WarmOfficeConverter::Result WarmOfficeConverter::resultOf(const OfficeBridge::Reply &reply,
                                                          const QString &pdf) const
{
    Result result;
    switch (reply.outcome) {
    case OfficeBridge::Outcome::Ok:
        // LibreOffice says "ok" on some broken input: only a PDF Poppler reads counts.
        result = OfficeConverter::validate(pdf);
        break;
    case OfficeBridge::Outcome::Failed:
        result.error = OfficeConverter::explain(reply.error);
        break;
    case OfficeBridge::Outcome::TimedOut:
        result.error = tr("LibreOffice did not finish within %1 s and was stopped; the other documents "
                          "were converted without it.")
                           .arg(fileTimeout() / 1000);
        break;
    case OfficeBridge::Outcome::Cancelled:
        result.error = tr("The conversion was cancelled.");
        break;
    case OfficeBridge::Outcome::Lost:
    case OfficeBridge::Outcome::Unavailable:
        result.error =
            tr("LibreOffice stopped while converting the document, twice.") +
            (reply.error.isEmpty() ? QString() : QLatin1Char('\n') + tr("Details: %1").arg(reply.error));
        break;
    }
    if (!result.ok)
        QFile::remove(pdf);
    result.pdf = result.ok ? pdf : QString();
    return result;
}

QList<WarmOfficeConverter::Result> WarmOfficeConverter::convert(const QStringList &inputs,
                                                                const QString &outputDirectory,
                                                                const std::atomic_bool *cancel,
                                                                const Progress &progress)
{
    QList<Result> results(inputs.size());
    auto settle = [&](int index, const Result &result) {
        results[index] = result;
        results[index].input = inputs.at(index);
        if (progress)
            progress(index, results.at(index));
    };
    auto fallBack = [&](int from) {
        const QStringList rest = inputs.mid(from);
        m_fallback.convert(rest, outputDirectory, cancel,
                           [&](int index, const Result &result) { settle(from + index, result); });
        return results;
    };
    if (!m_allowed || !m_usable || OfficeConverter::program().isEmpty())
        return fallBack(0);
    if (!QDir().mkpath(outputDirectory)) {
        for (int i = 0; i < inputs.size(); ++i) {
            Result failed;
            failed.error = tr("No temporary folder for LibreOffice could be made.");
            failed.environmental = true;
            settle(i, failed);
        }
        return results;
    }
    for (int i = 0; i < inputs.size(); ++i) {
        const QString refusal = OfficeArchiveCheck::refusal(inputs.at(i));
        if (!refusal.isEmpty()) { // a zip declaring gigabytes never reaches LibreOffice
            Result refused;
            refused.error = refusal;
            settle(i, refused);
            continue;
        }
        const QString pdf =
            QDir(outputDirectory)
                .filePath(QFileInfo(inputs.at(i)).completeBaseName() + QStringLiteral(".pdf"));
        OfficeBridge::Reply reply{OfficeBridge::Outcome::Cancelled, {}};
        for (int attempt = 0; attempt < 2; ++attempt) {
            if (!cancel || !cancel->load()) {
                const Start started = ensureStarted(cancel);
                if (started == Start::Unavailable)
                    return fallBack(i);
                if (started == Start::Running) {
                    QFile::remove(pdf);
                    QElapsedTimer timer;
                    timer.start();
                    reply = m_bridge.convert(inputs.at(i), pdf, fileTimeout(), cancel);
                    ++m_sinceStart;
                    qCDebug(lcConverter) << "kept LibreOffice:" << QFileInfo(inputs.at(i)).fileName() << "in"
                                         << timer.elapsed() << "ms, outcome" << int(reply.outcome);
                }
            }
            if (reply.outcome != OfficeBridge::Outcome::Lost)
                break;
            // Gone in the middle (killed, crashed): not necessarily this document's doing.
            qCInfo(lcConverter).noquote()
                << "kept LibreOffice lost while converting" << inputs.at(i) << reply.error;
            m_freshProfile = true;
        }
        if (reply.outcome == OfficeBridge::Outcome::TimedOut)
            m_freshProfile = true;
        if (reply.outcome == OfficeBridge::Outcome::Cancelled) {
            for (int rest = i; rest < inputs.size(); ++rest)
                settle(rest, resultOf(reply, pdf));
            return results;
        }
        settle(i, resultOf(reply, pdf));
    }
    return results;
}

} // namespace kessai::render
