// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/FilingClass.h"

#include <QCoreApplication>
#include <QList>

namespace kessai {

class Session;
class StoreConnection;

/// The 文書分類表 of each 課: read by everyone, changed by a 文書管理者 (records manager; on
/// PostgreSQL the server refuses anyone else). Every change is one transaction, audited.
class FilingClassStore
{
    Q_DECLARE_TR_FUNCTIONS(FilingClassStore)

public:
    static constexpr int kMaxDepth = 4;

    explicit FilingClassStore(StoreConnection &connection);

    /// The 課's entries, parents before their children, siblings by code.
    QList<FilingClass> list(qint64 unitId);
    std::optional<FilingClass> byId(qint64 id);
    std::optional<FilingClass> byCode(qint64 unitId, const QString &code);
    /// The entry and its ancestors, the 大分類 first.
    QList<FilingClass> path(qint64 id);

    /// Adds an entry under parentCode (empty: a 大分類). Refuses a duplicate code, an unknown
    /// parent, a fifth level. Returns its id.
    qint64 add(const Session &session, qint64 unitId, const FilingClass &entry);
    /// Renames an entry and sets a leaf's default 保存期間 and 措置 (both or neither; an entry with
    /// entries below it has none). A default longer than a 簿冊 made from the entry keeps is
    /// refused (the 簿冊 would keep less than its classification allows).
    void update(const Session &session, qint64 id, const QString &name, std::optional<RetentionPeriod> retention,
                std::optional<Disposition> disposition);
    /// Deletes an entry nothing uses: no entry below it, no 簿冊 made from it.
    void remove(const Session &session, qint64 id);
    /// Why id may not be deleted (empty: it may).
    QString removalRefusal(qint64 id);
    /// The 課 a user's unit files under: the 課 above a 係, or the unit itself.
    qint64 divisionOf(qint64 unitId);

private:
    StoreConnection &m_connection;
};

} // namespace kessai
