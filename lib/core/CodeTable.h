// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <utility>

namespace kessai {

/// The stored code of each value of an enum ("draft", "in_review" …): one table per enum gives
/// both directions, so a code cannot be spelt two ways.
template <typename Enum, std::size_t N>
using CodeTable = std::array<std::pair<Enum, const char *>, N>;

/// The code of value; empty when the table lacks it.
template <typename Enum, std::size_t N>
QString codeOf(const CodeTable<Enum, N> &table, Enum value)
{
    for (const auto &[entry, code] : table) {
        if (entry == value)
            return QLatin1String(code);
    }
    return {};
}

/// The value of code; nullopt for an unknown code.
template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const CodeTable<Enum, N> &table, const QString &code)
{
    for (const auto &[entry, text] : table) {
        if (code == QLatin1String(text))
            return entry;
    }
    return std::nullopt;
}

/// Every code of the table, in order, joined by ", ": for help texts and messages.
template <typename Enum, std::size_t N>
QString codeList(const CodeTable<Enum, N> &table)
{
    QStringList codes;
    for (const auto &entry : table)
        codes.append(QLatin1String(entry.second));
    return codes.join(QStringLiteral(", "));
}

} // namespace kessai
