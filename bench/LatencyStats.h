// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <algorithm>
#include <cmath>

namespace kessai::bench {

/// Durations of one kind of operation, in milliseconds, and their percentiles (nearest rank).
class LatencyStats
{
public:
    void add(double milliseconds) { m_samples.append(milliseconds); }
    qsizetype count() const { return m_samples.size(); }

    double percentile(double p) const
    {
        if (m_samples.isEmpty())
            return 0;
        QList<double> sorted = m_samples;
        std::sort(sorted.begin(), sorted.end());
        const auto rank = qsizetype(std::ceil(p / 100.0 * double(sorted.size())));
        return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
    }
    double max() const { return percentile(100); }
    double mean() const
    {
        double sum = 0;
        for (double s : m_samples)
            sum += s;
        return m_samples.isEmpty() ? 0 : sum / double(m_samples.size());
    }
    /// "p50 1.23 ms, p95 4.56 ms, max 7.89 ms (n = 200)"
    QString summary() const
    {
        return QStringLiteral("p50 %1 ms, p95 %2 ms, max %3 ms (n = %4)")
            .arg(percentile(50), 0, 'f', 2)
            .arg(percentile(95), 0, 'f', 2)
            .arg(max(), 0, 'f', 2)
            .arg(count());
    }

private:
    QList<double> m_samples;
};

} // namespace kessai::bench
