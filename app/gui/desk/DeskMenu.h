// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QMenu;

namespace kessai::gui {

class DeskWindow;
class MainWindow;
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

private:
    MainWindow *m_window;
    StoreClient *m_client;
    QMenu *m_menu = nullptr;
    QPointer<DeskWindow> m_desk;
};

} // namespace kessai::gui
