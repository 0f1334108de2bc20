// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/desk/DeskMenu.h"

#include "gui/MainWindow.h"
#include "gui/StoreClient.h"
#include "gui/StoreWorker.h"
#include "gui/desk/DeskLoader.h"
#include "gui/desk/DeskWindow.h"
#include "gui/desk/OfficeListsDialog.h"
#include "gui/desk/PaperDecisionDialog.h"
#include "gui/desk/RateSettingsDialog.h"
#include "gui/desk/SwitchToPaperDialog.h"

#include <QAction>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace kessai::gui {

DeskMenu::DeskMenu(MainWindow *window, StoreClient *client)
    : QObject(window)
    , m_window(window)
    , m_client(client)
{
    setObjectName(QStringLiteral("deskMenu"));
    connect(window, &MainWindow::ready, this, [this] {
        m_client->call<int>(
            this,
            [](StoreWorker &worker) {
                return DeskLoader::hasDesk(worker) ? (DeskLoader::seesAll(worker) ? 2 : 1) : 0;
            },
            [this](int desk) {
                const bool hasDesk = desk > 0;
                if (m_menu) {
                    m_menu->menuAction()->setVisible(hasDesk);
                    m_settingsAction->setVisible(desk == 2);
                    m_listsAction->setVisible(desk == 2);
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
                m_menu->addSeparator();
                m_menu->addAction(tr("&Register a decision made on paper (書面決裁)…"), this, &DeskMenu::registerPaper)
                    ->setObjectName(QStringLiteral("registerPaperAction"));
                m_menu->addAction(tr("&Switch the selected document to paper…"), this, &DeskMenu::switchToPaper)
                    ->setObjectName(QStringLiteral("switchToPaperAction"));
                m_settingsAction = m_menu->addAction(tr("電子決裁率 &target and exclusion rules…"), this,
                                                     &DeskMenu::openRateSettings);
                m_settingsAction->setObjectName(QStringLiteral("rateSettingsAction"));
                m_settingsAction->setVisible(desk == 2); // administrators only
                m_listsAction = m_menu->addAction(tr("The office's &lists: decision kinds, paper reasons…"), this,
                                                  &DeskMenu::openOfficeLists);
                m_listsAction->setObjectName(QStringLiteral("officeListsAction"));
                m_listsAction->setVisible(desk == 2);
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

PaperDecisionDialog *DeskMenu::registerPaper()
{
    auto *dialog = new PaperDecisionDialog(m_client, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PaperDecisionDialog::registered, this, &DeskMenu::refreshDesk);
    dialog->open();
    return dialog;
}

SwitchToPaperDialog *DeskMenu::switchToPaper()
{
    const qint64 document = m_window->selectedDocument();
    if (!document) {
        QMessageBox::information(m_window, tr("Switch to paper"),
                                 tr("Select the document decided on paper in the list first."));
        return nullptr;
    }
    auto *dialog = new SwitchToPaperDialog(m_client, document, tr("document %1").arg(document), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SwitchToPaperDialog::switched, this, [this](qint64, const QString &label) {
        m_window->statusBar()->showMessage(tr("Decided on paper: %1").arg(label), 10000);
        refreshDesk();
    });
    dialog->open();
    return dialog;
}

RateSettingsDialog *DeskMenu::openRateSettings()
{
    auto *dialog = new RateSettingsDialog(m_client, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RateSettingsDialog::changed, this, &DeskMenu::refreshDesk);
    dialog->open();
    return dialog;
}

OfficeListsDialog *DeskMenu::openOfficeLists()
{
    auto *dialog = new OfficeListsDialog(m_client, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OfficeListsDialog::changed, this, &DeskMenu::refreshDesk);
    dialog->open();
    return dialog;
}

void DeskMenu::refreshDesk()
{
    if (m_desk && m_desk->isVisible())
        m_desk->refresh();
}

} // namespace kessai::gui
