// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/renditions/PageLayoutRecord.h"

#include <QStringList>

namespace kessai {

namespace {
QString number(qreal value)
{
    QString text = QString::number(value, 'f', 2);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}
} // namespace

QString PageLayoutRecord::encodeSizes(const QList<QSizeF> &sizes)
{
    QStringList runs;
    qsizetype i = 0;
    while (i < sizes.size()) {
        const QString size = number(sizes.at(i).width()) + QLatin1Char('x') + number(sizes.at(i).height());
        qsizetype j = i + 1;
        while (j < sizes.size() &&
               number(sizes.at(j).width()) + QLatin1Char('x') + number(sizes.at(j).height()) == size)
            ++j;
        runs.append(j - i > 1 ? size + QLatin1Char('*') + QString::number(j - i) : size);
        i = j;
    }
    return runs.join(QLatin1Char(';'));
}

QList<QSizeF> PageLayoutRecord::decodeSizes(const QString &text)
{
    QList<QSizeF> sizes;
    if (text.isEmpty())
        return sizes;
    const QStringList runs = text.split(QLatin1Char(';'));
    for (const QString &run : runs) {
        const QString size = run.section(QLatin1Char('*'), 0, 0);
        bool ok = true;
        int count = 1;
        if (run.contains(QLatin1Char('*')))
            count = run.section(QLatin1Char('*'), 1).toInt(&ok);
        bool okW = false;
        bool okH = false;
        const qreal w = size.section(QLatin1Char('x'), 0, 0).toDouble(&okW);
        const qreal h = size.section(QLatin1Char('x'), 1).toDouble(&okH);
        if (!ok || !okW || !okH || count < 1 || w <= 0 || h <= 0 || sizes.size() + count > 1000000)
            return {};
        for (int k = 0; k < count; ++k)
            sizes.append(QSizeF(w, h));
    }
    return sizes;
}

} // namespace kessai
