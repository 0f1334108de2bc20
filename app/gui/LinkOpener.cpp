// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/LinkOpener.h"

#include "gui/MainWindow.h"
#include "gui/singleview/SingleViewWindow.h"

#include <utility>

namespace kessai::gui {

LinkOpener::LinkOpener(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    connect(window, &MainWindow::ready, this, &LinkOpener::openWaiting);
}

void LinkOpener::open(qint64 documentId)
{
    m_window->setWindowState(m_window->windowState() & ~Qt::WindowMinimized);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    if (documentId <= 0)
        return;
    m_waiting.append(documentId);
    if (m_window->isReady())
        openWaiting();
}

void LinkOpener::openWaiting()
{
    const QList<qint64> waiting = std::exchange(m_waiting, {});
    for (const qint64 documentId : waiting) {
        m_window->openSingleView(documentId);
        if (SingleViewWindow *view = m_window->lastSingleView()) {
            view->raise();
            view->activateWindow();
        }
    }
}

} // namespace kessai::gui
