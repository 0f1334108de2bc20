// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/DatabaseUrl.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace kessai::gui {

class RecordsWindow;
class StoreClient;

/// The Tools menu's 文書管理 entry (RecordsWindow): AdministratorTools puts action() in the menu
/// and shows it only to 文書管理者 and administrators. The window opens once and is raised afterwards.
class RecordsMenu : public QObject
{
    Q_OBJECT

public:
    RecordsMenu(StoreClient *client, QWidget *owner);

    QAction *action() const { return m_action; }
    void setUrl(const DatabaseUrl &url) { m_url = url; }
    RecordsWindow *window() const;
    void open();

private:
    StoreClient *m_client;
    QWidget *m_owner;
    DatabaseUrl m_url;
    QAction *m_action;
    QPointer<RecordsWindow> m_window;
};

} // namespace kessai::gui
