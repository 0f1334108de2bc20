// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/records/RecordsMenu.h"

#include "gui/records/RecordsWindow.h"

#include <QAction>
#include <QMenu>

namespace kessai::gui {

RecordsMenu::RecordsMenu(StoreClient *client, QWidget *owner)
    : QObject(owner)
    , m_client(client)
    , m_owner(owner)
{}

RecordsMenu *RecordsMenu::install(QMenu *menu, StoreClient *client, QWidget *owner)
{
    auto *hook = new RecordsMenu(client, owner);
    QAction *action = menu->addAction(tr("&Records management…"), hook, &RecordsMenu::open);
    action->setObjectName(QStringLiteral("recordsAction"));
    return hook;
}

RecordsWindow *RecordsMenu::window() const
{
    return m_window;
}

void RecordsMenu::open()
{
    if (!m_window) {
        m_window = new RecordsWindow(m_client, m_owner);
        m_window->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    m_window->refresh();
}

} // namespace kessai::gui
