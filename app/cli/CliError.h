// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <stdexcept>

namespace kessai::cli {

/// The exit codes of kessai-cli.
enum ExitCode : int
{
    ExitOk = 0,
    ExitUsage = 1,  ///< unknown command or option, missing or malformed argument
    ExitFailed = 2, ///< bad data, refused, unavailable: any StoreError, an unreadable file
};

/// An error found by the CLI itself (not the store). message() is already translated;
/// hint, if any, names the help to read ("kessai-cli unit add --help").
class CliError : public std::runtime_error
{
public:
    CliError(int exitCode, const QString &message, const QString &hint = {})
        : std::runtime_error(message.toStdString())
        , m_exitCode(exitCode)
        , m_message(message)
        , m_hint(hint)
    {}

    static CliError usage(const QString &message, const QString &hint) { return {ExitUsage, message, hint}; }
    static CliError failed(const QString &message) { return {ExitFailed, message}; }

    int exitCode() const { return m_exitCode; }
    QString message() const { return m_message; }
    QString hint() const { return m_hint; }

private:
    int m_exitCode;
    QString m_message;
    QString m_hint;
};

} // namespace kessai::cli
