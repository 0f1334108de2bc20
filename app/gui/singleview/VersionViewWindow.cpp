// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/singleview/VersionViewWindow.h"

#include "gui/singleview/SingleView.h"
#include "render/ConversionService.h"
#include "render/RenderEngine.h"

#include <QDesktopServices>
#include <QLabel>
#include <QUrl>
#include <QVBoxLayout>

namespace kessai::gui {

VersionViewWindow::VersionViewWindow(const QString &path, const QString &name, const QString &title,
                                     QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_engine(new render::RenderEngine(this))
    , m_conversion(new render::ConversionService(this)) // a file, not the store: converted here
    , m_view(new SingleView(m_engine, this))
{
    setObjectName(QStringLiteral("versionViewWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(title);
    m_engine->setConversionService(m_conversion);
    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("versionViewHeading"));
    heading->setContentsMargins(8, 4, 8, 4);
    heading->setStyleSheet(QStringLiteral("background: #fff4d6; color: #5b4300"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(heading);
    layout->addWidget(m_view, 1);
    resize(1000, 860);
    // The file is already a read-only copy of that version: open it as it is.
    connect(m_view, &SingleView::openExternallyRequested, this,
            [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });
    m_engine->openFiles({{path, name, {}}});
    m_view->setFocus();
}

} // namespace kessai::gui
