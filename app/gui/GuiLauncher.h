// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

class QApplication;

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
