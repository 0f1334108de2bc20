// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewBenchSupport.h"

#include "core/documents/AttachmentStore.h"
#include "core/documents/DocumentStore.h"
#include "core/org/OrgStore.h"
#include "core/setup/OrganizationSetup.h"
#include "render/RenderEngine.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QTimer>

#include <algorithm>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#endif

namespace kessai::bench {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

qint64 statusKiB(const char *field, qint64 pid)
{
    QFile status(pid > 0 ? QStringLiteral("/proc/%1/status").arg(pid) : QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

void resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

qint64 minorFaults()
{
#if defined(Q_OS_LINUX)
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt;
#else
    return 0;
#endif
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs, render::RenderEngine *engine)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    QElapsedTimer timer;
    timer.start();
    auto check = [&] {
        if (done() || timer.elapsed() > timeoutMs)
            loop.quit();
    };
    QObject::connect(&poll, &QTimer::timeout, &loop, check);
    if (engine) {
        QObject::connect(engine, &render::RenderEngine::pageRendered, &loop, check);
        QObject::connect(engine, &render::RenderEngine::opened, &loop, check);
        QObject::connect(engine, &render::RenderEngine::itemChanged, &loop, check);
    }
    poll.start(10);
    loop.exec();
    return done();
}

const QString kParagraph = QStringLiteral(
    "本計画は、行政手続のオンライン化と電子決裁の推進により、職員が本来注力すべき業務に時間を振り向けられる"
    "環境を整えることを目的とする。決裁文書の一覧表示により添付ファイルを順に閲覧できるようにし、紙への印刷を"
    "減らす。");

void writeReport(const QString &path, int pages, const QString &title, bool heavy)
{
    QPdfWriter writer(path);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    QFont body(QStringLiteral("IPAGothic"));
    body.setPixelSize(10);
    QFont heading = body;
    heading.setPixelSize(16);
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            writer.newPage();
        painter.setFont(heading);
        painter.drawText(QRectF(56, 50, 480, 24), QStringLiteral("%1 第%2章").arg(title).arg(p + 1));
        painter.setFont(body);
        for (int k = 0; k < 4; ++k)
            painter.drawText(QRectF(56, 90 + k * 90, 480, 85), Qt::TextWordWrap, kParagraph + kParagraph);
        for (int r = 0; r < 10; ++r) {
            for (int c = 0; c < 5; ++c) {
                const QRectF cell(56 + c * 96, 470 + r * 18, 96, 18);
                painter.drawRect(cell);
                painter.drawText(
                    cell.adjusted(3, 0, 0, 0), Qt::AlignVCenter,
                    QStringLiteral("項目%1-%2 %3").arg(r + 1).arg(c + 1).arg((r + 1) * (c + 7) * 1234));
            }
        }
        if (heavy) { // a dense vector drawing: many thin lines and small labels
            painter.setPen(QPen(Qt::darkGray, 0.2));
            for (int k = 0; k < 4000; ++k)
                painter.drawLine(QPointF(56 + (k * 37) % 480, 670 + (k * 11) % 130),
                                 QPointF(56 + (k * 53) % 480, 670 + (k * 29) % 130));
            painter.setPen(Qt::black);
        }
        painter.drawText(QRectF(56, 800, 480, 20), Qt::AlignCenter, QStringLiteral("- %1 -").arg(p + 1));
    }
}

void writeRtf(const QString &path, int paragraphs)
{
    QByteArray rtf("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 IPAMincho;}}\\fs22\n");
    for (int i = 0; i < paragraphs; ++i) {
        for (const QChar c : kParagraph)
            rtf.append("\\u" + QByteArray::number(qint16(c.unicode())) + "?");
        rtf.append("\\par\n");
    }
    rtf.append("}\n");
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(rtf);
}

qint64 Store::attach(qint64 doc, const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    const QString name = path.section(QLatin1Char('/'), -1);
    return AttachmentStore(*connection).add(*session, doc, file, {name, {}, {}}).id;
}

qint64 Store::newDraft(const QString &title)
{
    DocumentRecord draft;
    draft.title = title;
    return DocumentStore(*connection).createDraft(*session, draft);
}

Store openStore(const QString &path)
{
    Store store;
    store.connection = std::make_unique<StoreConnection>(DatabaseUrl::sqlite(path));
    OrganizationSetup(*store.connection)
        .initialize(QStringLiteral("ベンチ市"), QStringLiteral("ベンチ管理者"));
    store.session = std::make_unique<Session>(*store.connection);
    Unit unit;
    unit.code = QStringLiteral("BENCH");
    unit.name = QStringLiteral("総務課");
    const qint64 unitId = OrgStore(*store.connection).addUnit(*store.session, unit);
    User me = store.session->user();
    me.unitId = unitId;
    OrgStore(*store.connection).updateUser(*store.session, me);
    store.session->reload();
    return store;
}

} // namespace kessai::bench
