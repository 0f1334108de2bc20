// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/SourceHandle.h"

namespace kessai::render {

SourceHandle::SourceHandle(PageSourceFactory::Input input)
    : m_input(std::move(input))
{}

SourceHandle::SourceHandle(std::shared_ptr<PageSource> source)
    : m_source(std::move(source))
{}

std::shared_ptr<PageSource> SourceHandle::source()
{
    QMutexLocker lock(&m_mutex);
    if (!m_source)
        m_source = PageSourceFactory::open(m_input);
    return m_source;
}

std::shared_ptr<PageSource> SourceHandle::openedSource() const
{
    QMutexLocker lock(&m_mutex);
    return m_source;
}

} // namespace kessai::render
