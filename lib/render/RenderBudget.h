// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace kessai::render {

/// What one hostile attachment may cost, whatever the file claims: a page is never rendered as
/// one image larger than kMaxPagePixels (the engine tiles above its threshold, the export lowers
/// the dpi), a PDF page stops drawing after kPageTimeMs, a PDF shows at most kMaxPdfPages pages
/// and measures their sizes within kMeasureTimeMs, and an image (a file or inside a PDF) larger
/// than kMaxImagePixels, or a PDF nesting forms deeper than kMaxFormNesting, is refused before it
/// is drawn. RenderAllowance bounds the pixels rendered at once; with the page cache's 256 MiB
/// this keeps the process under about 1 GiB (docs/architecture.md, docs/performance.md).
struct RenderBudget
{
    /// One rendered image: 32 MP (128 MiB as ARGB32), an A4 page at 550 dpi.
    static constexpr qint64 kMaxPagePixels = 32LL * 1024 * 1024;
    /// One PDF render (whole page or tile), through Poppler's abort callback.
    static constexpr int kPageTimeMs = 20000;
    /// Pages of one PDF shown (and measured); the rest is named in the item's note.
    static constexpr int kMaxPdfPages = 10000;
    /// Measuring page sizes when a PDF is opened; pages beyond take the last measured size.
    static constexpr int kMeasureTimeMs = 5000;
    /// One image (declared width × height): a 1 GP image already takes seconds to decode.
    static constexpr qint64 kMaxImagePixels = 1024LL * 1024 * 1024;
    /// Forms drawing forms (PdfStructureScan): Poppler's time check does not reach inside them.
    static constexpr int kMaxFormNesting = 6;
};

} // namespace kessai::render
