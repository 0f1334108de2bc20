// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/paper/PaperDecision.h"
#include "core/paper/PaperDecisionStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

#include <functional>

namespace kessai {

class Session;

/// Registers a year of 書面決裁 at once from a CSV file, all or nothing: every row is checked
/// first (nothing is written while one is wrong; the error names the line and the column), then
/// all are registered in one transaction.
///
/// Columns (header row, any order): 件名, 起案者 (login), 所属 (unit code), 決裁者, 起案日, 決裁日
/// (YYYY-MM-DD or YYYY/MM/DD), 理由 (reason code or name); optional 決裁区分 (code or name),
/// 簿冊 (a file of the unit in the fiscal year of the 起案日), 理由詳細, 文書番号 (the number
/// already given on paper), 秘 (秘 or 1 for a 秘 document), 種類 (decision kind, code or name).
///
/// The text must be UTF-8 (with or without BOM) unless the caller says it is Shift_JIS: a file
/// saved by Excel as plain "CSV" is Shift_JIS, and is refused naming its first such line rather
/// than guessed at.
class PaperCsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(PaperCsvImporter)

public:
    enum class Encoding
    {
        Utf8,
        ShiftJis
    };

    explicit PaperCsvImporter(Session &session);

    QList<RegisteredPaperDecision> import(const QByteArray &bytes, const QString &sourceName,
                                          Encoding encoding = Encoding::Utf8);

    static QStringList requiredColumns();

    /// A field that is wrong: its column name and why.
    struct FieldError
    {
        QString field;
        QString why;
    };
    /// One paper decision from its fields by column name (the same names as the CSV's header),
    /// looked up and checked. Throws FieldError.
    PaperDecision resolve(const std::function<QString(const QString &)> &field);

private:
    static QByteArray utf8Text(const QByteArray &bytes, const QString &sourceName, Encoding encoding);

    Session &m_session;
    PaperDecisionStore m_store;
    bool m_loaded = false;
    QHash<QString, qint64> m_units;   // by code
    QHash<QString, qint64> m_reasons; // by code and by name
    QHash<QString, qint64> m_levels;  // by code and by name
    QHash<QString, qint64> m_users;   // by login, 0 = none
    QHash<QString, qint64> m_files;   // "unit|fiscal year|name"
    QSet<QString> m_filesRead;        // "unit|fiscal year|"
};

} // namespace kessai
