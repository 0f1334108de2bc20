// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/DatabaseUrl.h"
#include "core/store/StoreError.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

namespace kessai {

class Session;
class StoreConnection;

/// Lets QCOMPARE print a StoreError kind by name (found by argument-dependent lookup).
char *toString(StoreError::Kind kind);

} // namespace kessai

namespace kessai::test {

QString kindName(StoreError::Kind kind);

/// The StoreError that f throws, or nullopt when it returns normally.
template <typename F>
std::optional<StoreError> storeErrorOf(F &&f)
{
    try {
        f();
    } catch (const StoreError &error) {
        return error;
    }
    return std::nullopt;
}

/// The message of the last error caught by KESSAI_EXPECT_ERROR.
QString &lastErrorMessage();

/// count(*) of a table (trusted names only).
qint64 rowCount(StoreConnection &connection, const QString &table);

/// Creates the organization with the connection's identity as its administrator.
void setUpOrganization(StoreConnection &connection);
/// Creates the organization (the connection's identity, named adminName, as administrator)
/// with one unit, 総務課, that the administrator belongs to, so that they can draft. Returns the
/// unit's id.
qint64 setUpDraftingOffice(StoreConnection &connection, const QString &adminName);

/// Runs `threads` workers at the same time, each in its own QThread with its own
/// StoreConnection to url (Qt SQL connections belong to the thread that opened them). The
/// workers start together once all are connected. Returns one line per worker that threw.
QStringList runInThreads(const DatabaseUrl &url, int threads,
                         const std::function<void(StoreConnection &connection, int index)> &work);

/// size incompressible bytes, the same for the same seed (content that spans several chunks).
QByteArray randomBytes(qint64 size, quint32 seed);
/// The first of lines that contains needle (empty when none does).
QString lineContaining(const QStringList &lines, const QString &needle);

class TestDatabase;

/// A session of another registered user. On PostgreSQL it is that user's own connection as
/// the database role of the same name; on SQLite, where the identity is always the OS account
/// (the administrator), it is the administrator acting with --as.
class SessionAs
{
public:
    SessionAs(TestDatabase &db, StoreConnection &adminConnection, const QString &login);
    ~SessionAs();
    Session &session() { return *m_session; }
    StoreConnection &connection();
    /// True when this is the administrator acting as the user (SQLite).
    bool viaActAs() const { return !m_own; }

private:
    std::unique_ptr<StoreConnection> m_own;
    std::unique_ptr<Session> m_session;
};

} // namespace kessai::test

/// Runs statement; a StoreError fails the test with its message (QtTest would hide it).
#define KESSAI_TRY(statement)                                                                                \
    do {                                                                                                     \
        try {                                                                                                \
            statement;                                                                                       \
        } catch (const kessai::StoreError &kessaiError_) {                                                   \
            QFAIL(                                                                                           \
                qPrintable(QStringLiteral("unexpected StoreError (%1): %2")                                  \
                               .arg(kessai::test::kindName(kessaiError_.kind()), kessaiError_.message())));  \
        }                                                                                                    \
    } while (false)

/// Expects statement to throw a StoreError of expectedKind; its message is then in
/// kessai::test::lastErrorMessage().
#define KESSAI_EXPECT_ERROR(expectedKind, statement)                                                         \
    do {                                                                                                     \
        const std::optional<kessai::StoreError> kessaiError_ =                                               \
            kessai::test::storeErrorOf([&] { statement; });                                                  \
        QVERIFY2(kessaiError_.has_value(), "no StoreError from: " #statement);                               \
        kessai::test::lastErrorMessage() = kessaiError_->message();                                          \
        QVERIFY2(                                                                                            \
            kessaiError_->kind() == (expectedKind),                                                          \
            qPrintable(QStringLiteral("expected %1, got %2: %3")                                             \
                           .arg(kessai::test::kindName(expectedKind),                                        \
                                kessai::test::kindName(kessaiError_->kind()), kessaiError_->message())));    \
    } while (false)
