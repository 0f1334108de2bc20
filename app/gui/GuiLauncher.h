// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QString>

#include <memory>

class QApplication;
class QCommandLineParser;

namespace kessai::gui {

class MainWindow;
class StoreClient;

/// What main() does, testable: parses --database, --as and --lang, installs the
/// translations, and shows the main window on the chosen store.
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
    static Options addOptions(QCommandLineParser &parser);
    /// Whether argv asks only for --help or --version: main() then answers without a display
    /// (a QCoreApplication), where a QApplication would fail for want of a platform plugin.
    static bool asksForHelpOrVersion(int argc, char *argv[]);

    /// Returns 0 to go on to app.exec(), or an exit code (usage error: 1).
    int prepare(QApplication &app);
    MainWindow *window() const { return m_window.get(); }

    /// The store to open: --database, else KESSAI_DATABASE, else the database last opened
    /// from the window (GuiSettings::lastDatabase); empty for the embedded default.
    static QString storeLocation(const QString &databaseOption);

private:
    std::unique_ptr<StoreClient> m_client;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace kessai::gui
