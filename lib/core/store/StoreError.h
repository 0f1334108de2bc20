// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <stdexcept>

namespace kessai {

/// The one error type of the store. Every message is meant for a person: it names the
/// file, field or object and the reason. kind() maps onto the CLI's exit codes.
class StoreError : public std::runtime_error
{
public:
    enum class Kind
    {
        BadData,     ///< invalid input: a CSV row, a missing field, an unknown unit (exit 2)
        Refused,     ///< not allowed for this user or in this state (exit 2)
        Conflict,    ///< someone else changed it first (exit 2)
        Unavailable, ///< the database cannot be opened or reached (exit 2)
        NoStore,     ///< no Kessai store there yet (a missing file, an empty database); nothing was created
        Cancelled,   ///< the user cancelled a long operation; nothing was stored
        Internal     ///< a bug or an unexpected SQL failure (exit 2)
    };

    StoreError(Kind kind, const QString &message);

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }

    /// Unavailable because the PostgreSQL server wants a password that was missing or wrong:
    /// the desktop application then asks for one instead of only showing the message.
    bool isPasswordRefused() const { return m_passwordRefused; }
    void setPasswordRefused(bool refused) { m_passwordRefused = refused; }

private:
    Kind m_kind;
    QString m_message;
    bool m_passwordRefused = false;
};

} // namespace kessai
