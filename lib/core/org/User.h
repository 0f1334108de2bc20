// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DomainEnums.h"

#include <QList>
#include <QString>

namespace kessai {

/// A member of staff. login is the OS account (SQLite) or the PostgreSQL role.
struct User
{
    qint64 id = 0;
    QString login;
    QString displayName;
    QString kana;
    QString extension; ///< 内線 (telephone extension), shown on the 鑑; may be empty
    qint64 titleId = 0;
    QString titleName; ///< 役職, e.g. 課長
    int titleRank = 0;
    qint64 unitId = 0;
    QString unitName;
    bool active = true;
    QList<Role> roles;

    bool hasRole(Role role) const { return roles.contains(role); }
};

} // namespace kessai
