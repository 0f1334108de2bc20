// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/ConnectionFailure.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace kessai {

ConnectionFailure::ConnectionFailure(const DatabaseUrl &url, const QString &libpqText)
    : m_url(url)
{
    // TLS first: with gssencmode=prefer libpq also reports the Kerberos attempt it made before.
    // libpq names the CA file in quotes when it is what failed, in every language.
    const QString ca = caFile();
    if (libpqText.contains(QLatin1Char('"') + ca + QLatin1Char('"'))) {
        const QFileInfo file(ca);
        QFile probe(ca);
        if (!file.exists())
            m_cause = Cause::CaFileMissing;
        else if (file.isDir())
            m_fileReason = tr("it is a folder");
        else if (!probe.open(QIODevice::ReadOnly))
            m_fileReason = tr("permission denied");
        else
            m_fileReason = tr("it holds no certificate in PEM form");
        if (m_cause == Cause::Other)
            m_cause = Cause::CaFileUnreadable;
        return;
    }
    static const QRegularExpression mismatch(QStringLiteral(
        "server certificate for \"([^\"]*)\".* does not match host name|\"([^\"]*)\"のサーバー証明書"
        "がホスト名"));
    if (const QRegularExpressionMatch match = mismatch.match(libpqText); match.hasMatch()) {
        m_cause = Cause::HostNameMismatch;
        m_detail = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
        return;
    }
    if (libpqText.contains(QLatin1String("certificate verify failed"))) {
        m_cause = Cause::UntrustedCertificate;
        return;
    }
    // MIT Kerberos's minor status texts (krb5 has no Japanese catalogue).
    if (libpqText.contains(QLatin1String("Ticket expired"))) {
        m_cause = Cause::TicketExpired;
        return;
    }
    static const QRegularExpression unknownServer(
        QStringLiteral("Server (\\S+) not found in Kerberos database"));
    if (const QRegularExpressionMatch match = unknownServer.match(libpqText); match.hasMatch()) {
        m_cause = Cause::UnknownServer;
        m_detail = match.captured(1);
        return;
    }
    if (libpqText.contains(QLatin1String("No Kerberos credentials available")) ||
        libpqText.contains(QLatin1String("No credentials cache found")))
        m_cause = Cause::NoTicket;
}

QString ConnectionFailure::caFile() const
{
    // The URL's, else libpq's default.
    const QString file = m_url.parameter(QStringLiteral("sslrootcert"));
    if (!file.isEmpty())
        return file;
#ifdef Q_OS_WIN
    return qEnvironmentVariable("APPDATA") + QStringLiteral("/postgresql/root.crt");
#else
    return QDir::home().filePath(QStringLiteral(".postgresql/root.crt"));
#endif
}

QString ConnectionFailure::explanation() const
{
    const QString ca = QDir::toNativeSeparators(caFile());
    switch (m_cause) {
    case Cause::Other:
        return QString();
    case Cause::NoTicket:
        return tr("you have no Kerberos ticket for single sign-on: log in to the domain again or run kinit");
    case Cause::TicketExpired:
        return tr("your Kerberos ticket has expired: log in to the domain again or run kinit");
    case Cause::UnknownServer:
        return tr("the domain knows no database server %1: connect with the server's name as registered in "
                  "the domain (or set krbsrvname), or ask the administrator to add it")
            .arg(m_detail);
    case Cause::HostNameMismatch:
        return tr("the server's certificate is not for the host name %1 (it is for %2; checked with the CA "
                  "file %3): connect with the name the certificate was issued for")
            .arg(m_url.host(), m_detail, ca);
    case Cause::UntrustedCertificate:
        return tr("the server's certificate for %1 is not signed by the CA in the CA file %2: check the CA "
                  "file setting (sslrootcert)")
            .arg(m_url.host(), ca);
    case Cause::CaFileMissing:
        return tr("the CA file %1 does not exist: set sslrootcert to the office CA's certificate file")
            .arg(ca);
    case Cause::CaFileUnreadable:
        return tr("the CA file %1 cannot be read (%2)").arg(ca, m_fileReason);
    }
    return QString();
}

} // namespace kessai
