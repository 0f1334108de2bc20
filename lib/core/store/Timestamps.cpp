// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/Timestamps.h"

#include <QTimeZone>

namespace kessai::Timestamps {

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

QString toText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromText(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

QString dateToText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate dateFromText(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace kessai::Timestamps
