// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/GuiLauncher.h"
#include "manpage/ManPage.h"
#include "render/OcrPlatform.h"
#include "translations/TranslationLoader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace {
void describe()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Kessai"));
    QCoreApplication::setApplicationName(QStringLiteral("kessai"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KESSAI_VERSION));
}

/// --help, --version and --help-man need no display: answered before any window system is touched.
int answerWithoutDisplay(int argc, char *argv[])
{
    QCoreApplication core(argc, argv);
    describe();
    const QStringList arguments = QCoreApplication::arguments();
    const int lang = arguments.indexOf(QStringLiteral("--lang"));
    kessai::TranslationLoader::install(lang >= 0 ? arguments.value(lang + 1) : QString());
    QCommandLineParser parser;
    kessai::gui::GuiLauncher::addOptions(parser);
    parser.process(core); // prints and exits for --help and --version
    if (parser.isSet(kessai::gui::GuiLauncher::helpManOption())) {
        const QByteArray page = kessai::gui::GuiLauncher::manPage().toRoff().toUtf8();
        std::fwrite(page.constData(), 1, size_t(page.size()), stdout);
    }
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    kessai::render::OcrPlatform::limitThreadsBeforeStart(argv);
    if (kessai::gui::GuiLauncher::asksForHelpOrVersion(argc, argv))
        return answerWithoutDisplay(argc, argv);
    QApplication app(argc, argv);
    describe();
    QApplication::setDesktopFileName(QStringLiteral("org.kessai.Kessai"));
    kessai::gui::GuiLauncher launcher;
    if (const int code = launcher.prepare(app))
        return code == kessai::gui::GuiLauncher::kHandedOver ? 0 : code;
    return app.exec();
}
