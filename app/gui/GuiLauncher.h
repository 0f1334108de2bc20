// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QString>
#include <QStringList>

#include <memory>

class QApplication;
class QCommandLineParser;

namespace kessai {
class ManPage;
}

namespace kessai::gui {

class InstanceChannel;
class LinkOpener;
class MainWindow;
class StoreClient;

/// What main() does, testable: parses --database, --as, --lang and a document link, installs
/// the translations, and shows the main window on the chosen store — or hands the link to the
/// Kessai already running on that store (InstanceChannel) and is done.
class GuiLauncher
{
public:
    GuiLauncher();
    ~GuiLauncher();

    /// The window's options (--database, --as, --lang), with --help and --version.
    struct Options
    {
        QCommandLineOption database;
        QCommandLineOption actAs;
        QCommandLineOption lang;
    };
    static Options options();
    static Options addOptions(QCommandLineParser &parser);
    /// Whether argv asks only for --help, --version or --help-man: main() then answers without
    /// a display (a QCoreApplication), where a QApplication would fail for want of a platform plugin.
    static bool asksForHelpOrVersion(int argc, char *argv[]);
    /// kessai(1), from the options above (printed by the hidden --help-man).
    static ManPage manPage();
    static const QCommandLineOption &helpManOption();

    /// prepare()'s answer when a running Kessai took the request over: exit with 0.
    static constexpr int kHandedOver = -1;
    /// Returns 0 to go on to app.exec(), kHandedOver, or an exit code (usage error: 1).
    int prepare(QApplication &app);
    int prepare(QApplication &app, const QStringList &arguments);
    MainWindow *window() const { return m_window.get(); }
    /// The socket this instance answers on (empty when it does not, e.g. with --as).
    QString channelName() const { return m_channelName; }

    /// The store to open: --database, else KESSAI_DATABASE, else the database last opened
    /// from the window (GuiSettings::lastDatabase); empty for the embedded default.
    static QString storeLocation(const QString &databaseOption);

private:
    std::unique_ptr<StoreClient> m_client;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<InstanceChannel> m_channel;
    LinkOpener *m_linkOpener = nullptr; // owned by the window
    QString m_channelName;
};

} // namespace kessai::gui
