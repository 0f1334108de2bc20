// SPDX-License-Identifier: GPL-3.0-or-later
// Export and office conversion (issue 20), each against the raw tool in the same run:
//
//   export_bench [--pages N] [--runs N] [--cli PATH] [--skip-export] [--skip-office]
//
//  1. export: `kessai-cli render DOC --dpi 96` of a generated N-page report (default 60) stored
//     in a new SQLite store, against a raw Poppler program with two threads writing the same
//     PNG files (this executable run again with --raw-export). Both are child processes, timed
//     from start to exit; their peak RSS is their VmHWM, read every few milliseconds.
//     Goal: ratio <= 1.10, kessai-cli's peak RSS <= 120 MB;
//  2. office: ten small RTF files through a new ConversionService (as the single view and
//     `kessai-cli convert` use it; its kept LibreOffice's start included) against one
//     `soffice --convert-to pdf` call on the same files; then twenty more files on the same
//     service (LibreOffice running: start excluded); and one LibreOffice run per batch (the way
//     without UNO) for comparison. Goal: ratio <= 1.0; >= 5 files/s with the start excluded.
//
// Runs alternate so that both sides of a ratio share the machine's load, printed on every line.
#include "LoadAverage.h"
#include "ReviewBenchSupport.h"
#include "core/Sha256.h"
#include "render/ConversionService.h"
#include "render/OfficeBridge.h"
#include "render/OfficeConverter.h"
#include "render/WarmOfficeConverter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <limits>
#include <memory>
#include <poppler-qt6.h>
#include <thread>
#include <vector>

using namespace kessai;
using namespace kessai::bench;

namespace {
struct ChildRun
{
    double seconds = 0;
    qint64 peakKiB = 0;
    bool ok = false;
    QString errors;
};

/// Runs program to its end, reading its peak RSS while it runs (VmHWM only grows: the last
/// reading before it exits is its peak, give or take the last few milliseconds).
ChildRun runChild(const QString &program, const QStringList &arguments)
{
    ChildRun run;
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForStarted(30000)) {
        run.errors = process.errorString();
        return run;
    }
    const qint64 pid = process.processId();
    while (!process.waitForFinished(5))
        run.peakKiB = qMax(run.peakKiB, statusKiB("VmHWM:", pid));
    run.seconds = timer.nsecsElapsed() / 1e9;
    run.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    run.errors = QString::fromUtf8(process.readAllStandardError()).trimmed();
    return run;
}

/// The raw side of the export: two threads, each with its own Poppler document (one document
/// must not render on two threads), taking every other page and writing it as PNG.
int rawExport(const QString &pdf, const QString &outputDirectory, int dpi)
{
    constexpr int kThreads = 2;
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([=] {
            const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(pdf);
            if (!document)
                return;
            document->setRenderHint(Poppler::Document::Antialiasing);
            document->setRenderHint(Poppler::Document::TextAntialiasing);
            for (int p = t; p < document->numPages(); p += kThreads) {
                const std::unique_ptr<Poppler::Page> page = document->page(p);
                page->renderToImage(dpi, dpi).save(
                    QDir(outputDirectory)
                        .filePath(QStringLiteral("p%1.png").arg(p + 1, 3, 10, QLatin1Char('0'))),
                    "PNG");
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    return 0;
}

QString megabytes(qint64 kib)
{
    return QString::number(double(kib) * 1024 / 1e6, 'f', 0) + QStringLiteral(" MB");
}

void exportSection(const QString &cli, int pages, int runs, QTemporaryDir &dir)
{
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    writeReport(pdf, pages, QStringLiteral("報告書"));
    const QString storePath = dir.filePath(QStringLiteral("export.sqlite"));
    qint64 doc = 0;
    {
        Store store = openStore(storePath);
        doc = store.newDraft(QStringLiteral("書き出しベンチ"));
        store.attach(doc, pdf);
    }
    const QString database = QStringLiteral("sqlite://") + storePath;
    out() << "\n[export] " << pages << " A4 report pages at 96 dpi; kessai-cli: " << cli << "\n";
    QList<double> ratios;
    for (int run = 1; run <= runs; ++run) {
        const QString kessaiOut = dir.filePath(QStringLiteral("kessai-%1").arg(run));
        const QString rawOut = dir.filePath(QStringLiteral("raw-%1").arg(run));
        QDir().mkpath(rawOut);
        const ChildRun kessai = runChild(
            cli, {QStringLiteral("--database"), database, QStringLiteral("render"), QString::number(doc),
                  QStringLiteral("--out"), kessaiOut, QStringLiteral("--dpi"), QStringLiteral("96")});
        const ChildRun raw =
            runChild(QCoreApplication::applicationFilePath(), {QStringLiteral("--raw-export"), pdf, rawOut});
        const qsizetype written = QDir(kessaiOut).entryList({QStringLiteral("*.png")}, QDir::Files).size();
        const qsizetype rawWritten = QDir(rawOut).entryList({QStringLiteral("*.png")}, QDir::Files).size();
        if (!kessai.ok || !raw.ok || written != pages || rawWritten != pages) {
            out() << "  run " << run << " failed: kessai-cli " << written << " files " << kessai.errors
                  << "; raw " << rawWritten << " files " << raw.errors << "\n";
            continue;
        }
        ratios.append(kessai.seconds / raw.seconds);
        out() << QStringLiteral("  run %1: kessai-cli render %2 s (peak RSS %3), raw two-thread Poppler %4 s "
                                "(peak RSS %5): ratio %6 (load %7)\n")
                     .arg(run)
                     .arg(kessai.seconds, 0, 'f', 2)
                     .arg(megabytes(kessai.peakKiB))
                     .arg(raw.seconds, 0, 'f', 2)
                     .arg(megabytes(raw.peakKiB))
                     .arg(ratios.last(), 0, 'f', 3)
                     .arg(loadAverage());
        out().flush();
    }
    out() << QStringLiteral("  median ratio %1 (goal ≤ 1.10; peak RSS goal ≤ 120 MB)\n")
                 .arg(median(ratios), 0, 'f', 3);
}

/// Converts inputs through service (no store: renditions kept in its cache folder); seconds
/// until all are done, and how many converted.
std::pair<double, int> convertWithService(render::ConversionService &service, const QStringList &inputs)
{
    QElapsedTimer timer;
    timer.start();
    QStringList shas;
    for (const QString &input : inputs) {
        QFile file(input);
        file.open(QIODevice::ReadOnly);
        Sha256 hash;
        hash.addData(file);
        shas.append(hash.hexResult());
        service.enqueue(shas.last(), QFileInfo(input).fileName(), QStringLiteral("rtf"), input);
    }
    service.waitForIdle();
    const double seconds = timer.nsecsElapsed() / 1e9;
    int ok = 0;
    for (const QString &sha : std::as_const(shas))
        ok += service.status(sha).state == render::ConversionService::State::Done ? 1 : 0;
    return {seconds, ok};
}

/// Small RTF files of 5 to 14 paragraphs; each set's files differ from every other set's.
QStringList writeRtfSet(QTemporaryDir &dir, const QString &set, int count)
{
    QStringList inputs;
    for (int i = 0; i < count; ++i) {
        inputs.append(dir.filePath(QStringLiteral("office-%1-%2.rtf").arg(set).arg(i)));
        writeRtf(inputs.last(), 5 + i % 10);
        QFile file(inputs.last());
        file.open(QIODevice::ReadWrite);
        QByteArray rtf = file.readAll();
        rtf.replace(QByteArrayLiteral("\\fs22\n"),
                    QByteArray("\\fs22{\\*\\kessaibench " + set.toLatin1() + "}\n")); // ignored by readers
        file.resize(0);
        file.write(rtf);
    }
    return inputs;
}

void officeSection(int runs, QTemporaryDir &dir)
{
    const QStringList inputs = writeRtfSet(dir, QStringLiteral("a"), 10);
    out() << "\n[office] " << inputs.size() << " small RTF files; "
          << render::OfficeConverter::converterName() << "; Python with UNO: "
          << (render::OfficeBridge::helperScript().isEmpty() ? QStringLiteral("helper script missing")
                                                             : QStringLiteral("helper script found"))
          << "\n";
    // The baseline gets what OfficeConverter gives LibreOffice too: its own fresh profile, the
    // same options, no display plugin (svp).
    qputenv("SAL_USE_VCLPLUGIN", "svp");
    QList<double> ratios;
    QList<double> warmRates;
    for (int run = 1; run <= runs; ++run) {
        const QString profile = dir.filePath(QStringLiteral("profile-%1").arg(run));
        const QString loadBefore = loadAverage();
        const ChildRun soffice = runChild(
            render::OfficeConverter::program(),
            render::OfficeConverter::startOptions(profile) +
                QStringList{QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"),
                            dir.filePath(QStringLiteral("soffice-%1").arg(run))} +
                inputs);
        const qsizetype sofficeOk = QDir(dir.filePath(QStringLiteral("soffice-%1").arg(run)))
                                        .entryList({QStringLiteral("*.pdf")})
                                        .size();
        // The kept LibreOffice: a new service (its start included), then twenty other files on
        // the same service (LibreOffice already running: its start excluded).
        double cold = 0;
        int coldOk = 0;
        double warm = 0;
        int warmOk = 0;
        int starts = 0;
        const QStringList more = writeRtfSet(dir, QStringLiteral("b%1").arg(run), 20);
        // A LibreOffice profile left by an earlier kept LibreOffice saves a start and a restart.
        const bool prepared = QFileInfo::exists(render::WarmOfficeConverter::profileTemplate());
        {
            render::ConversionService service;
            service.setCacheDirectory(dir.filePath(QStringLiteral("warm-%1").arg(run)));
            std::tie(cold, coldOk) = convertWithService(service, inputs);
            std::tie(warm, warmOk) = convertWithService(service, more);
            starts = service.officeStarts();
        }
        // One LibreOffice run for the batch (where no Python has UNO; main before this change).
        render::ConversionService batch;
        batch.setCacheDirectory(dir.filePath(QStringLiteral("batch-%1").arg(run)));
        batch.setWarmConverter(false);
        const auto [once, onceOk] = convertWithService(batch, inputs);
        ratios.append(cold / soffice.seconds);
        warmRates.append(more.size() / warm);
        out() << QStringLiteral("  run %1 (load %2): one soffice call %3 s (%4 PDFs)\n")
                     .arg(run)
                     .arg(loadBefore)
                     .arg(soffice.seconds, 0, 'f', 2)
                     .arg(sofficeOk)
              << QStringLiteral("    kept LibreOffice, start included (%1): %2 s for %3 (%4 ok, %5 "
                                "files/s), ratio %6\n")
                     .arg(prepared ? QStringLiteral("prepared profile") : QStringLiteral("new profile"))
                     .arg(cold, 0, 'f', 2)
                     .arg(inputs.size())
                     .arg(coldOk)
                     .arg(inputs.size() / cold, 0, 'f', 1)
                     .arg(ratios.last(), 0, 'f', 3)
              << QStringLiteral("    kept LibreOffice, start excluded: %1 s for %2 more (%3 ok, %4 files/s); "
                                "LibreOffice starts %5\n")
                     .arg(warm, 0, 'f', 2)
                     .arg(more.size())
                     .arg(warmOk)
                     .arg(warmRates.last(), 0, 'f', 1)
                     .arg(starts)
              << QStringLiteral("    one LibreOffice run per batch: %1 s (%2 ok, ratio %3) (load %4)\n")
                     .arg(once, 0, 'f', 2)
                     .arg(onceOk)
                     .arg(once / soffice.seconds, 0, 'f', 3)
                     .arg(loadAverage());
        out().flush();
    }
    out() << QStringLiteral("  median ratio %1 (goal ≤ 1.0); median warm %2 files/s (goal ≥ 5)\n")
                 .arg(median(ratios), 0, 'f', 3)
                 .arg(median(warmRates), 0, 'f', 1);
}
} // namespace

int main(int argc, char *argv[])
{
    if (argc == 4 && qstrcmp(argv[1], "--raw-export") == 0) {
        QCoreApplication app(argc, argv); // QImage's PNG writer needs no GUI
        return rawExport(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]), 96);
    }
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("pages"), QStringLiteral("Pages of the exported report (default 60)."),
                      QStringLiteral("N"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each comparison (default 3)."),
                      QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("cli"),
                      QStringLiteral("The kessai-cli to measure (default: this build's)."),
                      QStringLiteral("path"),
                      QCoreApplication::applicationDirPath() + QStringLiteral("/../app/cli/kessai-cli")});
    parser.addOption({QStringLiteral("skip-export"), QStringLiteral("Leave out the export.")});
    parser.addOption({QStringLiteral("skip-office"), QStringLiteral("Leave out LibreOffice.")});
    parser.addOption({QStringLiteral("new-profile"),
                      QStringLiteral("Remove the prepared LibreOffice profile first (the first start after "
                                     "installing).")});
    parser.process(app);
    const int pages = qBound(2, parser.value(QStringLiteral("pages")).toInt(), 1000);
    const int runs = qBound(1, parser.value(QStringLiteral("runs")).toInt(), 20);

    QTemporaryDir dir;
    out() << "machine: " << QThread::idealThreadCount() << " cores; load average " << loadAverage() << "\n";
    if (!parser.isSet(QStringLiteral("skip-export")))
        exportSection(QDir::cleanPath(parser.value(QStringLiteral("cli"))), pages, runs, dir);
    if (parser.isSet(QStringLiteral("new-profile")))
        QDir(render::WarmOfficeConverter::profileTemplate()).removeRecursively();
    if (!parser.isSet(QStringLiteral("skip-office")) && render::OfficeConverter::isAvailable())
        officeSection(runs, dir);
    out().flush();
    return 0;
}
