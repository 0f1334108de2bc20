// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/singleview/DossierSearch.h"
#include "gui/singleview/SingleViewLayout.h"

#include <QAbstractScrollArea>
#include <QElapsedTimer>

#include <memory>

namespace kessai::render {
class CoverSheetPainter;
class RenderEngine;
struct RenderKey;
} // namespace kessai::render

namespace kessai::gui {

/// The single view (一覧表示): the cover sheet, then every page of every attachment in
/// one continuous column, each attachment under a slim header band. Pages are painted from
/// the RenderEngine's images (never rendered here); what is on screen is told to the engine
/// on every scroll, so only visible pages and a little prefetch are rendered.
///
/// Keys: PgUp/PgDn, Space, Home/End, n/p next/previous attachment, Ctrl+wheel or Ctrl+±
/// zoom, Ctrl+C copies the selected text (drag over a page to select).
class SingleView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    /// The editing button of an attachment's header band.
    enum class ItemAction
    {
        None,
        Edit,          ///< 編集
        FinishEditing, ///< 編集終了 (this client is editing it)
        BreakLock      ///< a stale lock the viewer may break
    };
    /// What the band says about editing: "佐藤 が編集中 · 10:42から", and its button.
    struct ItemStatus
    {
        QString badge;
        ItemAction action = ItemAction::None;
    };

    explicit SingleView(render::RenderEngine *engine, QWidget *parent = nullptr);

    void setItemStatus(int item, const ItemStatus &status);
    ItemStatus itemStatus(int item) const { return m_itemStatus.value(item); }
    void clearItemStatus();
    /// Band geometry for tests and the mouse: the band's editing button (null when none).
    QRect itemActionRect(int item) const;

    /// The 鑑 drawn at the top, page by page, by the same painter as print and the record PDF.
    void setCoverSheet(std::shared_ptr<const render::CoverSheetPainter> cover);
    const render::CoverSheetPainter *coverSheet() const { return m_coverSheet.get(); }
    void setZoomMode(SingleViewLayout::ZoomMode mode, qreal zoom = 1.0);
    SingleViewLayout::ZoomMode zoomMode() const { return m_mode; }
    /// The zoom of the page at the centre (1.0 = 100 %).
    qreal currentZoom() const;
    void zoomBy(qreal factor);
    void rotateCurrentPage(int degrees);

    void goToItem(int item);
    void goToPage(int item, int page);
    void nextItem() { goToItem(currentItem() + 1); }
    void previousItem();
    int currentItem() const;
    /// True while the centre of the view is on the 鑑 (above the first attachment).
    bool isOnCoverSheet() const;
    int currentPage() const; ///< within the current item
    const SingleViewLayout &layout() const { return m_layout; }

    void setHits(const QList<DossierSearch::Hit> &hits);
    void setCurrentHit(int index);
    void setTextSource(DossierSearch *search) { m_search = search; }
    QString selectedText() const { return m_selectedText; }

signals:
    /// The attachment and page at the centre changed.
    void positionChanged(int item, int page);
    void openExternallyRequested(int item);
    void itemActionRequested(int item, kessai::gui::SingleView::ItemAction action);
    void unlockRequested(int item);
    void zoomChanged(qreal zoom);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void relayout();
    void tellEngine();
    void paintBand(QPainter &painter, int item, const QRect &band);
    void paintPage(QPainter &painter, const SingleViewLayout::Page &page, const QRect &target);
    QRect bandButton(const QRect &band) const;
    QRect actionButton(const QRect &band) const;
    QPoint contentOffset() const;
    void updateSelection(const QPoint &contentPos);
    void onRendered(const render::RenderKey &key);
    void emitPosition();

    render::RenderEngine *m_engine;
    DossierSearch *m_search = nullptr;
    SingleViewLayout m_layout;
    SingleViewLayout::ZoomMode m_mode = SingleViewLayout::ZoomMode::FitWidth;
    qreal m_zoom = 1.0;
    QHash<int, int> m_rotations; ///< global page → degrees
    QHash<int, ItemStatus> m_itemStatus;
    std::shared_ptr<const render::CoverSheetPainter> m_coverSheet;
    qreal m_coverScale = 1.0; ///< pixels per point of the 鑑 pages
    QList<DossierSearch::Hit> m_hits;
    int m_currentHit = -1;
    int m_lastY = 0;
    int m_lastItem = -2;
    int m_lastPage = -2;
    // Text selection: a rectangle over one page, in points.
    int m_selectionPage = -1;
    QPoint m_pressPos;
    QRectF m_selectionPoints;
    QString m_selectedText;
    bool m_selecting = false;
    QPoint m_lastPos;
    QHash<quint64, std::shared_ptr<const render::PageText>> m_texts; ///< pages read for selection
};

} // namespace kessai::gui
