// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>

class QTextStream;

namespace kessai::cli {

/// Writes command results to stdout, either as plain text for people and shell pipes
/// (one record per line, fields separated by tabs, no header or decoration) or, with
/// --json, as one indented JSON document whose keys are stable English snake_case.
class OutputFormatter
{
public:
    enum class Format
    {
        Text,
        Json
    };

    explicit OutputFormatter(QTextStream &out, Format format = Format::Text);

    void setFormat(Format format) { m_format = format; }
    Format format() const { return m_format; }
    bool isJson() const { return m_format == Format::Json; }

    /// Text: one line per row with the values of columns in that order. JSON: an array of the
    /// rows (every key of each row, not only columns).
    void printList(const QList<QJsonObject> &rows, const QStringList &columns);
    /// One record: a single tab-separated line, or the JSON object.
    void printRecord(const QJsonObject &row, const QStringList &columns);
    /// The outcome of an action: text is a sentence for people, JSON the object.
    void printResult(const QString &text, const QJsonObject &json);

    /// How a value reads in a text field: booleans as yes/no, arrays joined by ',', null as
    /// empty, tabs and line breaks replaced by spaces so that a record stays on one line.
    static QString textValue(const QJsonValue &value);

private:
    QString textLine(const QJsonObject &row, const QStringList &columns) const;
    void writeJson(const QJsonValue &value);

    QTextStream &m_out;
    Format m_format;
};

} // namespace kessai::cli
