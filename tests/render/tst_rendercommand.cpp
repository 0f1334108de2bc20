// SPDX-License-Identifier: GPL-3.0-or-later
// kessai-cli render on both backends, as a process: one line per attachment, PNG files in
// order, exit 0 when everything rendered and 3 when something could not be.
#include "core/store/DatabaseUrl.h"
#include "tests/render/DossierFixture.h"
#include "tests/render/RenderFixtures.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kessai;
using namespace kessai::test;
using namespace Qt::Literals::StringLiterals;

namespace {
struct Run
{
    int exitCode = -1;
    QStringList lines;
    QString errors;
};

Run render(const DatabaseUrl &url, const QStringList &arguments)
{
    QProcess process;
    QStringList all{u"--database"_s, url.toString(), u"--lang"_s, u"en"_s, u"render"_s};
    all += arguments;
    process.start(QStringLiteral(KESSAI_CLI_PATH), all);
    Run run;
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
        run.errors = u"timed out"_s;
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    run.errors = QString::fromUtf8(process.readAllStandardError());
    return run;
}
} // namespace

class TestRenderCommand : public QObject
{
    Q_OBJECT

private slots:
    void mixedDossier()
    {
        DossierFixture fixture;
        const qint64 doc = fixture.newDraft();
        fixture.attach(doc, RenderFixtures::simplePdf(3), u"01_鑑.pdf"_s);
        fixture.attach(doc, RenderFixtures::encode(RenderFixtures::bands(300, {Qt::red}, 200), "PNG"),
                       u"写真 (1).png"_s);
        fixture.attach(doc, RenderFixtures::randomBytes(2048, 8), u"random-bytes.pdf"_s);
        fixture.attach(doc, "項目,値\n決裁率,41.7%\n", u"rates.csv"_s);
        fixture.attach(doc, QByteArray(), u"zero-byte.pdf"_s);
        QTemporaryDir out;
        const Run run =
            render(fixture.url(), {QString::number(doc), u"--out"_s, out.path(), u"--dpi"_s, u"50"_s});
        QVERIFY2(run.exitCode == 3, qPrintable(run.errors + run.lines.join(u'\n')));
        QCOMPARE(run.lines.size(), 5);
        QVERIFY(run.lines.at(0).startsWith(u"1\tok\t3\tPDF\t01_鑑.pdf"_s));
        QVERIFY(run.lines.at(1).startsWith(u"2\tok\t1\tPNG image\t写真 (1).png"_s));
        QVERIFY(run.lines.at(2).startsWith(u"3\tfailed\t0\t"_s));
        QVERIFY(run.lines.at(2).contains(u"random-bytes.pdf"_s));
        QVERIFY(run.lines.at(3).startsWith(u"4\tok\t1\tCSV table"_s));
        QVERIFY(run.lines.at(4).startsWith(u"5\tfailed\t0\t"_s));
        QVERIFY(run.lines.at(4).contains(u"empty"_s));
        const QStringList files = QDir(out.path()).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files, (QStringList{u"01-01_鑑-p001.png"_s, u"01-01_鑑-p002.png"_s, u"01-01_鑑-p003.png"_s,
                                     u"02-写真 (1)-p001.png"_s, u"03-random-bytes-card.png"_s,
                                     u"04-rates-p001.png"_s, u"05-zero-byte-card.png"_s}));
        const QImage first(QDir(out.path()).filePath(files.first()));
        QCOMPARE(first.size(), QSize(413, 585)); // A4 at 50 dpi (scale 0.694)
    }

    void allRenderedAndJson()
    {
        DossierFixture fixture;
        const qint64 doc = fixture.newDraft();
        fixture.attach(doc, RenderFixtures::simplePdf(2), u"a.pdf"_s);
        QFile encrypted(RenderFixtures::dataFile(u"encrypted-aes256.pdf"_s));
        QVERIFY(encrypted.open(QIODevice::ReadOnly));
        fixture.attach(doc, encrypted.readAll(), u"locked.pdf"_s);
        QTemporaryDir out;
        Run run = render(fixture.url(), {QString::number(doc), u"--out"_s, out.path(), u"--dpi"_s, u"30"_s});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.lines.at(1).startsWith(u"2\tneeds_password\t0"_s));
        run = render(fixture.url(), {QString::number(doc), u"--out"_s, out.path(), u"--dpi"_s, u"30"_s,
                                     u"--password"_s, u"kessai"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(u"exit %1\n"_s.arg(run.exitCode) + run.lines.join(u'\n') + u'\n' + run.errors));
        const QJsonObject json = QJsonDocument::fromJson(run.lines.join(u'\n').toUtf8()).object();
        QCOMPARE(json.value(u"all_rendered"_s).toBool(), true);
        const QJsonArray attachments = json.value(u"attachments"_s).toArray();
        QCOMPARE(attachments.size(), 2);
        QCOMPARE(attachments.at(1).toObject().value(u"result"_s).toString(), u"ok"_s);
        QCOMPARE(attachments.at(1).toObject().value(u"files"_s).toArray().first().toString(),
                 u"02-locked-p001.png"_s);
    }

    void usageAndMissingDocument()
    {
        DossierFixture fixture;
        QTemporaryDir out;
        QCOMPARE(render(fixture.url(), {u"1"_s}).exitCode, 1); // no --out
        QCOMPARE(render(fixture.url(), {u"1"_s, u"--out"_s, out.path(), u"--dpi"_s, u"0"_s}).exitCode, 1);
        const Run missing = render(fixture.url(), {u"42"_s, u"--out"_s, out.path()});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.errors.contains(u"42"_s));
    }
};

QTEST_MAIN(TestRenderCommand)
#include "tst_rendercommand.moc"
