// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/UserGuideWindow.h"

#include <QAction>
#include <QApplication>
#include <QPointer>
#include <QTextBrowser>
#include <QWindow>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace kessai::gui {

namespace {
QPointer<UserGuideWindow> g_window; // one guide for the application
} // namespace

UserGuideWindow::UserGuideWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("userGuide"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("User guide"));
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setSearchPaths({QStringLiteral(":/kessai/guide")});
    m_browser->setOpenExternalLinks(true);
    auto *toolBar = new QToolBar(this);
    toolBar->addAction(tr("Back"), m_browser, &QTextBrowser::backward)->setShortcut(QKeySequence::Back);
    toolBar->addAction(tr("Contents"), this, [this] { showTopic(QStringLiteral("index.html")); });
    auto *close = new QAction(this);
    close->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence(Qt::CTRL | Qt::Key_W)});
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_browser, 1);
    resize(780, 760);
}

QString UserGuideWindow::topicFor(const QWidget *window)
{
    // By class name: the guide needs no hook in each window.
    static const QList<std::pair<const char *, const char *>> kTopics{
        {"kessai::gui::DraftEditor", "drafter.html#draft"},
        {"kessai::gui::SubmitDialog", "drafter.html#submit"},
        {"kessai::gui::RouteEditorDialog", "drafter.html#submit"},
        {"kessai::gui::SingleViewWindow", "reviewer.html#approve"},
        {"kessai::gui::ActionDialog", "reviewer.html#return"},
        {"kessai::gui::EnforcementDialog", "records.html#enforce"},
        {"kessai::gui::AbsenceDialog", "reviewer.html#absence"},
        {"kessai::gui::StoreVerifyDialog", "records.html#verify"},
        {"kessai::gui::MainWindow", "index.html#inbox"},
    };
    for (const QWidget *w = window; w; w = w->parentWidget()) {
        const char *name = w->metaObject()->className();
        for (const auto &[className, topic] : kTopics) {
            if (qstrcmp(name, className) == 0)
                return QLatin1String(topic);
        }
        if (w->isWindow() && qstrcmp(name, "kessai::gui::UserGuideWindow") != 0)
            break; // the window in front decides; its parents are other windows
    }
    return QStringLiteral("index.html");
}

UserGuideWindow *UserGuideWindow::openFor(QWidget *window)
{
    const QString topic = topicFor(window);
    if (!g_window)
        g_window = new UserGuideWindow;
    g_window->showTopic(topic);
    g_window->show();
    g_window->raise();
    g_window->activateWindow();
    return g_window;
}

QAction *UserGuideWindow::createAction(QObject *parent)
{
    auto *action = new QAction(tr("&User guide"), parent);
    action->setObjectName(QStringLiteral("userGuideAction"));
    action->setShortcut(QKeySequence::HelpContents); // F1
    action->setShortcutContext(Qt::ApplicationShortcut); // from every window of the application
    QObject::connect(action, &QAction::triggered, action, [] {
        // The window with the focus (a QWindow's notion; activeWindow() can lag behind it).
        QWidget *front = QApplication::activeWindow();
        for (QWidget *window : QApplication::topLevelWidgets()) {
            if (window->windowHandle() && window->windowHandle() == QGuiApplication::focusWindow())
                front = window;
        }
        openFor(front);
    });
    return action;
}

void UserGuideWindow::showTopic(const QString &topic)
{
    m_topic = topic;
    m_browser->setSource(QUrl(QStringLiteral("qrc:/kessai/guide/") + topic));
}

} // namespace kessai::gui
