// SPDX-License-Identifier: GPL-3.0-or-later
// 直接編集 (issue 6): how soon an open single view window shows an attachment's new content.
//
//   singleview_refresh_bench [--rounds N] [--database URL]
//
//  1. another client stores a new version (a 3-page PDF): time until the single view window of this
//     client has the new pages and has rendered the first one at reading size. On SQLite the
//     window polls the store (DossierWatcher, every 750 ms), so the commit lands at a random phase
//     of the poll; on PostgreSQL it is told by the commit's notification (StoreChangeListener,
//     issue 12: target p95 ≤ 300 ms), the commits still spaced at random within 750 ms.
//  2. the viewer's own edit session: the working file is saved (in place) and the time until
//     the saved content is on screen (file watcher → store → the window looks at once).
//  3. raw: the same new content written to a file, opened with Poppler and its first page
//     rendered at the same size — the work any refresh has to do — in the same run.
//  4. the cost of one poll (the signature query) to the store.
//
// Run offscreen (QT_QPA_PLATFORM=offscreen). Everything is generated (QPdfWriter).
#include "LatencyStats.h"
#include "core/documents/AttachmentStore.h"
#include "core/documents/DocumentStore.h"
#include "core/editing/AttachmentActivity.h"
#include "core/editing/AttachmentVersions.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/setup/OrganizationSetup.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "gui/StoreClient.h"
#include "gui/editing/EditSessionHub.h"
#include "gui/singleview/DossierWatcher.h"
#include "gui/singleview/SingleView.h"
#include "gui/singleview/SingleViewWindow.h"
#include "render/RenderEngine.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <poppler-qt6.h>

using namespace kessai;
using namespace kessai::gui;
using kessai::bench::LatencyStats;

namespace {
QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QByteArray pdf(int round)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    QPainter painter(&writer);
    QFont font(QStringLiteral("Noto Sans CJK JP"));
    font.setPointSize(18);
    painter.setFont(font);
    for (int page = 0; page < 3; ++page) {
        if (page > 0)
            writer.newPage();
        painter.drawText(
            QRect(60, 60, 480, 700), Qt::TextWordWrap,
            QStringLiteral("第%1版 %2ページ\n市民活動補助金の交付について、別紙のとおり決定してよろしいか。")
                .arg(round)
                .arg(page + 1));
    }
    painter.end();
    return bytes;
}

QString sha(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
    }
    return true;
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Rounds per case."),
                                          QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QStringLiteral("Store URL (default: a new SQLite file)."),
                                            QStringLiteral("URL"));
    parser.addOptions({roundsOption, databaseOption});
    parser.process(app);
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    QTemporaryDir dir;
    const DatabaseUrl url =
        DatabaseUrl::parse(parser.isSet(databaseOption) ? parser.value(databaseOption)
                                                        : dir.filePath(QStringLiteral("refresh.sqlite")));
    try {
        qint64 document = 0;
        qint64 attachment = 0;
        StoreConnection other(url); // "another client"
        {
            OrganizationSetup(other).initialize(QStringLiteral("ベンチ市"), QStringLiteral("測定 太郎"));
            Session session(other);
            OrgStore org(other);
            Unit unit;
            unit.code = QStringLiteral("総務");
            unit.name = QStringLiteral("総務課");
            User me = session.user();
            me.unitId = org.addUnit(session, unit);
            org.updateUser(session, me);
        }
        Session session(other);
        DocumentRecord draft;
        draft.title = QStringLiteral("更新の速さ");
        document = DocumentStore(other).createDraft(session, draft);
        {
            QBuffer source;
            source.setData(pdf(1));
            source.open(QIODevice::ReadOnly);
            attachment = AttachmentStore(other)
                             .add(session, document, source, {QStringLiteral("通知.pdf"), {}, {}})
                             .id;
        }

        StoreClient client;
        bool started = false;
        client.call<bool>(
            &app,
            [url](StoreWorker &worker) {
                worker.open(url);
                worker.startSession({});
                return true;
            },
            [&started](bool) { started = true; },
            [](const StoreClient::Failure &failure) { qFatal("%s", qPrintable(failure.message)); });
        waitFor([&] { return started; }, 10000);
        SingleViewWindow window(&client, url, document);
        window.resize(1000, 800);
        window.show();
        window.load();
        render::RenderEngine *engine = window.engine();
        QString renderedSha;
        qint64 renderedAt = 0;
        QElapsedTimer clock;
        clock.start();
        QObject::connect(engine, &render::RenderEngine::pageRendered, &app,
                         [&](const render::RenderKey &key, const QImage &) {
                             if (key.item == 0 && key.page == 0 && !key.isTile() && key.scale() > 0.5) {
                                 renderedSha = engine->item(0).sha256;
                                 renderedAt = clock.elapsed();
                             }
                         });
        waitFor([&] { return engine->itemCount() == 1 && !renderedSha.isEmpty(); }, 20000);
        if (url.backend() == DatabaseUrl::Backend::PostgreSQL &&
            !waitFor([&] { return window.watcher()->isNotified(); }, 10000)) {
            out() << "the window's change listener did not start listening within 10 s\n";
            return 1;
        }
        // The spacing of the other client's commits: the poll's period, whether or not the window polls.
        const int interval = 750;
        out() << "machine: " << QThread::idealThreadCount() << " threads, Qt " << qVersion() << ", "
              << (url.backend() == DatabaseUrl::Backend::SQLite ? "SQLite" : "PostgreSQL") << ", "
              << (window.watcher()->isNotified() ? "notified (LISTEN/NOTIFY), safety poll "
                                                 : "poll interval ")
              << window.watcher()->interval() << " ms\n";

        // 1. Another client's version.
        LatencyStats otherClient;
        LatencyStats raw;
        int version = 1;
        double scale = 0;
        for (int i = 0; i < rounds; ++i) {
            // Land at a random phase of the poll, as a real colleague's save would.
            const qint64 pause = QRandomGenerator::global()->bounded(interval);
            const qint64 until = clock.elapsed() + pause;
            waitFor([&] { return clock.elapsed() >= until; }, interval + 100);
            const QByteArray bytes = pdf(++version + 100 * i);
            const QString wanted = sha(bytes);
            QBuffer buffer;
            buffer.setData(bytes);
            buffer.open(QIODevice::ReadOnly);
            const qint64 start = clock.elapsed();
            AttachmentVersions(other).addVersion(session, attachment, buffer, {}, version - 1);
            if (!waitFor([&] { return renderedSha == wanted; }, 10000)) {
                out() << "round " << i << ": the new version did not show within 10 s\n";
                return 1;
            }
            otherClient.add(double(renderedAt - start));

            // 3. Raw: write, open with Poppler, render the first page at the view's size.
            scale = window.view()->layout().pages().value(0).scale;
            QElapsedTimer rawClock;
            rawClock.start();
            QFile file(dir.filePath(QStringLiteral("raw-%1.pdf").arg(i)));
            file.open(QIODevice::WriteOnly);
            file.write(bytes);
            file.close();
            std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(file.fileName());
            std::unique_ptr<Poppler::Page> page = doc->page(0);
            const QImage image = page->renderToImage(72.0 * scale, 72.0 * scale);
            raw.add(double(rawClock.nsecsElapsed()) / 1e6);
            Q_UNUSED(image)
        }

        // 2. The viewer's own edit session.
        QString working;
        window.editSessionHub()->setOpener([&working](const QString &path) {
            working = path;
            return true;
        });
        window.editSessionHub()->setPollInterval(1000);
        window.startEditing(0);
        waitFor(
            [&] {
                return !working.isEmpty() && window.editSessionHub()->session(attachment) &&
                       window.editSessionHub()->session(attachment)->isActive();
            },
            10000);
        LatencyStats ownSave;
        for (int i = 0; i < rounds; ++i) {
            const QByteArray bytes = pdf(10000 + i);
            const QString wanted = sha(bytes);
            const qint64 start = clock.elapsed();
            QFile file(working);
            file.open(QIODevice::WriteOnly | QIODevice::Truncate);
            file.write(bytes);
            file.close();
            if (!waitFor([&] { return renderedSha == wanted; }, 10000)) {
                out() << "round " << i << ": the saved content did not show within 10 s\n";
                return 1;
            }
            ownSave.add(double(renderedAt - start));
            const qint64 until = clock.elapsed() + 150;
            waitFor([&] { return clock.elapsed() >= until; }, 300);
        }
        window.finishEditing(0);
        waitFor([&] { return !window.editSessionHub()->isEditing(attachment); }, 10000);

        // 4. What each poll costs the store: the signature query.
        LatencyStats poll;
        AttachmentActivity activity(other);
        for (int i = 0; i < 200; ++i) {
            QElapsedTimer pollClock;
            pollClock.start();
            activity.signature(session, document, QStringLiteral("bench"));
            poll.add(double(pollClock.nsecsElapsed()) / 1e6);
        }

        out() << "another client's version → first page on screen: " << otherClient.summary() << "\n";
        out() << "own save (edit session) → first page on screen:  " << ownSave.summary() << "\n";
        out() << "raw: write + Poppler open + render page 1 at " << QString::number(scale * 100, 'f', 0)
              << " %:       " << raw.summary() << "\n";
        out() << "one poll (AttachmentActivity::signature):       " << poll.summary() << "\n";
        out().flush();
    } catch (const StoreError &error) {
        out() << error.message() << "\n";
        return 1;
    }
    return 0;
}
