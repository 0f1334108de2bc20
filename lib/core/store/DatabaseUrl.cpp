// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/DatabaseUrl.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace kessai {

namespace {
/// The libpq keywords a URL may carry, and the values each accepts (empty: any, checked below).
struct ParameterRule
{
    const char *keyword;
    QStringList values;
};

const QList<ParameterRule> &parameterRules()
{
    static const QList<ParameterRule> rules{
        {"sslmode",
         {QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
          QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")}},
        {"sslrootcert", {}},
        {"krbsrvname", {}},
        {"gssencmode", {QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require")}},
    };
    return rules;
}
} // namespace

DatabaseUrl DatabaseUrl::sqlite(const QString &path)
{
    DatabaseUrl url;
    url.m_valid = !path.isEmpty();
    url.m_backend = Backend::SQLite;
    url.m_path = QDir::cleanPath(QDir::current().absoluteFilePath(path));
    return url;
}

DatabaseUrl DatabaseUrl::defaultLocation()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return sqlite(dir + QStringLiteral("/kessai.sqlite"));
}

DatabaseUrl DatabaseUrl::parse(const QString &text, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return DatabaseUrl();
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(tr("empty database location"));

    if (trimmed.startsWith(QLatin1String("sqlite:")))
        return sqlite(trimmed.mid(7));
    // A mistyped URL must not become a file name: "postgresql:/x" would make a folder
    // "postgresql:" and a database in it. (One letter before ':' is a Windows drive.)
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]+):(//)?"));
    const QRegularExpressionMatch match = scheme.match(trimmed);
    const QString name = match.captured(1).toLower();
    const bool postgres = name == QLatin1String("postgresql") || name == QLatin1String("postgres");
    if (postgres && match.captured(2).isEmpty())
        return fail(tr("malformed PostgreSQL URL: write postgresql://user@host:port/dbname"));
    if (!postgres && match.hasMatch() && !match.captured(2).isEmpty())
        return fail(tr("\"%1://\" is not a kind of database Kessai knows: give an SQLite file or "
                       "postgresql://user@host:port/dbname")
                        .arg(match.captured(1)));
    if (!postgres)
        return sqlite(trimmed);

    const QUrl qurl(trimmed, QUrl::StrictMode);
    if (!qurl.isValid())
        return fail(tr("malformed PostgreSQL URL: %1").arg(qurl.errorString()));
    DatabaseUrl url;
    url.m_backend = Backend::PostgreSQL;
    url.m_host = qurl.host();
    url.m_port = qurl.port(5432);
    url.m_user = qurl.userName();
    url.m_database = qurl.path().mid(1);
    const QUrlQuery query(qurl);
    // libpq-style parameters: a socket directory as host, and port / user beside it.
    if (query.hasQueryItem(QStringLiteral("host")))
        url.m_host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("port"))) {
        bool ok = false;
        url.m_port = query.queryItemValue(QStringLiteral("port")).toInt(&ok);
        if (!ok || url.m_port <= 0 || url.m_port > 65535)
            return fail(tr("invalid port in %1").arg(trimmed));
    }
    if (query.hasQueryItem(QStringLiteral("user")))
        url.m_user = query.queryItemValue(QStringLiteral("user"), QUrl::FullyDecoded);
    for (const ParameterRule &rule : parameterRules()) {
        const QString keyword = QLatin1String(rule.keyword);
        if (!query.hasQueryItem(keyword))
            continue;
        const QString value = query.queryItemValue(keyword, QUrl::FullyDecoded);
        if (!rule.values.isEmpty() && !rule.values.contains(value))
            return fail(tr("invalid %1 \"%2\" in the PostgreSQL URL: use one of %3")
                            .arg(keyword, value, rule.values.join(QLatin1String(", "))));
        // Qt hands the options to libpq separated by ';', so a value cannot contain one.
        if (keyword == QLatin1String("sslrootcert") && (value.isEmpty() || value.contains(QLatin1Char(';'))))
            return fail(tr("invalid sslrootcert \"%1\" in the PostgreSQL URL: give the path of the CA "
                           "file (without ';')")
                            .arg(value));
        static const QRegularExpression serviceName(QStringLiteral("^[A-Za-z0-9._-]+$"));
        if (keyword == QLatin1String("krbsrvname") && !serviceName.match(value).hasMatch())
            return fail(tr("invalid krbsrvname \"%1\" in the PostgreSQL URL: give the Kerberos service "
                           "name, such as postgres")
                            .arg(value));
        url.m_parameters.append({keyword, value});
    }
    if (url.m_host.isEmpty())
        url.m_host = QStringLiteral("localhost");
    if (url.m_database.isEmpty())
        return fail(tr("the PostgreSQL URL names no database: %1").arg(trimmed));
    if (!qurl.password().isEmpty())
        return fail(tr("put no password in the URL; use PGPASSWORD or ~/.pgpass"));
    url.m_valid = true;
    return url;
}

QString DatabaseUrl::parameter(const QString &keyword) const
{
    for (const auto &[key, value] : m_parameters) {
        if (key == keyword)
            return value;
    }
    return QString();
}

QString DatabaseUrl::displayName() const
{
    if (m_backend == Backend::SQLite)
        return QStringLiteral("SQLite: %1").arg(QDir::toNativeSeparators(m_path));
    const QString who = m_user.isEmpty() ? QString() : m_user + QLatin1Char('@');
    QString name = QStringLiteral("PostgreSQL: %1%2:%3/%4").arg(who, m_host).arg(m_port).arg(m_database);
    QStringList settings;
    for (const auto &[keyword, value] : m_parameters)
        settings << keyword + QLatin1Char('=') + value;
    if (!settings.isEmpty())
        name += QStringLiteral(" (%1)").arg(settings.join(QLatin1String(", ")));
    return name;
}

QString DatabaseUrl::toString() const
{
    if (m_backend == Backend::SQLite)
        return m_path;
    if (m_host.startsWith(QLatin1Char('/'))) {
        // A socket directory cannot be the URL's host: libpq's form puts it in the query.
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("host"), m_host);
        query.addQueryItem(QStringLiteral("port"), QString::number(m_port));
        if (!m_user.isEmpty())
            query.addQueryItem(QStringLiteral("user"), m_user);
        for (const auto &[keyword, value] : m_parameters)
            query.addQueryItem(keyword, QString::fromUtf8(QUrl::toPercentEncoding(value, "/")));
        return QStringLiteral("postgresql:///%1?%2")
            .arg(QString::fromUtf8(QUrl::toPercentEncoding(m_database)), query.toString(QUrl::FullyEncoded));
    }
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user);
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_database);
    if (m_parameters.isEmpty())
        return url.toString();
    // The query fully encoded: a CA path may hold spaces, '&' or '#', which parse() would refuse.
    QUrlQuery query;
    for (const auto &[keyword, value] : m_parameters)
        query.addQueryItem(keyword, QString::fromUtf8(QUrl::toPercentEncoding(value, "/")));
    return url.toString() + QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
}

} // namespace kessai
