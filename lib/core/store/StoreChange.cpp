// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/StoreChange.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace kessai {

namespace {
/// A positive whole id that a double holds exactly (JSON numbers are doubles), else 0.
qint64 idOf(const QJsonValue &value)
{
    if (!value.isDouble())
        return 0;
    const double number = value.toDouble();
    constexpr double kLargestExact = 9007199254740992.0; // 2^53
    if (!(number >= 1 && number <= kLargestExact) || std::floor(number) != number)
        return 0;
    return qint64(number);
}
} // namespace

StoreChange StoreChange::parse(const QString &payload)
{
    // pg_notify payloads are at most 8000 bytes; ours are a few dozen.
    if (payload.size() > 1024)
        return {};
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(payload.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !json.isObject())
        return {};
    const QJsonObject object = json.object();
    static const QRegularExpression tableName(QStringLiteral("^[a-z_]{1,63}$"));
    const QString table = object.value(QLatin1String("t")).toString();
    if (!tableName.match(table).hasMatch())
        return {};
    StoreChange change;
    change.table = table;
    change.documentId = idOf(object.value(QLatin1String("d")));
    change.attachmentId = idOf(object.value(QLatin1String("a")));
    return change;
}

} // namespace kessai
