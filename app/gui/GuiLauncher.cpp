// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/GuiLauncher.h"

#include "core/documents/DocumentLink.h"
#include "core/store/DatabaseUrl.h"
#include "gui/GuiSettings.h"
#include "gui/InstanceChannel.h"
#include "gui/LinkOpener.h"
#include "gui/MainWindow.h"
#include "gui/StoreClient.h"
#include "manpage/ManPage.h"
#include "translations/TranslationLoader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>

namespace kessai::gui {

namespace {
QString description()
{
    return QCoreApplication::translate(
        "GuiLauncher", "Kessai: document management and electronic approval (文書管理・電子決裁)");
}

QString linkDescription()
{
    return QCoreApplication::translate(
        "GuiLauncher",
        "A document link, kessai://NUMBER or a .kessai file: opens that document's single view");
}
} // namespace

GuiLauncher::GuiLauncher() = default;

GuiLauncher::~GuiLauncher()
{
    m_channel.reset();
    m_window.reset();
    m_client.reset();
}

GuiLauncher::Options GuiLauncher::options()
{
    return Options{
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
}

const QCommandLineOption &GuiLauncher::helpManOption()
{
    static const QCommandLineOption option = [] {
        QCommandLineOption helpMan(QStringLiteral("help-man"));
        helpMan.setFlags(QCommandLineOption::HiddenFromHelp);
        return helpMan;
    }();
    return option;
}

GuiLauncher::Options GuiLauncher::addOptions(QCommandLineParser &parser)
{
    const Options chosen = options();
    parser.setApplicationDescription(description());
    parser.addOptions({chosen.database, chosen.actAs, chosen.lang, helpManOption()});
    parser.addPositionalArgument(QStringLiteral("link"), linkDescription(), QStringLiteral("[link]"));
    parser.addHelpOption();
    parser.addVersionOption();
    return chosen;
}

ManPage GuiLauncher::manPage()
{
    ManPage page(QStringLiteral("kessai"), QCoreApplication::applicationVersion(), description());
    page.setSynopsis(QCoreApplication::translate("GuiLauncher", "[options] [link]"));
    page.setDescription(QCoreApplication::translate(
        "GuiLauncher",
        "The desktop application of Kessai: draft documents (起案) and attach files, review every "
        "attachment in one scrolling view (一覧表示), approve in sequence (回議・合議・決裁), on an "
        "embedded SQLite file or an office's PostgreSQL server.\n\n"
        "One window runs per user and database: starting kessai again on the same database, or "
        "opening a document link, brings that window to the front and opens the document there."));
    const Options chosen = options();
    // Qt's own --help and --version (QCommandLineParser::addHelpOption, addVersionOption).
    page.addOptions(
        {chosen.database, chosen.actAs, chosen.lang,
         QCommandLineOption({QStringLiteral("?"), QStringLiteral("h"), QStringLiteral("help")},
                            QCoreApplication::translate("GuiLauncher", "Show the help and exit.")),
         QCommandLineOption(
             QStringLiteral("help-all"),
             QCoreApplication::translate("GuiLauncher", "Show the help, with Qt's own options, and exit.")),
         QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")},
                            QCoreApplication::translate("GuiLauncher", "Show the version and exit."))});
    page.addList(QCoreApplication::translate("GuiLauncher", "ARGUMENTS"),
                 {{QStringLiteral("kessai://NUMBER"), linkDescription()},
                  {QStringLiteral("FILE.kessai"),
                   QCoreApplication::translate("GuiLauncher",
                                               "A link file: a [Kessai Link] section with Database=URL and "
                                               "Document=NUMBER lines.")}});
    page.addList(
        QCoreApplication::translate("GuiLauncher", "ENVIRONMENT"),
        {{QStringLiteral("KESSAI_DATABASE"),
          QCoreApplication::translate("GuiLauncher", "The database when --database is not given.")},
         {QStringLiteral("PGPASSWORD"),
          QCoreApplication::translate("GuiLauncher", "The password for a PostgreSQL server (else "
                                                     "~/.pgpass, a Kerberos ticket or the keychain).")}});
    page.addList(
        QCoreApplication::translate("GuiLauncher", "FILES"),
        {{QStringLiteral("~/.local/share/Kessai/kessai/kessai.sqlite"),
          QCoreApplication::translate("GuiLauncher", "The embedded database made on the first start.")},
         {QStringLiteral("~/.config/Kessai/kessai.conf"),
          QCoreApplication::translate("GuiLauncher", "Settings: the last database, editing applications.")}});
    page.setSeeAlso({QStringLiteral("kessai-cli")});
    return page;
}

bool GuiLauncher::asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--help" || argument == "-h" || argument == "-?" || argument == "--help-all" ||
            argument == "--version" || argument == "-v" || argument == "--help-man")
            return true;
    }
    return false;
}

int GuiLauncher::prepare(QApplication &app)
{
    return prepare(app, QCoreApplication::arguments());
}

int GuiLauncher::prepare(QApplication &app, const QStringList &arguments)
{
    QCommandLineParser parser;
    const Options options = addOptions(parser);
    parser.process(arguments);

    const QString language = parser.value(options.lang);
    if (!language.isEmpty() && language != QLatin1String("ja") && language != QLatin1String("en")) {
        std::fprintf(stderr, "kessai: --lang must be ja or en\n");
        return 1;
    }
    TranslationLoader::install(language);

    QString error;
    DocumentLink link;
    if (const QStringList positional = parser.positionalArguments(); !positional.isEmpty()) {
        if (positional.size() > 1) {
            std::fprintf(
                stderr, "kessai: %s\n",
                qPrintable(QCoreApplication::translate("GuiLauncher", "give one document link, not %1")
                               .arg(positional.size())));
            return 1;
        }
        link = DocumentLink::parse(positional.constFirst(), &error);
        if (!link.isValid()) {
            std::fprintf(stderr, "kessai: %s\n", qPrintable(error));
            return 1;
        }
    }

    // A link file names its database; a kessai:// link is for the usual one.
    const QString location =
        link.database().isEmpty() ? storeLocation(parser.value(options.database)) : link.database();
    const DatabaseUrl url =
        location.isEmpty() ? DatabaseUrl::defaultLocation() : DatabaseUrl::parse(location, &error);
    if (!url.isValid()) {
        std::fprintf(stderr, "kessai: --database: %s\n", qPrintable(error));
        return 1;
    }

    // Acting as someone else is a separate session, never handed to (or taking) the user's own.
    const QString actAs = parser.value(options.actAs);
    if (actAs.isEmpty()) {
        m_channelName = InstanceChannel::serverName(url);
        if (InstanceChannel::handOver(m_channelName, link.documentId()))
            return kHandedOver;
    }

    app.setWindowIcon(QIcon(QStringLiteral(":/kessai/icons/kessai.svg")));
    m_client = std::make_unique<StoreClient>();
    m_window = std::make_unique<MainWindow>(m_client.get(), url, actAs);
    // A file the user named (or chose before) that is missing is a typo or an unmounted drive,
    // not a wish for a new database: only the default location starts with the first-run dialog.
    m_window->setStoreCreationAllowed(location.isEmpty() || url.backend() != DatabaseUrl::Backend::SQLite);
    m_linkOpener = new LinkOpener(m_window.get());
    if (!m_channelName.isEmpty()) {
        m_channel = std::make_unique<InstanceChannel>();
        QObject::connect(m_channel.get(), &InstanceChannel::documentRequested, m_linkOpener,
                         &LinkOpener::open);
        if (!m_channel->listen(m_channelName)) {
            std::fprintf(
                stderr, "kessai: %s\n",
                qPrintable(QCoreApplication::translate(
                               "GuiLauncher", "links will open new windows (cannot listen on %1: %2)")
                               .arg(m_channelName, m_channel->errorString())));
            m_channelName.clear();
        }
    }
    m_window->show();
    m_window->start();
    if (link.isValid())
        m_linkOpener->open(link.documentId());
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
