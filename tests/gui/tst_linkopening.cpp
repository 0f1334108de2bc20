// SPDX-License-Identifier: GPL-3.0-or-later
// A document link opens the document's single view (issue 18): handed over to the Kessai already
// running on that database (one window per user and database, InstanceChannel) by a second start
// of the real kessai binary — as a kessai:// URL or a .kessai file — or, when none runs, in the
// new window once its session is open. Offscreen.
#include "core/documents/DocumentLink.h"
#include "core/documents/DocumentStore.h"
#include "core/org/Session.h"
#include "core/store/StoreConnection.h"
#include "gui/GuiLauncher.h"
#include "gui/InstanceChannel.h"
#include "gui/MainWindow.h"
#include "gui/singleview/SingleViewWindow.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"

#include <QApplication>
#include <QFile>
#include <QLocalSocket>
#include <QProcess>
#include <QTest>

using namespace kessai;
using namespace kessai::gui;

namespace {
/// Drafts with these titles in a fresh drafting office; their ids in order.
QList<qint64> draftsIn(const DatabaseUrl &url, const QStringList &titles)
{
    StoreConnection connection(url);
    test::setUpDraftingOffice(connection, QStringLiteral("リンク 太郎"));
    Session session(connection);
    QList<qint64> ids;
    for (const QString &title : titles) {
        DocumentRecord draft;
        draft.title = title;
        ids << DocumentStore(connection).createDraft(session, draft);
    }
    return ids;
}

/// Runs the kessai binary as a second start would; QTRY keeps this process's events flowing,
/// so the running window can answer.
struct SecondStart
{
    QProcess process;
    explicit SecondStart(const QStringList &arguments)
    {
        process.setProgram(QStringLiteral(KESSAI_GUI_PATH));
        process.setArguments(arguments);
        process.start();
    }
    bool finished() const { return process.state() == QProcess::NotRunning; }
};

qint64 shownDocument(GuiLauncher &launcher)
{
    SingleViewWindow *view = launcher.window()->lastSingleView();
    return view ? view->documentId() : 0;
}
} // namespace

class TestLinkOpening : public QObject
{
    Q_OBJECT

private slots:
    void linksGoToTheRunningWindow()
    {
        test::TestDatabase db;
        const QList<qint64> ids = draftsIn(db.url(), {QStringLiteral("一件目"), QStringLiteral("二件目")});
        const QString database = db.url().toString();
        GuiLauncher running;
        QCOMPARE(running.prepare(*qApp, {QStringLiteral("kessai"), QStringLiteral("--database"), database}),
                 0);
        QTRY_VERIFY_WITH_TIMEOUT(running.window()->isReady(), 30000);
        QVERIFY(!running.channelName().isEmpty());
        QCOMPARE(shownDocument(running), qint64(0));

        // kessai://ID: the second start hands it over and exits at once; the running window shows it.
        SecondStart byUrl({QStringLiteral("--database"), database, DocumentLink(ids.at(0), {}).toUrl()});
        QTRY_VERIFY_WITH_TIMEOUT(byUrl.finished(), 30000);
        QCOMPARE(byUrl.process.exitCode(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(shownDocument(running), ids.at(0), 15000);

        // A .kessai file names the database itself.
        QTemporaryDir dir;
        const QString linkFile = dir.filePath(QStringLiteral("決裁依頼.kessai"));
        QFile file(linkFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(DocumentLink(ids.at(1), database).toFileContents());
        file.close();
        SecondStart byFile({linkFile});
        QTRY_VERIFY_WITH_TIMEOUT(byFile.finished(), 30000);
        QCOMPARE(byFile.process.exitCode(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(shownDocument(running), ids.at(1), 15000);

        // Starting again without a link only brings the running window forward: no second one.
        SecondStart plain({QStringLiteral("--database"), database});
        QTRY_VERIFY_WITH_TIMEOUT(plain.finished(), 30000);
        QCOMPARE(plain.process.exitCode(), 0);
        QCOMPARE(shownDocument(running), ids.at(1));
    }

    void withoutARunningWindowTheNewOneOpensTheDocument()
    {
        test::TestDatabase db;
        const QList<qint64> ids = draftsIn(db.url(), {QStringLiteral("新しい窓で開く")});
        const QString database = db.url().toString();
        QVERIFY(!InstanceChannel::handOver(InstanceChannel::serverName(db.url()), ids.at(0), 500));
        GuiLauncher launcher;
        QCOMPARE(launcher.prepare(*qApp, {QStringLiteral("kessai"), QStringLiteral("--database"), database,
                                          DocumentLink(ids.at(0), {}).toUrl()}),
                 0);
        // The link arrived before the store was open: it is shown once the session runs.
        QTRY_VERIFY_WITH_TIMEOUT(launcher.window()->isReady(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(shownDocument(launcher), ids.at(0), 15000);
        QCOMPARE(launcher.channelName(), InstanceChannel::serverName(db.url()));
    }

    void badLinksAreRefusedNamingThem()
    {
        SecondStart bad({QStringLiteral("kessai://第3号")});
        QTRY_VERIFY_WITH_TIMEOUT(bad.finished(), 30000);
        QCOMPARE(bad.process.exitCode(), 1);
        const QString error = QString::fromUtf8(bad.process.readAllStandardError());
        QVERIFY2(error.contains(QStringLiteral("kessai://第3号")), qPrintable(error));
    }

    void othersCannotSpeakTheProtocolWrongly()
    {
        // A request that is not one of ours gets no answer and opens nothing.
        test::TestDatabase db;
        InstanceChannel channel;
        const QString name = InstanceChannel::serverName(db.url());
        QVERIFY2(channel.listen(name), qPrintable(channel.errorString()));
        QList<qint64> requested;
        connect(&channel, &InstanceChannel::documentRequested, this, [&](qint64 id) { requested << id; });
        QLocalSocket socket;
        socket.connectToServer(name);
        QVERIFY(socket.waitForConnected(3000));
        socket.write("open 12; rm -rf /\n");
        QTRY_VERIFY(socket.state() == QLocalSocket::UnconnectedState);
        QVERIFY(requested.isEmpty());
    }
};

QTEST_MAIN(TestLinkOpening)
#include "tst_linkopening.moc"
