// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/DatabaseUrl.h"

#include <QCoreApplication>
#include <QString>

namespace kessai {

/// Why a PostgreSQL connection failed, for the failures a person can put right: no or an
/// expired Kerberos ticket, a server the domain does not know, a server certificate for
/// another host name or from another CA, a CA file that is missing or unreadable.
///
/// libpq's own sentences are translated (Japanese on a Japanese desktop), so a missing or
/// unreadable CA file is found by looking at the file, not at the text; the Kerberos and
/// OpenSSL parts of the text come from libraries that are not translated.
class ConnectionFailure
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionFailure)

public:
    enum class Cause
    {
        Other, ///< nothing known: show libpq's reason
        NoTicket,
        TicketExpired,
        UnknownServer, ///< the domain has no service principal for this host name
        HostNameMismatch,
        UntrustedCertificate,
        CaFileMissing,
        CaFileUnreadable
    };

    /// libpqText: the whole of libpq's message (every attempt's lines).
    ConnectionFailure(const DatabaseUrl &url, const QString &libpqText);

    Cause cause() const { return m_cause; }
    /// What went wrong and what to do, or an empty string for Cause::Other.
    QString explanation() const;

private:
    QString caFile() const;

    DatabaseUrl m_url;
    Cause m_cause = Cause::Other;
    QString m_detail;     ///< the name the certificate is for, or the unknown principal
    QString m_fileReason; ///< why the CA file cannot be read
};

} // namespace kessai
