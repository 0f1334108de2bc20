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

GuiLauncher::Options GuiLauncher::addOptions(QCommandLineParser &parser)
{
    Options options{
        QCommandLineOption(
            QStringLiteral("database"),
            QCoreApplication::translate("GuiLauncher", "SQLite file or postgresql://user@host:port/dbname"),
            QCoreApplication::translate("GuiLauncher", "url")),
        QCommandLineOption(
            QStringLiteral("as"),
            QCoreApplication::translate("GuiLauncher", "Act as another user (administrators only)"),
            QCoreApplication::translate("GuiLauncher", "login")),
        QCommandLineOption(QStringLiteral("lang"),
                           QCoreApplication::translate("GuiLauncher", "User interface language: ja or en"),
                           QCoreApplication::translate("GuiLauncher", "language"))};
    parser.setApplicationDescription(QCoreApplication::translate(
        "GuiLauncher", "Kessai: document management and electronic approval (文書管理・電子決裁)"));
    parser.addOptions({options.database, options.actAs, options.lang});
    parser.addHelpOption();
    parser.addVersionOption();
    return options;
}

bool GuiLauncher::asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--help" || argument == "-h" || argument == "-?" || argument == "--help-all" ||
            argument == "--version" || argument == "-v")
            return true;
    }
    return false;
}

int GuiLauncher::prepare(QApplication &app)
{
    QCommandLineParser parser;
    const Options options = addOptions(parser);
    parser.process(app);
    const QCommandLineOption &database = options.database;
    const QCommandLineOption &actAs = options.actAs;
    const QCommandLineOption &lang = options.lang;

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
