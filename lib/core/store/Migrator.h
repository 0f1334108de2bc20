// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/Migration.h"

#include <QCoreApplication>
#include <QList>

namespace kessai {

class StoreConnection;

/// Brings a database to the current schema, one versioned step after the other, all in one
/// transaction (a failed upgrade leaves the older schema as it was). An older SQLite file is
/// first copied to FILE.bak-<old schema version>. The version lives in kessai_meta (and in
/// SQLite's user_version, with application_id marking the file as Kessai's).
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
    /// Applies every missing step. Throws StoreError if the database is foreign or newer
    /// (untouched then), or if the backup of an older SQLite file cannot be written.
    void migrate(StoreConnection &connection) const;
    /// Where the backup of an SQLite file at schema version goes: FILE.bak-VERSION, or
    /// FILE.bak-VERSION.2, .3 … when that exists already.
    static QString backupPath(const QString &databasePath, int version);

    /// Splits a migration text into statements (';' at line end, or '-- split' lines).
    static QStringList splitStatements(const QString &sql, bool splitOnSemicolons);

private:
    void apply(StoreConnection &connection, const Migration &migration) const;
    void backUp(StoreConnection &connection, int version) const;

    QList<Migration> m_migrations;
};

} // namespace kessai
