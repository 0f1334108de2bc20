// SPDX-License-Identifier: GPL-3.0-or-later
// Text pages after the render-thread crash fix (issue 10 §1): every text document is laid out
// and painted on one text thread (TextLayoutThread). What does the hand-over cost, and what do
// four render workers asking at once get?
//
//   text_page_bench [--lines N]
//
//  1. raw Qt: the same sections built by TextDocumentBuilder and painted with QPainter on the
//     bench's own thread, no hand-over (what the old code did, unsafely, on each worker);
//  2. TextPageSource::render from one thread (each page handed to the text thread);
//  3. TextPageSource::render from four threads at once (they queue for the text thread).
// Each: median and p95 milliseconds per A4 page at 96 dpi, over every page of a Japanese text.
#include "render/TextDocumentBuilder.h"
#include "render/TextPageSource.h"

#include <QAbstractTextDocumentLayout>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QTextDocument>

#include <algorithm>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

using namespace kessai::render;

namespace {

QString japaneseText(int lines)
{
    QString text;
    for (int i = 0; i < lines; ++i)
        text += QStringLiteral("第%1行 令和8年度予算の執行について（通知）ＡＢＣ abc ｶﾅ 0123456789\n").arg(i + 1);
    return text;
}

struct Stats
{
    double median = 0;
    double p95 = 0;
};

Stats stats(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    if (ms.empty())
        return {};
    return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 95 / 100)]};
}

void print(const char *what, const Stats &s, std::size_t pages)
{
    std::printf("%-44s pages %4zu  median %6.2f ms  p95 %6.2f ms\n", what, pages, s.median, s.p95);
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("lines"), QStringLiteral("lines of text"), QStringLiteral("N"),
                      QStringLiteral("3000")});
    parser.addHelpOption();
    parser.process(app);
    const int lines = parser.value(QStringLiteral("lines")).toInt();
    const QString text = japaneseText(lines);
    constexpr qreal kScale = 96.0 / 72.0;

    // 1. Raw Qt on this thread.
    std::vector<double> raw;
    {
        QImage device(1, 1, QImage::Format_RGB32);
        device.setDotsPerMeterX(2835);
        device.setDotsPerMeterY(2835);
        auto sections = TextDocumentBuilder::build(text, ContentType::Kind::Text, {}, &device);
        for (const auto &section : sections) {
            for (int page = 0; page < section.pages; ++page) {
                QElapsedTimer timer;
                timer.start();
                const QSize size((section.pageSize * kScale).toSize());
                QImage image(size, QImage::Format_RGB32);
                image.fill(Qt::white);
                QPainter painter(&image);
                painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
                painter.scale(kScale, kScale);
                const qreal top = page * section.pageSize.height();
                painter.translate(0, -top);
                const QRectF clip(0, top, section.pageSize.width(), section.pageSize.height());
                painter.setClipRect(clip);
                QAbstractTextDocumentLayout::PaintContext context;
                context.clip = clip;
                section.document->documentLayout()->draw(&painter, context);
                painter.end();
                raw.push_back(timer.nsecsElapsed() / 1e6);
            }
        }
        // Built here, so they die here: this thread's font engines.
    }
    print("raw Qt (QTextDocument on one thread)", stats(raw), raw.size());

    TextPageSource source(text, ContentType::Kind::Text);
    const int pages = source.pageCount();

    // 2. One caller.
    std::vector<double> one;
    for (int page = 0; page < pages; ++page) {
        QElapsedTimer timer;
        timer.start();
        const QImage image = source.render({page, kScale, 0, {}});
        one.push_back(timer.nsecsElapsed() / 1e6);
        if (image.isNull())
            return 1;
    }
    print("TextPageSource, one caller", stats(one), one.size());

    // 3. Four callers at once.
    std::vector<double> four;
    std::mutex mutex;
    std::vector<std::thread> threads;
    QElapsedTimer wall;
    wall.start();
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int page = t; page < pages; page += 4) {
                QElapsedTimer timer;
                timer.start();
                const QImage image = source.render({page, kScale, 0, {}});
                const double ms = timer.nsecsElapsed() / 1e6;
                std::lock_guard lock(mutex);
                four.push_back(image.isNull() ? 1e9 : ms);
            }
        });
    }
    for (auto &thread : threads)
        thread.join();
    print("TextPageSource, four callers at once", stats(four), four.size());
    std::printf("four callers: %d pages in %.0f ms wall (%.2f ms a page)\n", pages, double(wall.elapsed()),
                double(wall.elapsed()) / pages);
    return 0;
}
