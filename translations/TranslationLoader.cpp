// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations/TranslationLoader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace kessai {

QString TranslationLoader::systemLanguage()
{
    const QLocale locale = QLocale::system();
    // A bare C/POSIX locale says nothing about the user: fall back to the primary language.
    if (locale.language() == QLocale::C)
        return QStringLiteral("ja");
    return locale.language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

QString TranslationLoader::install(const QString &language)
{
    const QString chosen = language.isEmpty() ? systemLanguage() : language;
    // English is the source language, but its plural forms ("1 year", "2 years") come from kessai_en.
    auto *kessai = new QTranslator(QCoreApplication::instance());
    if (kessai->load(QStringLiteral(":/i18n/kessai_%1.qm").arg(chosen)))
        QCoreApplication::installTranslator(kessai);
    if (chosen != QLatin1String("en")) {
        auto *qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(QStringLiteral("qtbase_%1").arg(chosen),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
    }
    QLocale::setDefault(QLocale(chosen == QLatin1String("ja") ? QLocale::Japanese : QLocale::English));
    return chosen;
}

} // namespace kessai
