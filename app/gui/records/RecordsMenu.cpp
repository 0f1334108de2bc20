// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/records/RecordsMenu.h"

#include "gui/records/RecordsWindow.h"

#include <QAction>

namespace kessai::gui {

RecordsMenu::RecordsMenu(StoreClient *client, QWidget *owner)
    : QObject(owner)
    , m_client(client)
    , m_owner(owner)
    , m_action(new QAction(tr("&Records management…"), this))
{
    m_action->setObjectName(QStringLiteral("recordsAction"));
    connect(m_action, &QAction::triggered, this, &RecordsMenu::open);
}

RecordsWindow *RecordsMenu::window() const
{
    return m_window;
}

void RecordsMenu::open()
{
    if (!m_window) {
        m_window = new RecordsWindow(m_client, m_url, m_owner);
        m_window->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    m_window->refresh();
}

} // namespace kessai::gui
