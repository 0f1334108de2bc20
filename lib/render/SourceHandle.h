// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/PageSourceFactory.h"

#include <QMutex>

#include <memory>

namespace kessai::render {

/// How to get one item's PageSource, shared by the engine and its render jobs: opened on the
/// first use (on a worker thread), once, however many threads ask at the same time. An item
/// whose page sizes were stored is shown without opening anything until a page is painted.
class SourceHandle
{
public:
    /// Opened lazily from input.
    explicit SourceHandle(PageSourceFactory::Input input);
    /// Already open.
    explicit SourceHandle(std::shared_ptr<PageSource> source);

    /// The source, opening it first if needed (may block while another thread opens it).
    std::shared_ptr<PageSource> source();
    /// The source if it is open, else null (never blocks on opening).
    std::shared_ptr<PageSource> openedSource() const;
    const PageSourceFactory::Input &input() const { return m_input; }

private:
    mutable QMutex m_mutex;
    PageSourceFactory::Input m_input;
    std::shared_ptr<PageSource> m_source;
};

} // namespace kessai::render
