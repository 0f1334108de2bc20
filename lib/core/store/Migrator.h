// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/Migration.h"

#include <QCoreApplication>
#include <QList>

namespace kessai {

class StoreConnection;

/// Brings a database to the current schema, one versioned step at a time, each step in
/// its own transaction. The version lives in kessai_meta (and in SQLite's user_version,
/// with application_id marking the file as Kessai's).
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    enum class State
    {
        Empty,
        Older,
        Current,
        Newer,
        Foreign
    };
    struct Inspection
    {
        State state = State::Empty;
        int version = 0;
    };

    static constexpr int kSqliteApplicationId = 0x4B534149; // "KSAI"

    /// The migrations shipped with this build (from the resources under :/kessai/migrations).
    static QList<Migration> builtIn();

    explicit Migrator(QList<Migration> migrations = builtIn());

    int latestVersion() const;
    Inspection inspect(StoreConnection &connection) const;
    /// Applies every missing step. Throws StoreError if the database is foreign or newer.
    void migrate(StoreConnection &connection) const;

    /// Splits a migration text into statements (';' at line end, or '-- split' lines).
    static QStringList splitStatements(const QString &sql, bool splitOnSemicolons);

private:
    void apply(StoreConnection &connection, const Migration &migration) const;

    QList<Migration> m_migrations;
};

} // namespace kessai
