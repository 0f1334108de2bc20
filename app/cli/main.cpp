// SPDX-License-Identifier: GPL-3.0-or-later
// kessai-cli: administration and scripting from the shell. See CliApplication.
#include "CliApplication.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QList<QByteArray> rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments.append(QByteArray(argv[i]));
    QCoreApplication app(argc, argv);
    return kessai::cli::CliApplication().run(QCoreApplication::arguments(), rawArguments);
}
