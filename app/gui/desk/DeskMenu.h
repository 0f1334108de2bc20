// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace kessai::gui {

class DeskWindow;
class MainWindow;
class OfficeListsDialog;
class PaperDecisionDialog;
class RateSettingsDialog;
class SwitchToPaperDialog;
class StoreClient;

/// The main window's 管理 menu with the desk: added once the session is known, and only for
/// users with a desk (administrators, 文書管理者). Clerks never see it.
class DeskMenu : public QObject
{
    Q_OBJECT

public:
    DeskMenu(MainWindow *window, StoreClient *client);

    /// The open desk, if any (tests).
    DeskWindow *desk() const;
    QMenu *menu() const { return m_menu; }

    void openDesk();
    /// The forms of the menu (also for tests): each opens a dialog that deletes itself on close.
    PaperDecisionDialog *registerPaper();
    /// nullptr when no document is selected in the main window.
    SwitchToPaperDialog *switchToPaper();
    RateSettingsDialog *openRateSettings();
    OfficeListsDialog *openOfficeLists();

private:
    MainWindow *m_window;
    StoreClient *m_client;
    QMenu *m_menu = nullptr;
    QPointer<DeskWindow> m_desk;
    QAction *m_settingsAction = nullptr;
    QAction *m_listsAction = nullptr;

    void refreshDesk();
};

} // namespace kessai::gui
