// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace kessai::test {

/// Files that claim far more than they hold, written by hand (no corpus): the single view's pipeline
/// must open, measure and render them in bounded time and memory (RenderBudget).
class HostileFiles
{
public:
    /// A PDF of the given objects (object n is objects[n - 1]; object 1 the catalog), with a
    /// correct cross-reference table.
    static QByteArray assemblePdf(const QList<QByteArray> &objects);
    static QByteArray stream(const QByteArray &data, const QByteArray &dictionary = {});

    /// One page of 200 × 200 inches (14,400 pt), filled: 368 MP at 96 dpi.
    static QByteArray giantPagePdf();
    /// One page whose MediaBox is 10¹² points square.
    static QByteArray boundlessPagePdf();
    /// One A4 page drawing a form that draws the next form fanout times, depth levels deep: the
    /// content "loops" fanout^depth times (20^7 ≈ 1.3·10⁹ rectangles by default).
    static QByteArray loopingPagePdf(int fanout = 20, int depth = 7);
    /// One A4 page whose (deflated) content stream fills a large rectangle operations times.
    static QByteArray enormousContentPdf(int operations = 2000000);
    /// A real page tree of count A4 pages sharing one content stream.
    static QByteArray manyPagesPdf(int count);
    /// One page whose page tree claims declared pages.
    static QByteArray lyingPageCountPdf(int declared);
    /// One A4 page showing a side × side grey image whose data really inflates to side² bytes
    /// (run-length coded, then deflated: 50,000² is about 40 KB in the file).
    static QByteArray hugeImagePdf(int side = 50000);
    /// A PNG whose header declares width × height (its data is a few bytes).
    static QByteArray hugeDeclaredPng(int width, int height);
    /// A docx whose document.xml declares declaredSize bytes uncompressed (in the local header
    /// and the central directory); its real data is small.
    static QByteArray officeDeclaringSize(qint64 declaredSize);
};

} // namespace kessai::test
