// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kessai {

/// Installs Kessai's and Qt's own translations for the chosen language. Japanese is the
/// primary language: it is used unless --lang or the system locale asks for another one.
class TranslationLoader
{
public:
    /// language: "ja", "en", or empty to follow the system locale (C/POSIX → Japanese).
    /// Returns the language actually used.
    static QString install(const QString &language);
    static QString systemLanguage();
};

} // namespace kessai
