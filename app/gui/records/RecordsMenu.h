// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QMenu;
class QWidget;

namespace kessai::gui {

class RecordsWindow;
class StoreClient;

/// Hooks 文書管理 (RecordsWindow) into a window's menu: one call from the main window.
class RecordsMenu : public QObject
{
    Q_OBJECT

public:
    /// Adds the action to menu; the window opens once and is raised afterwards.
    static RecordsMenu *install(QMenu *menu, StoreClient *client, QWidget *owner);
    RecordsWindow *window() const;
    void open();

private:
    RecordsMenu(StoreClient *client, QWidget *owner);

    StoreClient *m_client;
    QWidget *m_owner;
    QPointer<RecordsWindow> m_window;
};

} // namespace kessai::gui
