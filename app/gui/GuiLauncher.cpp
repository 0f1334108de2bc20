// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/GuiLauncher.h"

#include "core/store/DatabaseUrl.h"
#include "gui/GuiSettings.h"
#include "gui/MainWindow.h"
#include "gui/StoreClient.h"
#include "translations/TranslationLoader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>

namespace kessai::gui {

GuiLauncher::GuiLauncher() = default;

GuiLauncher::~GuiLauncher()
{
    m_window.reset();
    m_client.reset();
}

int GuiLauncher::prepare(QApplication &app)
{
    QCommandLineParser parser;
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("SQLite file or postgresql://user@host:port/dbname"),
                                      QStringLiteral("url"));
    const QCommandLineOption actAs(QStringLiteral("as"),
                                   QStringLiteral("Act as another user (administrators only)"),
                                   QStringLiteral("login"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("User interface language: ja or en"),
                                  QStringLiteral("language"));
    parser.addOptions({database, actAs, lang});
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    const QString language = parser.value(lang);
    if (!language.isEmpty() && language != QLatin1String("ja") && language != QLatin1String("en")) {
        std::fprintf(stderr, "kessai: --lang must be ja or en\n");
        return 1;
    }
    TranslationLoader::install(language);

    const QString location = storeLocation(parser.value(database));
    QString error;
    const DatabaseUrl url =
        location.isEmpty() ? DatabaseUrl::defaultLocation() : DatabaseUrl::parse(location, &error);
    if (!url.isValid()) {
        std::fprintf(stderr, "kessai: --database: %s\n", qPrintable(error));
        return 1;
    }

    app.setWindowIcon(QIcon(QStringLiteral(":/kessai/icons/kessai.svg")));
    m_client = std::make_unique<StoreClient>();
    m_window = std::make_unique<MainWindow>(m_client.get(), url, parser.value(actAs));
    // A file the user named (or chose before) that is missing is a typo or an unmounted drive,
    // not a wish for a new database: only the default location starts with the first-run dialog.
    m_window->setStoreCreationAllowed(location.isEmpty() || url.backend() != DatabaseUrl::Backend::SQLite);
    m_window->show();
    m_window->start();
    return 0;
}

QString GuiLauncher::storeLocation(const QString &databaseOption)
{
    if (!databaseOption.isEmpty())
        return databaseOption;
    const QString fromEnvironment = qEnvironmentVariable("KESSAI_DATABASE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return GuiSettings::lastDatabase();
}

} // namespace kessai::gui
