// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/WarmOfficeConverter.h"

#include "render/OfficeArchiveCheck.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>

Q_DECLARE_LOGGING_CATEGORY(lcConverter)

namespace kessai::render {

WarmOfficeConverter::WarmOfficeConverter() = default;

WarmOfficeConverter::~WarmOfficeConverter()
{
    m_bridge.stop();
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
    m_bridge.stop();
}

WarmOfficeConverter::Start WarmOfficeConverter::ensureStarted(const std::atomic_bool *cancel)
{
    if (m_bridge.isRunning() && m_sinceStart < m_restartAfter)
        return Start::Running;
    m_bridge.stop(); // planned: after restartAfter() documents; the profile is kept
    if (!m_profile || m_freshProfile || !m_profile->isValid()) {
        m_profile = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/kessai-lo-warm-XXXXXX"));
        m_freshProfile = false;
    }
    if (!m_profile->isValid()) {
        qCWarning(lcConverter) << "no temporary folder for a kept LibreOffice; one run per batch";
        m_usable = false;
        return Start::Unavailable;
    }
    QElapsedTimer timer;
    timer.start();
    m_sinceStart = 0;
    const OfficeBridge::Reply reply = m_bridge.start(OfficeConverter::program(), m_profile->path(), fileTimeout(), cancel);
    if (reply.outcome == OfficeBridge::Outcome::Ok) {
        ++m_starts;
        qCDebug(lcConverter) << "kept LibreOffice started in" << timer.elapsed() << "ms";
        return Start::Running;
    }
    m_freshProfile = true;
    if (reply.outcome == OfficeBridge::Outcome::Cancelled)
        return Start::Cancelled;
    // Said once: every later batch of this converter goes the old way.
    qCWarning(lcConverter).noquote() << "LibreOffice is started for every batch of documents, not kept running:"
                                     << reply.error;
    m_usable = false;
    return Start::Unavailable;
}

WarmOfficeConverter::Result WarmOfficeConverter::resultOf(const OfficeBridge::Reply &reply, const QString &pdf) const
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
        result.error = tr("LibreOffice stopped while converting the document, twice.") +
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
        const QString pdf = QDir(outputDirectory)
                                .filePath(QFileInfo(inputs.at(i)).completeBaseName() + QStringLiteral(".pdf"));
        OfficeBridge::Reply reply{OfficeBridge::Outcome::Cancelled, {}};
        for (int attempt = 0; attempt < 2; ++attempt) {
            if (!cancel || !cancel->load()) {
                const Start started = ensureStarted(cancel);
                if (started == Start::Unavailable)
                    return fallBack(i);
                if (started == Start::Running) {
                    QFile::remove(pdf);
                    reply = m_bridge.convert(inputs.at(i), pdf, fileTimeout(), cancel);
                    ++m_sinceStart;
                }
            }
            if (reply.outcome != OfficeBridge::Outcome::Lost)
                break;
            // Gone in the middle (killed, crashed): not necessarily this document's doing.
            qCInfo(lcConverter).noquote() << "kept LibreOffice lost while converting" << inputs.at(i) << reply.error;
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
