// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/OutputFormatter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cmath>

namespace kessai::cli {

OutputFormatter::OutputFormatter(QTextStream &out, Format format)
    : m_out(out)
    , m_format(format)
{}

void OutputFormatter::printList(const QList<QJsonObject> &rows, const QStringList &columns)
{
    if (isJson()) {
        QJsonArray array;
        for (const QJsonObject &row : rows)
            array.append(row);
        writeJson(array);
        return;
    }
    for (const QJsonObject &row : rows)
        m_out << textLine(row, columns) << '\n';
    m_out.flush();
}

void OutputFormatter::printRecord(const QJsonObject &row, const QStringList &columns)
{
    if (isJson()) {
        writeJson(row);
        return;
    }
    m_out << textLine(row, columns) << '\n';
    m_out.flush();
}

void OutputFormatter::printResult(const QString &text, const QJsonObject &json)
{
    if (isJson()) {
        writeJson(json);
        return;
    }
    m_out << text << '\n';
    m_out.flush();
}

QString OutputFormatter::textValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::floor(number) == number && std::abs(number) < 9.0e15)
            return QString::number(static_cast<qint64>(number));
        return QString::number(number);
    }
    case QJsonValue::String: {
        QString text = value.toString();
        for (QChar &c : text) {
            if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                c = QLatin1Char(' ');
        }
        return text;
    }
    case QJsonValue::Array: {
        QStringList parts;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &element : array)
            parts.append(textValue(element));
        return parts.join(QLatin1Char(','));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString OutputFormatter::textLine(const QJsonObject &row, const QStringList &columns) const
{
    QStringList fields;
    fields.reserve(columns.size());
    for (const QString &column : columns)
        fields.append(textValue(row.value(column)));
    return fields.join(QLatin1Char('\t'));
}

void OutputFormatter::writeJson(const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

} // namespace kessai::cli
