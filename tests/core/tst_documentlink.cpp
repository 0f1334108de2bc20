// SPDX-License-Identifier: GPL-3.0-or-later
// Document links (issue 18): kessai://ID and .kessai files, read strictly, with messages that
// name the argument (or file and line) and the reason; what is written reads back the same.
#include "core/documents/DocumentLink.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kessai;

namespace {
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &contents)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(contents);
    return path;
}
} // namespace

class TestDocumentLink : public QObject
{
    Q_OBJECT

private slots:
    void urlsNameTheDocument_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<qint64>("id");
        QTest::addColumn<QString>("database");
        QTest::newRow("plain") << QStringLiteral("kessai://42") << qint64(42) << QString();
        QTest::newRow("trailing slash") << QStringLiteral("kessai://42/") << qint64(42) << QString();
        QTest::newRow("no slashes") << QStringLiteral("kessai:7") << qint64(7) << QString();
        QTest::newRow("three slashes") << QStringLiteral("kessai:///7") << qint64(7) << QString();
        QTest::newRow("upper case scheme") << QStringLiteral("KESSAI://9") << qint64(9) << QString();
        QTest::newRow("with database")
            << QStringLiteral("kessai://12?database=postgresql%3A%2F%2Fdb.example%2Fkessai") << qint64(12)
            << QStringLiteral("postgresql://db.example/kessai");
    }

    void urlsNameTheDocument()
    {
        QFETCH(QString, argument);
        QFETCH(qint64, id);
        QFETCH(QString, database);
        QString error;
        const DocumentLink link = DocumentLink::parse(argument, &error);
        QVERIFY2(link.isValid(), qPrintable(error));
        QCOMPARE(link.documentId(), id);
        QCOMPARE(link.database(), database);
    }

    void badUrlsAreRefused_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::newRow("word") << QStringLiteral("kessai://abc");
        QTest::newRow("zero") << QStringLiteral("kessai://0");
        QTest::newRow("negative") << QStringLiteral("kessai://-3");
        QTest::newRow("empty") << QStringLiteral("kessai://");
        QTest::newRow("path") << QStringLiteral("kessai://4/5");
        QTest::newRow("huge") << QStringLiteral("kessai://99999999999999999999999");
    }

    void badUrlsAreRefused()
    {
        QFETCH(QString, argument);
        QString error;
        QVERIFY(!DocumentLink::parse(argument, &error).isValid());
        QVERIFY2(error.contains(argument), qPrintable(error));
    }

    void urlRoundTrips()
    {
        const DocumentLink link(31, QStringLiteral("/srv/共有/kessai.sqlite"));
        QVERIFY(link.toUrl().startsWith(QStringLiteral("kessai://31?database=")));
        QString error;
        const DocumentLink back = DocumentLink::parse(link.toUrl(), &error);
        QCOMPARE(back.documentId(), qint64(31));
        QCOMPARE(back.database(), link.database());
        QCOMPARE(DocumentLink(5, {}).toUrl(), QStringLiteral("kessai://5"));
    }

    void fileNamesDatabaseAndDocument()
    {
        QTemporaryDir dir;
        const QString server =
            writeFile(dir, QStringLiteral("決裁依頼.kessai"),
                      "# from a mail\n[Kessai Link]\nDatabase=postgresql://db.example/kessai\n"
                      "Document = 42\r\n");
        QString error;
        DocumentLink link = DocumentLink::parse(server, &error);
        QVERIFY2(link.isValid(), qPrintable(error));
        QCOMPARE(link.documentId(), qint64(42));
        QCOMPARE(link.database(), QStringLiteral("postgresql://db.example/kessai"));

        // A relative SQLite file is next to the link (a shared folder), also given as a file:// URL.
        const QString shared =
            writeFile(dir, QStringLiteral("link.kessai"),
                      "[Other]\nDocument=1\n[Kessai Link]\nDocument=8\nDatabase=kessai.sqlite\n");
        link = DocumentLink::parse(QUrl::fromLocalFile(shared).toString(), &error);
        QVERIFY2(link.isValid(), qPrintable(error));
        QCOMPARE(link.documentId(), qint64(8));
        QCOMPARE(link.database(), QDir(dir.path()).filePath(QStringLiteral("kessai.sqlite")));

        // What toFileContents writes reads back the same.
        const DocumentLink written(77, QStringLiteral("/data/決裁.sqlite"));
        const QString again = writeFile(dir, QStringLiteral("again.kessai"), written.toFileContents());
        link = DocumentLink::parse(again, &error);
        QCOMPARE(link.documentId(), qint64(77));
        QCOMPARE(link.database(), written.database());
    }

    void badFilesAreRefusedNamingFileAndLine()
    {
        QTemporaryDir dir;
        QString error;
        const QString noGroup = writeFile(dir, QStringLiteral("a.kessai"), "Document=4\n");
        QVERIFY(!DocumentLink::parse(noGroup, &error).isValid());
        QVERIFY2(error.contains(QStringLiteral("a.kessai")) &&
                     error.contains(QStringLiteral("[Kessai Link]")),
                 qPrintable(error));

        const QString badId = writeFile(dir, QStringLiteral("b.kessai"), "[Kessai Link]\nDocument=第4号\n");
        QVERIFY(!DocumentLink::parse(badId, &error).isValid());
        QVERIFY2(error.contains(QStringLiteral("b.kessai")) && error.contains(QStringLiteral("2")) &&
                     error.contains(QStringLiteral("第4号")),
                 qPrintable(error));

        const QString noEquals = writeFile(dir, QStringLiteral("c.kessai"), "[Kessai Link]\n\nDocument 4\n");
        QVERIFY(!DocumentLink::parse(noEquals, &error).isValid());
        QVERIFY2(error.contains(QStringLiteral("c.kessai")) && error.contains(QStringLiteral("3")),
                 qPrintable(error));

        const QString noDocument =
            writeFile(dir, QStringLiteral("d.kessai"), "[Kessai Link]\nDatabase=x.sqlite\n");
        QVERIFY(!DocumentLink::parse(noDocument, &error).isValid());
        QVERIFY2(error.contains(QStringLiteral("Document")), qPrintable(error));

        const QString huge =
            writeFile(dir, QStringLiteral("e.kessai"),
                      "[Kessai Link]\nDocument=1\n" + QByteArray(DocumentLink::kMaxFileSize, '#'));
        QVERIFY(!DocumentLink::parse(huge, &error).isValid());
        QVERIFY2(error.contains(QStringLiteral("e.kessai")), qPrintable(error));

        QVERIFY(!DocumentLink::parse(dir.filePath(QStringLiteral("missing.kessai")), &error).isValid());
        QVERIFY2(error.contains(QStringLiteral("missing.kessai")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDocumentLink)
#include "tst_documentlink.moc"
