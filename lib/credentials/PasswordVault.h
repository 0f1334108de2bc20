// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace kessai::credentials {

/// Passwords in the operating system's keychain (QtKeychain, service "Kessai"), one per
/// connection key such as "user@host:port/dbname". Never written to settings or files: when
/// no keychain is there, the calls fail and nothing is kept.
///
/// Keychain calls are asynchronous and may wait on a prompt or a bus that never answers, so
/// every call ends after timeout() at the latest (Status::TimedOut). Callbacks run on this
/// object's thread, and not at all once it is gone.
class PasswordVault : public QObject
{
    Q_OBJECT

public:
    enum class Status
    {
        Ok,
        NotFound, ///< nothing saved under that key (not an error: ask the person)
        Failed,   ///< no keychain, access denied, …: error() says why
        TimedOut  ///< no answer within timeout()
    };
    struct Result
    {
        Status status = Status::Failed;
        QString password; ///< read only
        QString error;    ///< for Failed and TimedOut
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    explicit PasswordVault(QObject *parent = nullptr);

    static QString serviceName();
    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int milliseconds) { m_timeoutMs = milliseconds; }

    void read(const QString &key, Callback done);
    void write(const QString &key, const QString &password, Callback done);
    /// Removing a key that holds nothing is Ok or NotFound depending on the keychain.
    void remove(const QString &key, Callback done);

    /// The same, waiting in a local event loop (at most timeoutMs()): for tests and tools.
    Result readNow(const QString &key);
    Result writeNow(const QString &key, const QString &password);
    Result removeNow(const QString &key);

private:
    enum class Operation
    {
        Read,
        Write,
        Remove
    };
    void run(Operation operation, const QString &key, const QString &password, Callback done);
    Result wait(Operation operation, const QString &key, const QString &password);

    int m_timeoutMs = 10000;
};

} // namespace kessai::credentials
