// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/ConnectionSecrets.h"

#include "core/store/StoreConnection.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace kessai {

namespace {
struct Secrets
{
    QMutex mutex;
    QHash<QString, QString> passwords;
};

Secrets &secrets()
{
    static Secrets instance;
    return instance;
}
} // namespace

QString ConnectionSecrets::keyFor(const DatabaseUrl &url)
{
    if (url.backend() != DatabaseUrl::Backend::PostgreSQL)
        return {};
    QString user = url.user();
    if (user.isEmpty())
        user = qEnvironmentVariable("PGUSER");
    if (user.isEmpty())
        user = StoreConnection::osLogin();
    return QStringLiteral("%1@%2:%3/%4").arg(user, url.host()).arg(url.port()).arg(url.databaseName());
}

void ConnectionSecrets::setPassword(const QString &key, const QString &password)
{
    QMutexLocker lock(&secrets().mutex);
    secrets().passwords.insert(key, password);
}

QString ConnectionSecrets::password(const QString &key)
{
    QMutexLocker lock(&secrets().mutex);
    return secrets().passwords.value(key);
}

void ConnectionSecrets::forget(const QString &key)
{
    QMutexLocker lock(&secrets().mutex);
    secrets().passwords.remove(key);
}

bool ConnectionSecrets::isPasswordRefusal(const QString &connectionError)
{
    // The connection error has no SQLSTATE in Qt's driver, only text; libpq translates its own
    // messages but keeps the "fe_sendauth" prefix, and the server speaks its lc_messages.
    static const char *const signs[] = {"fe_sendauth: no password supplied", "password authentication failed",
                                        "パスワード認証に失敗"};
    for (const char *sign : signs) {
        if (connectionError.contains(QString::fromUtf8(sign), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace kessai
