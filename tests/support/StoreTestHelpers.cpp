// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/StoreTestHelpers.h"

#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/setup/OrganizationSetup.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "tests/support/TestDatabase.h"

#include <QMutex>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QThread>

#include <memory>
#include <vector>

namespace kessai {

char *toString(StoreError::Kind kind)
{
    return qstrdup(test::kindName(kind).toUtf8().constData());
}

} // namespace kessai

namespace kessai::test {

QString kindName(StoreError::Kind kind)
{
    switch (kind) {
    case StoreError::Kind::BadData:
        return QStringLiteral("BadData");
    case StoreError::Kind::Refused:
        return QStringLiteral("Refused");
    case StoreError::Kind::Conflict:
        return QStringLiteral("Conflict");
    case StoreError::Kind::Unavailable:
        return QStringLiteral("Unavailable");
    case StoreError::Kind::Cancelled:
        return QStringLiteral("Cancelled");
    case StoreError::Kind::Internal:
        return QStringLiteral("Internal");
    case StoreError::Kind::NoStore:
        return QStringLiteral("NoStore");
    }
    return QStringLiteral("?");
}

QString &lastErrorMessage()
{
    static QString message;
    return message;
}

qint64 rowCount(StoreConnection &connection, const QString &table)
{
    return SqlQuery(connection, QStringLiteral("SELECT count(*) FROM ") + table).scalar().toLongLong();
}

void setUpOrganization(StoreConnection &connection)
{
    OrganizationSetup(connection).initialize(QStringLiteral("テスト県"), QStringLiteral("管理 太郎"));
}

qint64 setUpDraftingOffice(StoreConnection &connection, const QString &adminName)
{
    OrganizationSetup(connection).initialize(QStringLiteral("テスト市"), adminName);
    Session session(connection);
    OrgStore org(connection);
    Unit unit;
    unit.code = QStringLiteral("総務");
    unit.name = QStringLiteral("総務課");
    User me = session.user();
    me.unitId = org.addUnit(session, unit);
    org.updateUser(session, me);
    return me.unitId;
}

QStringList runInThreads(const DatabaseUrl &url, int threads,
                         const std::function<void(StoreConnection &connection, int index)> &work)
{
    QSemaphore connected;
    QSemaphore go;
    QMutex mutex;
    QStringList failures;
    std::vector<std::unique_ptr<QThread>> workers;
    for (int index = 0; index < threads; ++index) {
        workers.emplace_back(QThread::create([&, index] {
            auto fail = [&](const QString &what) {
                const QMutexLocker lock(&mutex);
                failures.append(QStringLiteral("worker %1: %2").arg(index).arg(what));
            };
            std::unique_ptr<StoreConnection> connection;
            try {
                connection = std::make_unique<StoreConnection>(url);
            } catch (const StoreError &error) {
                fail(error.message());
            }
            connected.release();
            go.acquire();
            if (!connection)
                return;
            try {
                work(*connection, index);
            } catch (const StoreError &error) {
                fail(error.message());
            } catch (const std::exception &error) {
                fail(QString::fromLocal8Bit(error.what()));
            } catch (...) {
                fail(QStringLiteral("unknown exception"));
            }
        }));
        workers.back()->start();
    }
    connected.acquire(threads);
    go.release(threads);
    for (const auto &worker : workers)
        worker->wait();
    return failures;
}

SessionAs::SessionAs(TestDatabase &db, StoreConnection &adminConnection, const QString &login)
{
    if (TestDatabase::isPostgreSQL()) {
        m_own = std::make_unique<StoreConnection>(db.urlAs(login));
        m_session = std::make_unique<Session>(*m_own);
    } else {
        m_session = std::make_unique<Session>(adminConnection, login);
    }
}

SessionAs::~SessionAs() = default;

StoreConnection &SessionAs::connection()
{
    return m_session->connection();
}

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QList<quint32> words((size + 3) / 4);
    QRandomGenerator(seed).fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char *>(words.constData()), size);
}

QString lineContaining(const QStringList &lines, const QString &needle)
{
    for (const QString &line : lines) {
        if (line.contains(needle))
            return line;
    }
    return {};
}

} // namespace kessai::test
