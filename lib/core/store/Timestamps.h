// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace kessai {

/// How times and dates are written to the database: UTC ISO-8601 text with milliseconds
/// and 'YYYY-MM-DD'. Both sort as text and read the same on SQLite and PostgreSQL.
namespace Timestamps {
QDateTime now();
QString toText(const QDateTime &time);
QDateTime fromText(const QString &text);
QString dateToText(const QDate &date);
QDate dateFromText(const QString &text);
} // namespace Timestamps

} // namespace kessai
