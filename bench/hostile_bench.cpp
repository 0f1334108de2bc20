// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile files (issue 10 §5): what each costs through the same path as `kessai-cli render`
// (RenderEngine + DossierExport at 96 dpi, office files through ConversionService), each in a
// process of its own so that its peak RSS is its own.
//
//   hostile_bench [--skip-office] [--case-timeout SECONDS]
//
// The files are written by hand (tests/render/HostileFiles): a 200×200-inch page, a page
// whose content stream is enormous (2·10⁶ fills), forms drawing forms seven levels deep
// (20⁷ ≈ 1.3·10⁹ fills), a page tree of 100,000 pages, one claiming a million, an image
// XObject of 50,000² pixels, a PNG declaring 50,000², a docx declaring 1.5 GB inflated, and
// that docx in a batch with three ordinary ones.
#include "render/ConversionService.h"
#include "render/DossierExport.h"
#include "render/OfficeConverter.h"
#include "render/RenderBudget.h"
#include "render/RenderEngine.h"
#include "tests/render/HostileFiles.h"
#include "tests/render/RenderFixtures.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

using namespace kessai::render;
using namespace kessai::test;

namespace {
QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

/// Peak resident memory of this process (Linux: VmHWM), in MiB.
double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return -1;
}

/// Child mode: renders the files as one dossier and prints "ms peak-MiB first-ms | item results".
int renderDossier(const QStringList &paths, const QString &outDir, qreal dpi)
{
    QElapsedTimer timer;
    timer.start();
    ConversionService conversions;
    conversions.setCacheDirectory(outDir + QStringLiteral("/cache"));
    RenderEngine engine;
    engine.setCacheDirectory(outDir + QStringLiteral("/cache"));
    engine.setConversionService(&conversions);
    QList<DossierLoader::File> files;
    for (const QString &path : paths)
        files.append({path, {}, {}});
    engine.openFiles(files);
    DossierExport::Options options;
    options.outputDirectory = outDir + QStringLiteral("/png");
    options.timeoutMs = 15 * 60 * 1000;
    options.dpi = dpi;
    DossierExport exporter(engine, options);
    qint64 first = -1;
    QStringList lines;
    exporter.run([&](const DossierExport::ItemResult &result) {
        if (first < 0)
            first = timer.elapsed();
        lines.append(QStringLiteral("%1 %2p %3")
                         .arg(result.status)
                         .arg(result.pagesWritten)
                         .arg(result.message.section(QLatin1Char('\n'), 0, 0)));
    });
    conversions.cancelAll();
    out() << timer.elapsed() << ' ' << QString::number(peakRssMiB(), 'f', 0) << ' ' << first << " | "
          << lines.join(QStringLiteral(" ; ")) << Qt::endl;
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("skip-office"), QStringLiteral("Leave out the office files.")});
    parser.addOption({QStringLiteral("case-timeout"),
                      QStringLiteral("Stop a case after this many seconds (default 600)."),
                      QStringLiteral("s"), QStringLiteral("600")});
    parser.addOption(
        {QStringLiteral("child"), QStringLiteral("Internal: render these files."), QStringLiteral("out")});
    parser.addOption(
        {QStringLiteral("dpi"), QStringLiteral("Internal."), QStringLiteral("dpi"), QStringLiteral("96")});
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Internal."));
    parser.process(app);
    if (parser.isSet(QStringLiteral("child")))
        return renderDossier(parser.positionalArguments(), parser.value(QStringLiteral("child")),
                             parser.value(QStringLiteral("dpi")).toDouble());

    QTemporaryDir dir;
    const QString d = dir.path();
    struct Case
    {
        const char *name;
        QStringList files;
        int dpi = 96;
    };
    QList<Case> cases{
        {"200×200-inch page",
         {RenderFixtures::write(d, QStringLiteral("giant.pdf"), HostileFiles::giantPagePdf())}},
        {"enormous content stream",
         {RenderFixtures::write(d, QStringLiteral("enormous.pdf"), HostileFiles::enormousContentPdf())}},
        {"forms 7 deep ×20",
         {RenderFixtures::write(d, QStringLiteral("loop.pdf"), HostileFiles::loopingPagePdf())}},
        {"100,000-page tree",
         {RenderFixtures::write(d, QStringLiteral("many.pdf"), HostileFiles::manyPagesPdf(100000))},
         10}, // 10,000 pages written
        {"declares 1,000,000 pages",
         {RenderFixtures::write(d, QStringLiteral("lying.pdf"), HostileFiles::lyingPageCountPdf(1000000))}},
        {"image XObject 50,000²",
         {RenderFixtures::write(d, QStringLiteral("bigimage.pdf"), HostileFiles::hugeImagePdf(50000))}},
        {"PNG declaring 50,000²",
         {RenderFixtures::write(d, QStringLiteral("huge.png"), HostileFiles::hugeDeclaredPng(50000, 50000))}},
    };
    if (!parser.isSet(QStringLiteral("skip-office")) && OfficeConverter::isAvailable()) {
        const QString bomb = RenderFixtures::write(d, QStringLiteral("bomb.docx"),
                                                   HostileFiles::officeDeclaringSize(1536LL * 1024 * 1024));
        cases.append({"docx declaring 1.5 GB", {bomb}});
        QStringList batch{bomb};
        for (int i = 1; i <= 3; ++i)
            batch.append(RenderFixtures::write(d, QStringLiteral("ordinary%1.docx").arg(i),
                                               RenderFixtures::docx({QStringLiteral("本文 %1").arg(i)})));
        cases.append({"batch: that docx + 3 docx", batch});
    }
    out() << "budgets: page " << RenderBudget::kMaxPagePixels / (1024 * 1024) << " MP, "
          << RenderBudget::kPageTimeMs / 1000 << " s a render, " << RenderBudget::kMaxPdfPages
          << " pages, image " << RenderBudget::kMaxImagePixels / (1024 * 1024) << " MP, forms "
          << RenderBudget::kMaxFormNesting << " deep" << Qt::endl;
    out() << "each case: a process of its own rendering the file(s) to PNG at 96 dpi (the 100,000-page tree "
             "at 10)"
          << Qt::endl;
    out() << "case | total ms | peak RSS MiB | first result ms | results" << Qt::endl;
    int index = 0;
    for (const Case &c : std::as_const(cases)) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    QStringList{QStringLiteral("--child"), d + QStringLiteral("/out%1").arg(index++),
                                QStringLiteral("--dpi"), QString::number(c.dpi)} +
                        c.files);
        const int limit = parser.value(QStringLiteral("case-timeout")).toInt();
        if (!child.waitForFinished(limit * 1000)) {
            child.kill();
            child.waitForFinished();
            out() << QString::fromUtf8(c.name) << " | > " << limit * 1000 << " | ? | ? | stopped" << Qt::endl;
            continue;
        }
        const QString line = QString::fromUtf8(child.readAllStandardOutput()).trimmed();
        const QStringList parts = line.section(QStringLiteral(" | "), 0, 0).split(QLatin1Char(' '));
        out() << QString::fromUtf8(c.name) << " | " << parts.value(0) << " | " << parts.value(1) << " | "
              << parts.value(2) << " | " << line.section(QStringLiteral(" | "), 1) << Qt::endl;
    }
    return 0;
}
