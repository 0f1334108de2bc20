// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace kessai {

/// 不在期間: while it lasts, the user's steps go to the 代理者 (proxy) or become 後閲.
struct Absence
{
    qint64 id = 0;
    qint64 userId = 0;
    QDate startsOn;
    QDate endsOn;
    qint64 proxyUserId = 0;
    QString reason;
};

} // namespace kessai
