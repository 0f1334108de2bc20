// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kessai {

/// One schema step. commonSql runs on both backends (with @ID@, @BLOB@, @BOOL@ replaced);
/// the backend-specific parts hold what differs (triggers, functions).
struct Migration
{
    int version = 0;
    QString name;
    QString commonSql;
    QString sqliteSql;
    QString postgresqlSql;
};

} // namespace kessai
