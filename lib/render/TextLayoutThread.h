// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <functional>

namespace kessai::render {

/// The one thread on which text documents (QTextDocument) are laid out, painted, queried and
/// destroyed.
///
/// Why: a QTextDocument's layout keeps the font engines (QFontEngineFT, a FreeType face each)
/// of the thread that shaped it. Those engines belong to that thread's font cache: they are not
/// safe to use from two threads at once, and they are freed when that thread ends. Rendering a
/// text page on the render pool while another worker drew another text page, or after the
/// loader thread had ended, crashed in QFontEngineFT. Everything that touches a text document's
/// layout therefore runs here; painting cards and PDF pages on the pool stays parallel (each
/// worker uses its own QFont objects, resolved through its own font cache).
class TextLayoutThread
{
public:
    /// Runs work on the text thread and returns when it is done; inline when called on it.
    /// When abort is already set when the work's turn comes, the work is skipped (returns false).
    static bool run(const std::function<void()> &work, const std::atomic_bool *abort = nullptr);
    /// True on the text thread itself.
    static bool isCurrent();
};

} // namespace kessai::render
