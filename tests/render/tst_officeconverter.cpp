// SPDX-License-Identifier: GPL-3.0-or-later
// OfficeConverter with a stand-in for soffice (a shell script): it is killed with its whole
// process group when it hangs, and dies with a client killed mid-run; an exit status of 0
// without a valid PDF is a failure, told in Kessai's words with LibreOffice's on a detail line;
// a zip declaring 1.5 GB is refused before any run; in a batch, a hanging file is stopped alone
// at its own time limit, and each result is reported as it is known.
// The real LibreOffice is exercised by tst_conversionservice.
#include "render/ConversionService.h"
#include "render/DossierExport.h"
#include "render/OfficeArchiveCheck.h"
#include "render/OfficeConverter.h"
#include "render/RenderEngine.h"
#include "tests/render/HostileFiles.h"
#include "tests/render/RenderFixtures.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace kessai::render;
using namespace kessai::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const char kFakeSoffice[] = R"(#!/bin/sh
outdir=""
prev=""
for a in "$@"; do
    if [ "$prev" = "--outdir" ]; then outdir="$a"; fi
    prev="$a"
done
base=$(basename "$prev")
case "$KESSAI_FAKE_MODE" in
hang)
    sleep 300 &
    echo $! > "$KESSAI_FAKE_PIDS"
    echo $$ >> "$KESSAI_FAKE_PIDS"
    sleep 300
    ;;
alone)
    echo $$ > "$KESSAI_FAKE_PIDS"
    exec sleep 300
    ;;
batch)
    # Like LibreOffice: each file in order, "convert" once loaded, then its PDF; *hang* never loads.
    seen=""
    for a in "$@"; do
        if [ "$seen" = "1" ]; then
            b=$(basename "$a")
            if grep -q HANGME "$a"; then b="hang-$b"; fi
            case "$b" in
            *hang*) sleep 300 ;;
            *bad*) echo "Error: source file could not be loaded" >&2 ;;
            *) echo "convert $a -> $outdir/${b%.*}.pdf using filter : writer_pdf_Export"
               cp "$KESSAI_FAKE_PDF" "$outdir/${b%.*}.pdf" ;;
            esac
        fi
        if [ "$seen" = "" ] && [ "$prev2" = "--outdir" ]; then seen=1; fi
        prev2="$a"
    done
    ;;
fail)
    echo "Error: source file could not be loaded" >&2
    ;;
garbage)
    echo "not a pdf" > "$outdir/${base%.*}.pdf"
    ;;
copy)
    cp "$KESSAI_FAKE_PDF" "$outdir/${base%.*}.pdf"
    ;;
esac
exit 0
)";

bool processGone(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return true;
    const QByteArray text = status.readAll();
    return text.contains("State:\tZ"); // killed, waiting to be reaped
}
} // namespace

class TestOfficeConverter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_input;

    QList<OfficeConverter::Result> run(const QByteArray &mode, int baseMs = 60000)
    {
        qputenv("KESSAI_FAKE_MODE", mode);
        OfficeConverter converter;
        converter.setTimeouts(baseMs, 0);
        return converter.convert({m_input}, m_dir.filePath(u"out-"_s + QString::fromLatin1(mode)));
    }

private slots:
    void initTestCase()
    {
        const QString script = RenderFixtures::write(m_dir.path(), u"soffice"_s, kFakeSoffice);
        QFile::setPermissions(script,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("KESSAI_SOFFICE", script.toLocal8Bit());
        m_input = RenderFixtures::write(m_dir.path(), u"minutes.docx"_s, RenderFixtures::docx({u"本文"_s}));
    }
    void cleanupTestCase() { qunsetenv("KESSAI_SOFFICE"); }

    void hangingRunIsKilledWithItsChildren()
    {
        const QString pids = m_dir.filePath(u"pids"_s);
        qputenv("KESSAI_FAKE_PIDS", pids.toLocal8Bit());
        QElapsedTimer timer;
        timer.start();
        const QList<OfficeConverter::Result> results = run("hang", 1000);
        QVERIFY2(timer.elapsed() < 8000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(results.size(), 1);
        QVERIFY(!results.first().ok);
        QVERIFY2(results.first().error.contains(u"did not finish"_s), qPrintable(results.first().error));
        QFile file(pids);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const qint64 child = file.readLine().trimmed().toLongLong(); // its background child
        QVERIFY(child > 0);
        QTRY_VERIFY_WITH_TIMEOUT(processGone(child), 5000);
    }

    void exitZeroWithoutOutputFails()
    {
        const QList<OfficeConverter::Result> results = run("fail");
        QVERIFY(!results.first().ok);
        // LibreOffice's words never stand alone: a reason Kessai knows first, the raw text on a detail line.
        const QStringList lines = results.first().error.split(u'\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(!lines.first().contains(u"Error:"_s) && lines.first().contains(u"could not open"_s),
                 qPrintable(results.first().error));
        QVERIFY2(lines.last().contains(u"source file could not be loaded"_s),
                 qPrintable(results.first().error));
    }

    void oversizedArchiveIsRefusedAtOnce()
    {
        // The stand-in hangs if it is ever run: the refusal must come before LibreOffice.
        const QString bomb = RenderFixtures::write(m_dir.path(), u"bomb.docx"_s,
                                                   HostileFiles::officeDeclaringSize(1536LL * 1024 * 1024));
        qputenv("KESSAI_FAKE_MODE", "hang");
        qputenv("KESSAI_FAKE_PIDS", m_dir.filePath(u"pids-bomb"_s).toLocal8Bit());
        OfficeConverter converter;
        converter.setTimeouts(60000, 0);
        QElapsedTimer timer;
        timer.start();
        const QList<OfficeConverter::Result> results = converter.convert({bomb}, m_dir.filePath(u"bomb"_s));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!results.first().ok);
        QVERIFY(!results.first().environmental);
        QVERIFY2(results.first().error.contains(u"inflate"_s), qPrintable(results.first().error));
        QVERIFY(!QFile::exists(m_dir.filePath(u"pids-bomb"_s)));
        // An ordinary document passes the check.
        QVERIFY(OfficeArchiveCheck::refusal(m_input).isEmpty());
        QVERIFY(OfficeArchiveCheck::declared(m_input).zip);
    }

    void hangingFileIsIsolatedAndResultsComeAsTheyFinish()
    {
        const QString pdf = RenderFixtures::write(m_dir.path(), u"made2.pdf"_s, RenderFixtures::simplePdf(1));
        qputenv("KESSAI_FAKE_PDF", pdf.toLocal8Bit());
        qputenv("KESSAI_FAKE_MODE", "batch");
        const QStringList inputs{
            RenderFixtures::write(m_dir.path(), u"first.docx"_s, RenderFixtures::docx({u"一"_s})),
            RenderFixtures::write(m_dir.path(), u"hang.docx"_s, RenderFixtures::docx({u"二"_s})),
            RenderFixtures::write(m_dir.path(), u"bad.docx"_s, RenderFixtures::docx({u"三"_s})),
            RenderFixtures::write(m_dir.path(), u"last.docx"_s, RenderFixtures::docx({u"四"_s}))};
        OfficeConverter converter;
        converter.setTimeouts(1000, 1500); // a file gets 2.5 s, however many share its run
        QList<int> order;
        QList<qint64> when;
        QElapsedTimer timer;
        timer.start();
        const QList<OfficeConverter::Result> results = converter.convert(
            inputs, m_dir.filePath(u"batch"_s), nullptr, [&](int index, const OfficeConverter::Result &) {
                order.append(index);
                when.append(timer.elapsed());
            });
        const qint64 total = timer.elapsed();
        QCOMPARE(order, (QList<int>{0, 1, 2, 3}));
        QVERIFY2(results.at(0).ok, qPrintable(results.at(0).error));
        QVERIFY2(results.at(1).error.contains(u"did not finish"_s), qPrintable(results.at(1).error));
        QVERIFY2(results.at(2).error.contains(u"could not open"_s), qPrintable(results.at(2).error));
        QVERIFY2(results.at(3).ok, qPrintable(results.at(3).error));
        // The first result came while the hanging file was still running; the whole batch
        // took about one file's time limit, not one per file.
        QVERIFY2(when.at(0) < when.at(1), qPrintable(QString::number(when.at(0))));
        QVERIFY2(total < 9000, qPrintable(QString::number(total)));
    }

    void exportReportsEachItemAsSoonAsItIsDone()
    {
        // kessai-cli render: the first attachment's line must not wait for a hanging conversion.
        const QString pdf = RenderFixtures::write(m_dir.path(), u"made3.pdf"_s, RenderFixtures::simplePdf(1));
        qputenv("KESSAI_FAKE_PDF", pdf.toLocal8Bit());
        qputenv("KESSAI_FAKE_MODE", "batch");
        QTemporaryDir cache;
        QTemporaryDir out;
        ConversionService conversions;
        conversions.setCacheDirectory(cache.path());
        conversions.setTimeouts(1000, 3000); // the hanging file is stopped after 4 s
        RenderEngine engine;
        engine.setCacheDirectory(cache.path());
        engine.setConversionService(&conversions);
        engine.openFiles(
            {{RenderFixtures::write(m_dir.path(), u"cover.pdf"_s, RenderFixtures::simplePdf(1)), {}, {}},
             {RenderFixtures::write(m_dir.path(), u"slow.rtf"_s, RenderFixtures::rtf({u"HANGME"_s})), {}, {}},
             {RenderFixtures::write(m_dir.path(), u"after.pdf"_s, RenderFixtures::simplePdf(1)), {}, {}}});
        DossierExport::Options options;
        options.outputDirectory = out.path();
        options.dpi = 20;
        DossierExport exporter(engine, options);
        QElapsedTimer timer;
        timer.start();
        QList<qint64> when;
        QStringList statuses;
        QVERIFY(exporter.run([&](const DossierExport::ItemResult &result) {
            when.append(timer.elapsed());
            statuses.append(result.status + u' ' + result.message);
        }));
        conversions.cancelAll();
        QCOMPARE(statuses.size(), 3);
        QVERIFY2(statuses.at(0).startsWith(u"ok"_s), qPrintable(statuses.at(0)));
        QVERIFY2(statuses.at(1).startsWith(u"failed"_s) && statuses.at(1).contains(u"did not finish"_s),
                 qPrintable(statuses.at(1)));
        QVERIFY2(statuses.at(2).startsWith(u"ok"_s), qPrintable(statuses.at(2)));
        QVERIFY2(when.at(0) < 2500, qPrintable(QString::number(when.at(0)))); // not after the 4 s stop
        QVERIFY2(when.at(1) >= 3500, qPrintable(QString::number(when.at(1))));
        // The pages went to files, not into the display cache, whose budget is back afterwards.
        QVERIFY(QDir(out.path()).entryList({u"*.png"_s}, QDir::Files).size() >= 2);
        QCOMPARE(engine.cachedCount(), 0);
        QCOMPARE(engine.cacheBudget(), PageCache::kDefaultBudget);
    }

    void convertingChildDiesWithItsClient()
    {
#if !defined(Q_OS_LINUX)
        QSKIP("the parent-death signal is Linux's");
#endif
        const QString pids = m_dir.filePath(u"pids-client"_s);
        QProcess client;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"KESSAI_FAKE_MODE"_s, u"alone"_s);
        environment.insert(u"KESSAI_FAKE_PIDS"_s, pids);
        client.setProcessEnvironment(environment);
        client.start(QStringLiteral(KESSAI_CONVERT_CLIENT), {m_input, m_dir.filePath(u"client"_s)});
        QVERIFY(client.waitForStarted());
        auto converterPid = [&pids] {
            QFile file(pids);
            return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toLongLong() : 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(converterPid() > 0, 10000);
        const qint64 converter = converterPid(); // the stand-in for soffice itself
        QVERIFY(converter > 0);
        QVERIFY(!processGone(converter));
        client.kill(); // SIGKILL: no destructor, no cleanup code runs in the client
        QVERIFY(client.waitForFinished());
        QTRY_VERIFY_WITH_TIMEOUT(processGone(converter), 5000);
    }

    void outputThatIsNoPdfFails()
    {
        const QList<OfficeConverter::Result> results = run("garbage");
        QVERIFY(!results.first().ok);
        QVERIFY2(results.first().error.contains(u"not a PDF"_s), qPrintable(results.first().error));
    }

    void validPdfIsAccepted()
    {
        const QString pdf = RenderFixtures::write(m_dir.path(), u"made.pdf"_s, RenderFixtures::simplePdf(2));
        qputenv("KESSAI_FAKE_PDF", pdf.toLocal8Bit());
        const QList<OfficeConverter::Result> results = run("copy");
        QVERIFY2(results.first().ok, qPrintable(results.first().error));
        QCOMPARE(results.first().pageSizes.size(), 2);
        QVERIFY(QFile::exists(results.first().pdf));
    }

    void cancelKillsTheRun()
    {
        qputenv("KESSAI_FAKE_MODE", "hang");
        qputenv("KESSAI_FAKE_PIDS", m_dir.filePath(u"pids2"_s).toLocal8Bit());
        OfficeConverter converter;
        std::atomic_bool cancel{false};
        QThread *canceller = QThread::create([&] {
            QThread::msleep(300);
            cancel = true;
        });
        canceller->start();
        QElapsedTimer timer;
        timer.start();
        const QList<OfficeConverter::Result> results =
            converter.convert({m_input}, m_dir.filePath(u"c"_s), &cancel);
        canceller->wait();
        delete canceller;
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(results.first().error.contains(u"cancelled"_s));
    }

    void notInstalled()
    {
        qputenv("KESSAI_SOFFICE", "/nonexistent/soffice");
        QVERIFY(!OfficeConverter::isAvailable());
        const QList<OfficeConverter::Result> results =
            OfficeConverter().convert({m_input}, m_dir.filePath(u"n"_s));
        QVERIFY(!results.first().ok);
        QVERIFY(results.first().error.contains(u"not installed"_s));
        qputenv("KESSAI_SOFFICE", m_dir.filePath(u"soffice"_s).toLocal8Bit());
    }
};

QTEST_MAIN(TestOfficeConverter)
#include "tst_officeconverter.moc"
