// SPDX-License-Identifier: GPL-3.0-or-later
// kessai-cli: administration and scripting from the shell. See CliApplication.
#include "cli/CliApplication.h"
#include "render/OcrPlatform.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char *argv[])
{
    kessai::render::OcrPlatform::limitThreadsBeforeStart(argv);
    QList<QByteArray> rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments.append(QByteArray(argv[i]));
    // "render", "export-pdf" and "file transfer" (each document's 原議) paint text and cards,
    // which needs fonts: a QGuiApplication, without a display.
    std::unique_ptr<QCoreApplication> app;
    if (rawArguments.contains(QByteArrayLiteral("render")) || rawArguments.contains(QByteArrayLiteral("export-pdf")) ||
        rawArguments.contains(QByteArrayLiteral("transfer"))) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    return kessai::cli::CliApplication().run(QCoreApplication::arguments(), rawArguments);
}
