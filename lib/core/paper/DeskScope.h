// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QtGlobal>

namespace kessai {

class Session;

/// Whose figures the administrator's desk shows a user: administrators (and the 総括文書管理者,
/// an administrator who is also 文書管理者) every unit; a 課's 文書管理者 their 課 and its 係;
/// anyone else nothing (clerks get no desk). The office server applies the same rule in its
/// views (kessai_desk_sees_all / kessai_desk_units); on SQLite this class is the rule.
class DeskScope
{
public:
    static DeskScope of(const Session &session);

    bool hasDesk() const { return m_all || !m_units.isEmpty(); }
    bool seesAll() const { return m_all; }
    bool covers(qint64 unitId) const { return m_all || m_units.contains(unitId); }
    /// The units covered (empty when seesAll()).
    const QSet<qint64> &units() const { return m_units; }

    /// The 課 of unitId (walking up from a 係) and every unit under it: what a member of unitId
    /// sees (the server's kessai_unit_scope).
    static QSet<qint64> unitScope(const Session &session, qint64 unitId);

private:
    bool m_all = false;
    QSet<qint64> m_units;
};

} // namespace kessai
