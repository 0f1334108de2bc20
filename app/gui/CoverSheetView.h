// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/DocumentRecord.h"
#include "core/workflow/CoverSheet.h"
#include "core/workflow/ReturnRound.h"
#include "core/workflow/RouteStep.h"

#include <QImage>
#include <QTextBrowser>
#include <QTimer>

#include <memory>
#include <optional>

namespace kessai::render {
class CoverSheetPainter;
}

namespace kessai::gui {

/// The detail pane: the document's 鑑 as it prints — drawn by CoverSheetPainter, the 決裁欄
/// with its seals — then its route as a stage-by-stage timeline with the current step
/// highlighted, then every 差戻し round. The 鑑 is painted into images the width of the pane
/// (again when the pane is resized); without a sheet the fields are listed as text.
class CoverSheetView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit CoverSheetView(QWidget *parent = nullptr);

    void showDocument(const DocumentRecord &document, const QList<RouteStep> &route,
                      const QList<ReturnRound> &rounds = {}, const std::optional<CoverSheet> &sheet = {});
    void showMessage(const QString &message);
    qint64 documentId() const { return m_documentId; }

    /// sheetPages: how many painted pages of the 鑑 (kessai-cover:N images) come first; 0: the
    /// fields as a table instead.
    static QString coverHtml(const DocumentRecord &document, const QList<RouteStep> &route,
                             const QList<ReturnRound> &rounds = {}, int sheetPages = 0, QSize sheetPage = {});
    /// 差戻しの記録: every round (who sent it back, to whom, when, why; what changed; the
    /// 再提出), kept after the route moved on (ReturnHistory).
    static QString returnRoundsHtml(const QList<ReturnRound> &rounds);
    /// The 修正 an approver made during a step, as lines for the route table.
    static QString editsHtml(const RouteStep &step);

    /// The painted pages of the 鑑 (tests look at them as a user would).
    const QList<QImage> &sheetImages() const { return m_pages; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void render();

    qint64 m_documentId = 0;
    DocumentRecord m_document;
    QList<RouteStep> m_route;
    QList<ReturnRound> m_rounds;
    std::shared_ptr<const render::CoverSheetPainter> m_painter;
    QList<QImage> m_pages;
    int m_paintedWidth = 0;
    QTimer m_resize; ///< paints the 鑑 again once the pane has its new width
};

} // namespace kessai::gui
