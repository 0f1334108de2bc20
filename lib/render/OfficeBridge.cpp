// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/OfficeBridge.h"

#include "render/ChildProcessPlatform.h"
#include "render/OfficeConverter.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QUuid>

namespace kessai::render {

namespace {
const QString kHelperName = QStringLiteral("kessai-office-helper.py");
constexpr int kRestartRequested = 81; // soffice.bin after setting up a new profile: start it again
constexpr qsizetype kErrorsKept = 4096;

QJsonObject parse(const QByteArray &line)
{
    return QJsonDocument::fromJson(line).object();
}
} // namespace

OfficeBridge::OfficeBridge() = default;

OfficeBridge::~OfficeBridge()
{
    kill();
}

QString OfficeBridge::helperScript()
{
    const QString configured = qEnvironmentVariable("KESSAI_OFFICE_HELPER");
    if (!configured.isEmpty())
        return QFileInfo::exists(configured) ? configured : QString();
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &folder :
         {QStringLiteral("."), QStringLiteral("../share/kessai"), QStringLiteral("../../share/kessai")}) {
        const QString path = QDir::cleanPath(here.filePath(folder + QLatin1Char('/') + kHelperName));
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

QStringList OfficeBridge::pythonCandidates(const QString &soffice)
{
    const QString configured = qEnvironmentVariable("KESSAI_OFFICE_PYTHON");
    if (!configured.isEmpty())
        return {configured};
    QStringList found;
    auto add = [&found](const QString &path) {
        if (!path.isEmpty() && !found.contains(path))
            found.append(path);
    };
    // LibreOffice's own Python has UNO (Windows, macOS); on Debian python3-uno is the system
    // Python's, which PATH may hide behind another (a virtual environment, pyenv).
    const QString programDir = QFileInfo(QFileInfo(soffice).canonicalFilePath()).absolutePath();
    add(QStandardPaths::findExecutable(QStringLiteral("python"), {programDir}));
    add(QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")}));
    add(QStandardPaths::findExecutable(QStringLiteral("python3")));
    add(QStandardPaths::findExecutable(QStringLiteral("python")));
    return found;
}

OfficeBridge::Reply OfficeBridge::start(const QString &soffice, const QString &profile, int timeoutMs,
                                        const std::atomic_bool *cancel)
{
    kill();
    m_errors.clear();
    const QString script = helperScript();
    if (script.isEmpty())
        return {Outcome::Unavailable, tr("Kessai's helper script %1 was not found.").arg(kHelperName)};
    const QString pipe = QStringLiteral("kessai-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    m_program = OfficeConverter::directProgram(soffice);
    m_arguments = OfficeConverter::startOptions(profile)
                  << QStringLiteral("--accept=pipe,name=%1;urp;").arg(pipe);
    m_officeRestarts = 0;
    m_office = std::make_unique<QProcess>();
    m_office->setProcessEnvironment(OfficeConverter::startEnvironment(profile));
    if (!startOffice()) {
        const QString error = m_office->errorString();
        kill();
        return {Outcome::Unavailable, tr("LibreOffice could not be started: %1").arg(error)};
    }

    // LibreOffice starts (about a second) while the helper imports UNO and tries Pythons.
    const QDeadlineTimer deadline(timeoutMs);
    QStringList candidates = pythonCandidates(soffice);
    if (!m_python.isEmpty() && candidates.removeAll(m_python) > 0)
        candidates.prepend(m_python);
    QStringList refusals;
    bool hello = false;
    for (const QString &python : std::as_const(candidates)) {
        if (!startHelper(python, script, pipe)) {
            refusals.append(python + QStringLiteral(": ") + m_helper->errorString());
            continue;
        }
        Reply reply;
        const QJsonObject answer = parse(readLine(deadline, cancel, reply, true));
        if (answer.contains(QLatin1String("hello"))) {
            m_python = python;
            hello = true;
            break;
        }
        if (reply.outcome == Outcome::Cancelled)
            return reply;
        if (reply.outcome == Outcome::TimedOut)
            return {Outcome::Unavailable,
                    tr("LibreOffice did not answer within %1 s.").arg(timeoutMs / 1000)};
        if (!m_office || m_office->state() == QProcess::NotRunning) {
            kill();
            return {Outcome::Unavailable, reply.error};
        }
        const QString why = answer.value(QLatin1String("unavailable")).toString();
        refusals.append(python + QStringLiteral(": ") + (why.isEmpty() ? helperErrors() : why));
        ChildProcessPlatform::killGroup(*m_helper);
    }
    if (!hello) {
        kill();
        return {Outcome::Unavailable,
                tr("No Python with LibreOffice's UNO bridge (python3-uno) was found (%1).")
                    .arg(refusals.join(QStringLiteral("; ")))};
    }
    Reply reply;
    const QJsonObject ready = parse(readLine(deadline, cancel, reply, true));
    if (ready.contains(QLatin1String("ready")))
        return {Outcome::Ok, {}};
    kill();
    if (reply.outcome == Outcome::Cancelled)
        return reply;
    if (reply.outcome == Outcome::TimedOut)
        return {Outcome::Unavailable, tr("LibreOffice did not answer within %1 s.").arg(timeoutMs / 1000)};
    return {Outcome::Unavailable,
            reply.error.isEmpty() ? tr("LibreOffice could not be reached.") : reply.error};
}

bool OfficeBridge::startOffice()
{
    m_office->setStandardOutputFile(QProcess::nullDevice()); // never read: must never fill a pipe
    m_office->setStandardErrorFile(QProcess::nullDevice());
    ChildProcessPlatform::dieWithParent(*m_office);
    m_office->start(m_program, m_arguments);
    return m_office->waitForStarted(15000);
}

bool OfficeBridge::startHelper(const QString &python, const QString &script, const QString &pipe)
{
    if (m_helper)
        ChildProcessPlatform::killGroup(*m_helper);
    m_helper = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    m_helper->setProcessEnvironment(environment);
    ChildProcessPlatform::dieWithParent(*m_helper);
    m_helper->start(python, {script, pipe});
    return m_helper->waitForStarted(15000);
}

QByteArray OfficeBridge::readLine(const QDeadlineTimer &deadline, const std::atomic_bool *cancel,
                                  Reply &reply, bool starting)
{
    for (;;) {
        if (m_helper->canReadLine())
            return m_helper->readLine().trimmed();
        m_errors += m_helper->readAllStandardError();
        if (m_errors.size() > kErrorsKept)
            m_errors = m_errors.right(kErrorsKept);
        if (cancel && cancel->load()) {
            kill();
            reply = {Outcome::Cancelled, tr("The conversion was cancelled.")};
            return {};
        }
        if (deadline.hasExpired()) {
            kill();
            reply = {Outcome::TimedOut, {}};
            return {};
        }
        if (m_helper->state() == QProcess::NotRunning) {
            reply = {Outcome::Lost, tr("Kessai's LibreOffice helper ended.") + helperErrors()};
            return {};
        }
        if (m_office->state() == QProcess::NotRunning || m_office->waitForFinished(0)) {
            const bool profileMade =
                m_office->exitStatus() == QProcess::NormalExit && m_office->exitCode() == kRestartRequested;
            if (starting && profileMade && m_officeRestarts++ < 2 && startOffice())
                continue;
            reply = {Outcome::Lost, tr("LibreOffice ended (exit status %1).").arg(m_office->exitCode())};
            return {};
        }
        // Short slices while starting: LibreOffice's restart after making its profile is seen at once.
        const qint64 slice = starting ? 10 : 100;
        const qint64 left = deadline.remainingTime();
        m_helper->waitForReadyRead(int(left < 0 ? slice : qBound(qint64(1), left, slice)));
    }
}

bool OfficeBridge::send(const QByteArray &json)
{
    if (!m_helper || m_helper->state() != QProcess::Running)
        return false;
    m_helper->write(json + '\n');
    return m_helper->waitForBytesWritten(5000);
}

QString OfficeBridge::helperErrors()
{
    if (m_helper)
        m_errors += m_helper->readAllStandardError();
    const QString text = QString::fromUtf8(m_errors).trimmed();
    return text.isEmpty() ? QString() : QLatin1Char('\n') + tr("Details: %1").arg(text.right(600));
}

bool OfficeBridge::isRunning() const
{
    return m_office && m_helper && m_office->state() == QProcess::Running &&
           m_helper->state() == QProcess::Running;
}

OfficeBridge::Reply OfficeBridge::convert(const QString &input, const QString &pdf, int timeoutMs,
                                          const std::atomic_bool *cancel)
{
    const QJsonObject request{{QStringLiteral("convert"), QDir::toNativeSeparators(input)},
                              {QStringLiteral("pdf"), QDir::toNativeSeparators(pdf)}};
    if (!isRunning() || !send(QJsonDocument(request).toJson(QJsonDocument::Compact))) {
        kill();
        return {Outcome::Lost, tr("LibreOffice is not running.")};
    }
    Reply reply;
    const QByteArray line = readLine(QDeadlineTimer(timeoutMs), cancel, reply, false);
    if (line.isEmpty()) {
        kill();
        return reply;
    }
    const QJsonObject answer = parse(line);
    if (answer.value(QLatin1String("ok")).toInt() == 1)
        return {Outcome::Ok, {}};
    const QString error = answer.value(QLatin1String("error")).toString();
    if (answer.value(QLatin1String("lost")).toInt() == 1 || !isRunning()) {
        kill();
        return {Outcome::Lost, error};
    }
    return {Outcome::Failed, error};
}

bool OfficeBridge::stop()
{
    bool ended = false;
    if (isRunning() && send(QByteArrayLiteral("{\"quit\":1}"))) {
        // terminate() takes a few hundred milliseconds.
        m_helper->waitForFinished(1500);
        ended = m_office->waitForFinished(1500) && m_office->exitStatus() == QProcess::NormalExit &&
                m_office->exitCode() == 0;
    }
    kill();
    return ended;
}

void OfficeBridge::kill()
{
    if (m_helper)
        ChildProcessPlatform::killGroup(*m_helper);
    if (m_office)
        ChildProcessPlatform::killGroup(*m_office);
    m_helper.reset();
    m_office.reset();
}

qint64 OfficeBridge::officeProcessId() const
{
    return m_office && m_office->state() == QProcess::Running ? m_office->processId() : 0;
}

} // namespace kessai::render
