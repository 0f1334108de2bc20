// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/TextBoxes.h"

#include <QStringList>

namespace kessai {

QString TextBoxes::encode(const QList<QRectF> &boxes)
{
    QStringList fields;
    fields.reserve(boxes.size());
    for (const QRectF &box : boxes) {
        if (box.isNull()) {
            fields.append(QString());
            continue;
        }
        const auto unit = [](qreal fraction) { return QString::number(qRound(qBound(0.0, fraction, 1.0) * kUnits)); };
        fields.append(unit(box.x()) + QLatin1Char(',') + unit(box.y()) + QLatin1Char(',') + unit(box.width()) +
                      QLatin1Char(',') + unit(box.height()));
    }
    return fields.join(QLatin1Char(';'));
}

QList<QRectF> TextBoxes::decode(const QString &text)
{
    QList<QRectF> boxes;
    if (text.isEmpty())
        return boxes;
    const QStringList fields = text.split(QLatin1Char(';'));
    boxes.reserve(fields.size());
    for (const QString &field : fields) {
        if (field.isEmpty()) {
            boxes.append(QRectF());
            continue;
        }
        const QStringList parts = field.split(QLatin1Char(','));
        if (parts.size() != 4)
            return {};
        qreal values[4];
        for (int i = 0; i < 4; ++i) {
            bool ok = false;
            const int v = parts.at(i).toInt(&ok);
            if (!ok || v < 0 || v > kUnits)
                return {};
            values[i] = qreal(v) / kUnits;
        }
        boxes.append(QRectF(values[0], values[1], values[2], values[3]));
    }
    return boxes;
}

} // namespace kessai
