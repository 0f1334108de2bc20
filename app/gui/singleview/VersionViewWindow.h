// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace kessai::render {
class ConversionService;
class RenderEngine;
} // namespace kessai::render

namespace kessai::gui {

class SingleView;

/// One version of an attachment in the single view, read-only: the same pages, zoom and text
/// selection as the single view window (an office file converted with LibreOffice first). Opened
/// from 版の履歴 with the version's content written to a read-only file.
class VersionViewWindow : public QWidget
{
    Q_OBJECT

public:
    VersionViewWindow(const QString &path, const QString &name, const QString &title,
                      QWidget *parent = nullptr);

    render::RenderEngine *engine() const { return m_engine; }
    SingleView *view() const { return m_view; }

private:
    render::RenderEngine *m_engine;
    render::ConversionService *m_conversion;
    SingleView *m_view;
};

} // namespace kessai::gui
