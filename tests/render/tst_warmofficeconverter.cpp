// SPDX-License-Identifier: GPL-3.0-or-later
// WarmOfficeConverter with the real LibreOffice and the UNO helper: several documents in a row
// cost one LibreOffice start; a broken document fails alone with its reason; LibreOffice killed
// between or during documents is started again and the next document converts; a document
// past its time limit is stopped alone; LibreOffice is started anew after N documents; without
// a Python that has UNO it falls back to one LibreOffice run per batch, saying so in the log.
#include "render/OfficeBridge.h"
#include "render/WarmOfficeConverter.h"
#include "tests/render/RenderFixtures.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace kessai::render;
using namespace kessai::test;
using namespace Qt::Literals::StringLiterals;

class TestWarmOfficeConverter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString rtf(const QString &text)
    {
        ++m_files;
        return RenderFixtures::write(m_dir.path(), u"doc-%1.rtf"_s.arg(m_files),
                                     RenderFixtures::rtf({u"通知 %1"_s.arg(m_files), text}));
    }
    QString out() const { return m_dir.filePath(u"out"_s); }

    static void requireWarm()
    {
        if (!OfficeConverter::isAvailable())
            QSKIP("LibreOffice (soffice) is not installed");
        if (OfficeBridge::helperScript().isEmpty())
            QFAIL("kessai-office-helper.py is not in the build tree's share/kessai");
    }

    static QString failures(const QList<OfficeConverter::Result> &results)
    {
        QStringList lines;
        for (const OfficeConverter::Result &result : results) {
            if (!result.ok)
                lines.append(result.input + u": "_s + result.error);
        }
        return lines.join(u'\n');
    }

    static void killProcess(qint64 pid)
    {
        QCOMPARE(QProcess::execute(u"kill"_s, {u"-9"_s, QString::number(pid)}), 0);
    }

private slots:
    void initTestCase()
    {
#if !defined(Q_OS_UNIX)
        QSKIP("the tests kill LibreOffice with kill(1)");
#endif
    }

    void severalDocumentsWithOneStart()
    {
        requireWarm();
        WarmOfficeConverter converter;
        for (int round = 0; round < 3; ++round) {
            const QStringList inputs{rtf(u"電子決裁の運用について"_s), rtf(u"予算の執行状況"_s)};
            const QList<OfficeConverter::Result> results = converter.convert(inputs, out());
            QVERIFY2(failures(results).isEmpty(), qPrintable(failures(results)));
            for (const OfficeConverter::Result &result : results) {
                QVERIFY(QFileInfo::exists(result.pdf));
                QVERIFY(!result.pageSizes.isEmpty());
            }
            QVERIFY(converter.isRunning()); // kept between calls
        }
        QCOMPARE(converter.officeStarts(), 1);
        QVERIFY(converter.isWarmPath());
        const qint64 pid = converter.officeProcessId();
        QVERIFY(pid > 0);
        converter.stop();
        QVERIFY(!converter.isRunning());
        QCOMPARE(converter.officeProcessId(), 0);
    }

    void laterConvertersStartFromThePreparedProfile()
    {
        // The first LibreOffice that ends cleanly leaves its profile in the cache; the next
        // converters copy it instead of having LibreOffice make one (a start and a restart).
        requireWarm();
        const QString prepared = WarmOfficeConverter::profileTemplate();
        QVERIFY(!prepared.isEmpty());
        QDir(prepared).removeRecursively();
        {
            WarmOfficeConverter converter;
            QVERIFY(converter.convert({rtf(u"一"_s)}, out()).constFirst().ok);
            QVERIFY(!QFileInfo::exists(prepared));
        } // ends cleanly
        QVERIFY(QFileInfo::exists(prepared + u"/user"_s));
        WarmOfficeConverter next;
        const QList<OfficeConverter::Result> results = next.convert({rtf(u"二"_s)}, out());
        QVERIFY2(results.constFirst().ok, qPrintable(results.constFirst().error));
        QCOMPARE(next.officeStarts(), 1);
    }

    void brokenDocumentFailsAloneWithItsReason()
    {
        requireWarm();
        const QString broken =
            RenderFixtures::write(m_dir.path(), u"broken.docx"_s, RenderFixtures::docx({u"議事録"_s}, true));
        const QString noise = RenderFixtures::write(m_dir.path(), u"noise.xlsx"_s,
                                                    "PK\x03\x04" + RenderFixtures::randomBytes(4000, 7));
        const QStringList inputs{rtf(u"一"_s), broken, noise, rtf(u"四"_s)};
        WarmOfficeConverter converter;
        QList<int> reported;
        const QList<OfficeConverter::Result> results =
            converter.convert(inputs, out(), nullptr,
                              [&](int index, const OfficeConverter::Result &) { reported.append(index); });
        QCOMPARE(reported, (QList<int>{0, 1, 2, 3}));
        QVERIFY2(results.at(0).ok && results.at(3).ok, qPrintable(failures(results)));
        for (int i : {1, 2}) {
            QVERIFY(!results.at(i).ok);
            QCOMPARE(results.at(i).input, inputs.at(i));
            QVERIFY(!results.at(i).environmental);
            QVERIFY2(results.at(i).error.contains(u"LibreOffice"_s), qPrintable(results.at(i).error));
            QVERIFY(!QFileInfo::exists(
                QDir(out()).filePath(QFileInfo(inputs.at(i)).completeBaseName() + u".pdf"_s)));
        }
        QVERIFY2(results.at(1).error.contains(u"could not open"_s), qPrintable(results.at(1).error));
        QCOMPARE(converter.officeStarts(), 1); // a broken document does not cost a new LibreOffice
    }

    void killedLibreOfficeIsStartedAgain()
    {
        requireWarm();
        WarmOfficeConverter converter;
        QVERIFY(converter.convert({rtf(u"前"_s)}, out()).constFirst().ok);
        const qint64 first = converter.officeProcessId();
        QVERIFY(first > 0);

        // Killed between documents: the next one converts with a new LibreOffice.
        killProcess(first);
        const QList<OfficeConverter::Result> after = converter.convert({rtf(u"後"_s)}, out());
        QVERIFY2(after.constFirst().ok, qPrintable(after.constFirst().error));
        QCOMPARE(converter.officeStarts(), 2);
        QVERIFY(converter.officeProcessId() != first);

        // Killed in the middle of a run of documents (right after the first is reported).
        const QStringList inputs{rtf(u"一"_s), rtf(u"二"_s), rtf(u"三"_s)};
        bool killed = false;
        const QList<OfficeConverter::Result> results =
            converter.convert(inputs, out(), nullptr, [&](int index, const OfficeConverter::Result &) {
                if (index == 0 && !killed) {
                    killProcess(converter.officeProcessId());
                    killed = true;
                }
            });
        QVERIFY(killed);
        QVERIFY2(failures(results).isEmpty(), qPrintable(failures(results)));
        QCOMPARE(converter.officeStarts(), 3);
    }

    void documentPastItsTimeIsStoppedAlone()
    {
        requireWarm();
        QStringList paragraphs;
        for (int i = 0; i < 20000; ++i)
            paragraphs.append(u"第%1段落 予算の執行状況について報告します。"_s.arg(i + 1));
        const QString large =
            RenderFixtures::write(m_dir.path(), u"large.rtf"_s, RenderFixtures::rtf(paragraphs));
        WarmOfficeConverter converter;
        QVERIFY(converter.convert({rtf(u"先"_s)}, out())
                    .constFirst()
                    .ok);               // started: the start is not timed below
        converter.setTimeouts(1000, 0); // one document: 1 s
        QCOMPARE(converter.fileTimeout(), 1000);
        QElapsedTimer timer;
        timer.start();
        const OfficeConverter::Result stopped = converter.convert({large}, out()).constFirst();
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(stopped.error.contains(u"did not finish within 1 s"_s), qPrintable(stopped.error));
        QVERIFY(!QFileInfo::exists(QDir(out()).filePath(u"large.pdf"_s)));
        QVERIFY(!converter.isRunning()); // killed with its helper
        // The next document has LibreOffice started again (a start gets a document's time).
        converter.setTimeouts(60000, 60000);
        const OfficeConverter::Result next = converter.convert({rtf(u"後"_s)}, out()).constFirst();
        QVERIFY2(next.ok, qPrintable(next.error));
        QCOMPARE(converter.officeStarts(), 2);
        QVERIFY(converter.isWarmPath());
    }

    void startedAnewAfterNDocuments()
    {
        requireWarm();
        WarmOfficeConverter converter;
        converter.setRestartAfter(2);
        QStringList inputs;
        for (int i = 0; i < 5; ++i)
            inputs.append(rtf(u"第%1号"_s.arg(i + 1)));
        const QList<OfficeConverter::Result> results = converter.convert(inputs, out());
        QVERIFY2(failures(results).isEmpty(), qPrintable(failures(results)));
        QCOMPARE(converter.officeStarts(), 3); // 2 + 2 + 1
    }

    void withoutUnoOneRunPerBatch()
    {
        if (!OfficeConverter::isAvailable())
            QSKIP("LibreOffice (soffice) is not installed");
        qputenv("KESSAI_OFFICE_PYTHON", QFile::encodeName(m_dir.filePath(u"no-such-python"_s)));
        WarmOfficeConverter converter;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"not kept running.*python3-uno"_s));
        const QStringList inputs{rtf(u"一"_s), rtf(u"二"_s), rtf(u"三"_s)};
        const QList<OfficeConverter::Result> results = converter.convert(inputs, out());
        qunsetenv("KESSAI_OFFICE_PYTHON");
        QVERIFY2(failures(results).isEmpty(), qPrintable(failures(results)));
        QVERIFY(!converter.isWarmPath());
        QVERIFY(!converter.isRunning());
        QCOMPARE(converter.officeStarts(), 1); // the batch's own run; no kept one got to converting
        // Said once: the next batch goes the same way without asking again.
        QVERIFY(converter.convert({rtf(u"四"_s), rtf(u"五"_s)}, out()).constLast().ok);
        QCOMPARE(converter.officeStarts(), 2);
    }

    void withoutHelperScriptOneRunPerBatch()
    {
        if (!OfficeConverter::isAvailable())
            QSKIP("LibreOffice (soffice) is not installed");
        qputenv("KESSAI_OFFICE_HELPER", QFile::encodeName(m_dir.filePath(u"missing.py"_s)));
        WarmOfficeConverter converter;
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"not kept running.*kessai-office-helper.py"_s));
        const QList<OfficeConverter::Result> results = converter.convert({rtf(u"一"_s)}, out());
        qunsetenv("KESSAI_OFFICE_HELPER");
        QVERIFY2(results.constFirst().ok, qPrintable(results.constFirst().error));
        QVERIFY(!converter.isWarmPath());
    }
};

QTEST_GUILESS_MAIN(TestWarmOfficeConverter)
#include "tst_warmofficeconverter.moc"
