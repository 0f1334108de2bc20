// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QString>

namespace kessai::bench {

/// The 1, 5 and 15 minute load averages ("1.02 0.87 0.65"), printed beside every figure: on a
/// machine shared with other work they say how far the absolute times can be trusted. "n/a"
/// where the system does not tell (only Linux's /proc is read).
inline QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("n/a");
    return QString::fromLatin1(file.readLine()).section(QLatin1Char(' '), 0, 2);
}

} // namespace kessai::bench
