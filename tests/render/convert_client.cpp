// SPDX-License-Identifier: GPL-3.0-or-later
// A client that converts one file and is then killed by tst_render_officeconverter: the
// LibreOffice it started must not outlive it. Usage: convert_client INPUT OUTDIR
#include "render/OfficeConverter.h"

#include <QCoreApplication>
#include <QStringList>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 3)
        return 2;
    kessai::render::OfficeConverter converter;
    converter.setTimeouts(600000, 0);
    const auto results = converter.convert({arguments.at(1)}, arguments.at(2));
    return results.constFirst().ok ? 0 : 1;
}
