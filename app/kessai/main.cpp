// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/GuiLauncher.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Kessai"));
    QApplication::setApplicationName(QStringLiteral("kessai"));
    QApplication::setApplicationVersion(QStringLiteral(KESSAI_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.kessai.Kessai"));
    kessai::gui::GuiLauncher launcher;
    if (const int code = launcher.prepare(app))
        return code;
    return app.exec();
}
