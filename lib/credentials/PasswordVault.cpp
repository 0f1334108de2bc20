// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/PasswordVault.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace kessai::credentials {

PasswordVault::PasswordVault(QObject *parent)
    : QObject(parent)
{}

QString PasswordVault::serviceName()
{
    return QStringLiteral("Kessai");
}

void PasswordVault::read(const QString &key, Callback done)
{
    run(Operation::Read, key, {}, std::move(done));
}

void PasswordVault::write(const QString &key, const QString &password, Callback done)
{
    run(Operation::Write, key, password, std::move(done));
}

void PasswordVault::remove(const QString &key, Callback done)
{
    run(Operation::Remove, key, {}, std::move(done));
}

PasswordVault::Result PasswordVault::readNow(const QString &key)
{
    return wait(Operation::Read, key, {});
}

PasswordVault::Result PasswordVault::writeNow(const QString &key, const QString &password)
{
    return wait(Operation::Write, key, password);
}

PasswordVault::Result PasswordVault::removeNow(const QString &key)
{
    return wait(Operation::Remove, key, {});
}

void PasswordVault::run(Operation operation, const QString &key, const QString &password, Callback done)
{
    QKeychain::Job *job = nullptr;
    if (operation == Operation::Read) {
        job = new QKeychain::ReadPasswordJob(serviceName());
    } else if (operation == Operation::Write) {
        auto *writeJob = new QKeychain::WritePasswordJob(serviceName());
        writeJob->setTextData(password);
        job = writeJob;
    } else {
        job = new QKeychain::DeletePasswordJob(serviceName());
    }
    // Never the plain-text QSettings fallback: a password is kept by the keychain or not at all.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);

    // Whichever comes first answers: the job, or the timer. A job that never finishes is left to
    // itself (deleting it while the keychain may still call back would be worse than the leak).
    auto answered = std::make_shared<bool>(false);
    auto callback = std::make_shared<Callback>(std::move(done));
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, answered, callback, timer] {
        timer->deleteLater();
        if (*answered)
            return;
        *answered = true;
        (*callback)(Result{
            Status::TimedOut, {}, tr("the keychain did not answer within %1 s").arg(m_timeoutMs / 1000.0)});
    });
    connect(job, &QKeychain::Job::finished, this,
            [answered, callback, timer, operation](QKeychain::Job *finished) {
                if (*answered)
                    return;
                *answered = true;
                timer->stop();
                timer->deleteLater();
                Result result;
                switch (finished->error()) {
                case QKeychain::NoError:
                    result.status = Status::Ok;
                    if (operation == Operation::Read)
                        result.password = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
                    break;
                case QKeychain::EntryNotFound:
                    result.status = Status::NotFound;
                    break;
                default:
                    result.status = Status::Failed;
                    result.error = finished->errorString();
                    if (result.error.isEmpty())
                        result.error =
                            tr("the keychain refused the request (error %1)").arg(int(finished->error()));
                    break;
                }
                (*callback)(result);
            });
    timer->start(m_timeoutMs);
    job->start();
}

PasswordVault::Result PasswordVault::wait(Operation operation, const QString &key, const QString &password)
{
    Result result;
    QEventLoop loop;
    bool finished = false;
    run(operation, key, password, [&](const Result &answer) {
        result = answer;
        finished = true;
        loop.quit();
    });
    // The callback may already have run (a job that fails at once); run() always answers, the
    // timer at the latest, so the loop cannot wait forever.
    if (!finished)
        loop.exec();
    return result;
}

} // namespace kessai::credentials
