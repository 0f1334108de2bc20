// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/desk/DeskMenu.h"

#include "gui/MainWindow.h"
#include "gui/StoreClient.h"
#include "gui/StoreWorker.h"
#include "gui/desk/DeskLoader.h"
#include "gui/desk/DeskWindow.h"

#include <QAction>
#include <QMenuBar>

namespace kessai::gui {

DeskMenu::DeskMenu(MainWindow *window, StoreClient *client)
    : QObject(window)
    , m_window(window)
    , m_client(client)
{
    setObjectName(QStringLiteral("deskMenu"));
    connect(window, &MainWindow::ready, this, [this] {
        m_client->call<bool>(
            this, [](StoreWorker &worker) { return DeskLoader::hasDesk(worker); },
            [this](bool hasDesk) {
                if (m_menu) {
                    m_menu->menuAction()->setVisible(hasDesk);
                    return;
                }
                if (!hasDesk)
                    return;
                // before Help, as the last of the working menus
                const QList<QAction *> menus = m_window->menuBar()->actions();
                m_menu = new QMenu(tr("&Administration"), m_window);
                m_menu->setObjectName(QStringLiteral("deskMenuBar"));
                m_window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), m_menu);
                QAction *open = m_menu->addAction(tr("Electronic decision &desk (電子決裁率)…"), this,
                                                  &DeskMenu::openDesk);
                open->setObjectName(QStringLiteral("openDeskAction"));
                open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
            },
            [](const StoreClient::Failure &) {});
    });
}

DeskWindow *DeskMenu::desk() const
{
    return m_desk;
}

void DeskMenu::openDesk()
{
    if (!m_desk) {
        m_desk = new DeskWindow(m_client, m_window);
        m_desk->setWindowFlag(Qt::Window);
        connect(m_desk, &DeskWindow::documentRequested, m_window, &MainWindow::openSingleView);
    }
    m_desk->show();
    m_desk->raise();
    m_desk->activateWindow();
}

} // namespace kessai::gui
