// SPDX-License-Identifier: GPL-3.0-or-later
// OfficeConverter with a stand-in for soffice (a shell script): it is killed with its whole
// process group when it hangs, and an exit status of 0 without a valid PDF is a failure.
// The real LibreOffice is exercised by tst_conversionservice.
#include "render/OfficeConverter.h"
#include "tests/render/RenderFixtures.h"

#include <QElapsedTimer>
#include <QFile>
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
    sleep 300
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
        const qint64 child = file.readAll().trimmed().toLongLong();
        QVERIFY(child > 0);
        QTRY_VERIFY_WITH_TIMEOUT(processGone(child), 5000);
    }

    void exitZeroWithoutOutputFails()
    {
        const QList<OfficeConverter::Result> results = run("fail");
        QVERIFY(!results.first().ok);
        QVERIFY2(results.first().error.contains(u"source file could not be loaded"_s),
                 qPrintable(results.first().error));
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
