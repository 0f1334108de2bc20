// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/StatementCache.h"

namespace kessai {

std::optional<QSqlQuery> StatementCache::take(const QString &sql)
{
    const auto it = m_idle.find(sql);
    if (it == m_idle.end() || it->second.empty())
        return std::nullopt;
    QSqlQuery query = std::move(it->second.back());
    it->second.pop_back();
    if (it->second.empty())
        m_idle.erase(it);
    m_order.removeAt(m_order.lastIndexOf(sql));
    return query;
}

void StatementCache::give(const QString &sql, QSqlQuery query)
{
    query.finish();
    m_idle[sql].push_back(std::move(query));
    m_order.append(sql);
    while (m_order.size() > kCapacity) {
        const QString oldest = m_order.takeFirst();
        const auto it = m_idle.find(oldest);
        it->second.erase(it->second.begin());
        if (it->second.empty())
            m_idle.erase(it);
    }
}

void StatementCache::clear()
{
    m_idle.clear();
    m_order.clear();
}

} // namespace kessai
