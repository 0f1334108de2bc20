// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/singleview/SingleView.h"

#include "core/DomainLabels.h"
#include "render/CoverSheetPainter.h"
#include "render/PageText.h"
#include "render/RenderEngine.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QLocale>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <cmath>

namespace kessai::gui {

namespace {
/// Maps points on the unrotated page to pixels of the target rectangle on screen.
QTransform pageTransform(const SingleViewLayout::Page &page, const QSizeF &points, const QRect &target)
{
    QTransform t;
    t.translate(target.x(), target.y());
    t.scale(page.scale, page.scale);
    switch (page.rotation) {
    case 90:
        t.translate(points.height(), 0);
        t.rotate(90);
        break;
    case 180:
        t.translate(points.width(), points.height());
        t.rotate(180);
        break;
    case 270:
        t.translate(0, points.width());
        t.rotate(270);
        break;
    default:
        break;
    }
    return t;
}

QString typeText(const render::DossierItem &item)
{
    return item.type.label();
}
} // namespace

SingleView::SingleView(render::RenderEngine *engine, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_engine(engine)
{
    setObjectName(QStringLiteral("singleView"));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setAttribute(Qt::WA_AcceptTouchEvents);
    verticalScrollBar()->setSingleStep(40);
    connect(engine, &render::RenderEngine::opened, this, &SingleView::relayout);
    connect(engine, &render::RenderEngine::closed, this, &SingleView::relayout);
    connect(engine, &render::RenderEngine::itemChanged, this, &SingleView::relayout);
    connect(engine, &render::RenderEngine::pageRendered, this,
            [this](const render::RenderKey &key, const QImage &) { onRendered(key); });
    connect(engine, &render::RenderEngine::textReady, this,
            [this](int item, int page, const render::PageText &text) {
                m_texts.insert((quint64(quint32(item)) << 32) | quint32(page),
                               std::make_shared<const render::PageText>(text));
                updateSelection(m_lastPos);
            });
}

void SingleView::setCoverSheet(std::shared_ptr<const render::CoverSheetPainter> cover)
{
    m_coverSheet = std::move(cover);
    relayout();
}

QPoint SingleView::contentOffset() const
{
    return QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value());
}

void SingleView::relayout()
{
    // Keep the point at the centre where it is across zoom and layout changes.
    const int centreY = contentOffset().y() + viewport()->height() / 2;
    // At the very top (just opened) the reader stays at the top: the cover comes first.
    const bool atTop = contentOffset().y() == 0;
    const int anchorPage = m_layout.pages().isEmpty() || atTop ? -1 : m_layout.pageAt(centreY);
    qreal anchorFraction = 0;
    if (anchorPage >= 0) {
        const QRect r = m_layout.pages().at(anchorPage).rect;
        anchorFraction = r.height() > 0 ? qreal(centreY - r.top()) / r.height() : 0;
    }
    const int coverWidth = std::min(900, std::max(300, viewport()->width() - 2 * SingleViewLayout::kMargin));
    m_coverScale = coverWidth / render::CoverSheetPainter::kPageWidth;
    const int coverPages = m_coverSheet ? m_coverSheet->pageCount() : 0;
    const int coverHeight =
        coverPages * int(std::ceil(render::CoverSheetPainter::kPageHeight * m_coverScale + SingleViewLayout::kPageGap));

    QList<QList<QSizeF>> sizes;
    for (int i = 0; i < m_engine->itemCount(); ++i)
        sizes.append(m_engine->item(i).pageSizes);
    m_layout.compute(sizes, m_rotations, m_mode, m_zoom, viewport()->size(), logicalDpiX() / 72.0,
                     coverHeight);
    horizontalScrollBar()->setRange(0, std::max(0, m_layout.width() - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    verticalScrollBar()->setRange(0, std::max(0, m_layout.height() - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    if (anchorPage >= 0 && anchorPage < m_layout.pages().size()) {
        const QRect r = m_layout.pages().at(anchorPage).rect;
        verticalScrollBar()->setValue(r.top() + int(anchorFraction * r.height()) - viewport()->height() / 2);
    }
    tellEngine();
    viewport()->update();
    emitPosition();
}

void SingleView::tellEngine()
{
    const QPoint offset = contentOffset();
    const QRect visible(offset, viewport()->size());
    const qreal dpr = devicePixelRatioF();
    QList<render::RenderEngine::View> views;
    for (int index : m_layout.pagesIn(visible.top(), visible.bottom() + 1)) {
        const SingleViewLayout::Page &page = m_layout.pages().at(index);
        const QRect onPage = page.rect.intersected(visible).translated(-page.rect.topLeft());
        render::RenderEngine::View view;
        view.item = page.item;
        view.page = page.page;
        view.scale = page.scale * dpr;
        view.rotation = page.rotation;
        view.visible = QRect(QPoint(qFloor(onPage.x() * dpr), qFloor(onPage.y() * dpr)),
                             QSize(qCeil(onPage.width() * dpr), qCeil(onPage.height() * dpr)));
        views.append(view);
    }
    const int direction = offset.y() >= m_lastY ? 1 : -1;
    m_lastY = offset.y();
    m_engine->setViewport(views, direction);
}

void SingleView::onRendered(const render::RenderKey &key)
{
    const QRect visible(contentOffset(), viewport()->size());
    for (int index : m_layout.pagesIn(visible.top(), visible.bottom() + 1)) {
        const SingleViewLayout::Page &page = m_layout.pages().at(index);
        if (page.item == key.item && page.page == key.page) {
            viewport()->update(page.rect.translated(-contentOffset()));
            return;
        }
    }
}

void SingleView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    painter.fillRect(event->rect(), QColor(0x5f, 0x66, 0x70));
    const QPoint offset = contentOffset();
    const QRect visible(offset, viewport()->size());
    painter.translate(-offset);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);

    const QRect cover = m_layout.coverRect();
    if (m_coverSheet && cover.height() > 0 && cover.intersects(visible)) {
        const QSizeF pagePixels = render::CoverSheetPainter::pageSize() * m_coverScale;
        const int pitch = int(std::ceil(pagePixels.height() + SingleViewLayout::kPageGap));
        for (int i = 0; i < m_coverSheet->pageCount(); ++i) {
            const QRectF sheet(cover.x() + (cover.width() - pagePixels.width()) / 2, cover.y() + i * pitch,
                               pagePixels.width(), pagePixels.height());
            if (!sheet.intersects(visible))
                continue;
            painter.fillRect(sheet, Qt::white);
            painter.save();
            painter.translate(sheet.topLeft());
            painter.scale(m_coverScale, m_coverScale);
            m_coverSheet->paintPage(painter, i);
            painter.restore();
        }
    }
    for (int i = 0; i < m_layout.items().size(); ++i) {
        const QRect band = m_layout.items().at(i).band;
        if (band.intersects(visible))
            paintBand(painter, i, band);
    }
    for (int index : m_layout.pagesIn(visible.top(), visible.bottom() + 1)) {
        const SingleViewLayout::Page &page = m_layout.pages().at(index);
        paintPage(painter, page, page.rect);
    }
}

QRect SingleView::bandButton(const QRect &band) const
{
    return QRect(band.right() - 120, band.top() + 4, 112, band.height() - 8);
}

QRect SingleView::actionButton(const QRect &band) const
{
    return QRect(band.right() - 228, band.top() + 4, 100, band.height() - 8);
}

QRect SingleView::itemActionRect(int item) const
{
    if (item < 0 || item >= m_layout.items().size() || itemStatus(item).action == ItemAction::None)
        return {};
    return actionButton(m_layout.items().at(item).band).translated(-contentOffset());
}

void SingleView::setItemStatus(int item, const ItemStatus &status)
{
    const ItemStatus old = m_itemStatus.value(item);
    if (old.badge == status.badge && old.action == status.action)
        return;
    m_itemStatus.insert(item, status);
    viewport()->update();
}

void SingleView::clearItemStatus()
{
    m_itemStatus.clear();
    viewport()->update();
}

void SingleView::paintBand(QPainter &painter, int item, const QRect &band)
{
    const render::DossierItem &entry = m_engine->item(item);
    // The received document (収受) a 起案 answers: a band of its own colour, labelled as the 収受.
    painter.fillRect(band, entry.isReceived() ? QColor(0xf6, 0xe9, 0xc8) : QColor(0xe3, 0xea, 0xf4));
    painter.setPen(QColor(0x1d, 0x3a, 0x6b));
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    const QString number = entry.isReceived()
                               ? tr("Received document %1").arg(entry.received)
                               : tr("Attachment %1").arg(entry.position > 0 ? entry.position : item + 1);
    const ItemStatus status = m_itemStatus.value(item);
    QRect text = band.adjusted(10, 0, status.action == ItemAction::None ? -130 : -238, 0);
    painter.drawText(text, Qt::AlignVCenter | Qt::AlignLeft, number);
    const int numberWidth = painter.fontMetrics().horizontalAdvance(number) + 14;
    painter.setFont(font());
    QStringList parts{entry.name, typeText(entry)};
    if (entry.isReady())
        parts.append(tr("%n page(s)", nullptr, entry.pageCount()));
    if (entry.workInProgress)
        parts.append(tr("your edit in progress (not yet a version)"));
    else if (entry.versionNo > 1)
        parts.append(tr("version %1").arg(entry.versionNo));
    if (entry.converted)
        parts.append(tr("converted to PDF"));
    if (!status.badge.isEmpty()) { // who is editing: on the right, where the eye looks for buttons
        const int width =
            std::min(painter.fontMetrics().horizontalAdvance(status.badge) + 8, text.width() / 2);
        painter.setPen(QColor(0xa0, 0x52, 0x00));
        painter.drawText(QRect(text.right() - width, text.top(), width, text.height()),
                         Qt::AlignVCenter | Qt::AlignRight,
                         painter.fontMetrics().elidedText(status.badge, Qt::ElideRight, width));
        painter.setPen(QColor(0x1d, 0x3a, 0x6b));
        text.setRight(text.right() - width - 8);
    }
    // When it does not fit, the file name gives way first (its middle), then the rest.
    const QFontMetrics metrics = painter.fontMetrics();
    const QString separator = QStringLiteral("  ·  ");
    const int available = text.width() - numberWidth;
    const int others = metrics.horizontalAdvance(QStringList(parts.mid(1)).join(separator) + separator);
    parts[0] = metrics.elidedText(parts.at(0), Qt::ElideMiddle, std::max(available - others, 80));
    painter.drawText(text.adjusted(numberWidth, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                     metrics.elidedText(parts.join(separator), Qt::ElideRight, available));
    if (status.action != ItemAction::None) {
        const QRect edit = actionButton(band);
        const bool finishing = status.action == ItemAction::FinishEditing;
        if (finishing)
            painter.fillRect(edit.adjusted(1, 1, 0, 0), QColor(0xff, 0xe0, 0xb2));
        painter.setPen(QColor(0x1d, 0x3a, 0x6b));
        painter.drawRoundedRect(edit, 4, 4);
        painter.drawText(edit, Qt::AlignCenter,
                         finishing                                ? tr("Finish editing")
                         : status.action == ItemAction::BreakLock ? tr("Break lock…")
                                                                  : tr("Edit"));
    }
    const QRect button = bandButton(band);
    painter.setPen(QColor(0x1d, 0x3a, 0x6b));
    painter.drawRoundedRect(button, 4, 4);
    painter.drawText(button, Qt::AlignCenter,
                     entry.state == render::DossierItem::State::NeedsPassword ? tr("Password…")
                                                                              : tr("Open externally"));
}

void SingleView::paintPage(QPainter &painter, const SingleViewLayout::Page &page, const QRect &target)
{
    painter.fillRect(target.translated(3, 3), QColor(0, 0, 0, 60));
    painter.fillRect(target, Qt::white);
    render::RenderEngine::View view;
    view.item = page.item;
    view.page = page.page;
    view.scale = page.scale * devicePixelRatioF();
    view.rotation = page.rotation;
    const QList<render::RenderEngine::Piece> pieces = m_engine->pieces(view);
    if (pieces.isEmpty()) {
        painter.setPen(QColor(0x88, 0x88, 0x88));
        painter.drawText(target, Qt::AlignCenter, tr("Loading…"));
    }
    for (const render::RenderEngine::Piece &piece : pieces) {
        const QRectF area(target.x() + piece.area.x() * target.width(),
                          target.y() + piece.area.y() * target.height(), piece.area.width() * target.width(),
                          piece.area.height() * target.height());
        painter.drawImage(area, piece.image);
    }
    const render::DossierItem &item = m_engine->item(page.item);
    const QSizeF points = page.page < item.pageSizes.size() ? item.pageSizes.at(page.page) : QSizeF();
    if (points.isEmpty())
        return;
    const QTransform transform = pageTransform(page, points, target);
    for (int i = 0; i < m_hits.size(); ++i) {
        const DossierSearch::Hit &hit = m_hits.at(i);
        if (hit.item != page.item || hit.page != page.page)
            continue;
        const QColor colour = i == m_currentHit ? QColor(255, 140, 0, 110) : QColor(255, 230, 0, 100);
        for (const QRectF &rect : hit.rects)
            painter.fillRect(transform.mapRect(rect), colour);
    }
    if (m_selectionPage >= 0 && &m_layout.pages().at(m_selectionPage) == &page &&
        !m_selectionPoints.isEmpty())
        painter.fillRect(transform.mapRect(m_selectionPoints), QColor(0, 120, 215, 60));
}

void SingleView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

void SingleView::scrollContentsBy(int, int)
{
    tellEngine();
    viewport()->update();
    emitPosition();
}

void SingleView::emitPosition()
{
    const int item = currentItem();
    const int page = currentPage();
    if (item != m_lastItem || page != m_lastPage) {
        m_lastItem = item;
        m_lastPage = page;
        emit positionChanged(item, page);
    }
}

int SingleView::currentItem() const
{
    const int index = m_layout.pageAt(contentOffset().y() + viewport()->height() / 2);
    if (index < 0)
        return m_layout.items().isEmpty() ? -1 : 0;
    return m_layout.pages().at(index).item;
}

bool SingleView::isOnCoverSheet() const
{
    const int centre = contentOffset().y() + viewport()->height() / 2;
    return m_layout.pageAt(centre) < 0 &&
           (m_layout.items().isEmpty() || centre < m_layout.items().constFirst().band.top());
}

int SingleView::currentPage() const
{
    const int index = m_layout.pageAt(contentOffset().y() + viewport()->height() / 2);
    return index < 0 ? 0 : m_layout.pages().at(index).page;
}

void SingleView::goToItem(int item)
{
    if (item < 0 || item >= m_layout.items().size())
        return;
    verticalScrollBar()->setValue(m_layout.items().at(item).band.top() - SingleViewLayout::kMargin / 2);
}

void SingleView::previousItem()
{
    // From inside an attachment, "previous" first goes back to its own start.
    const int item = currentItem();
    const int bandTop = item >= 0 ? m_layout.items().at(item).band.top() : 0;
    goToItem(contentOffset().y() > bandTop + SingleViewLayout::kMargin ? item : item - 1);
}

void SingleView::goToPage(int item, int page)
{
    if (item < 0 || item >= m_layout.items().size())
        return;
    const SingleViewLayout::Item &entry = m_layout.items().at(item);
    if (page < 0 || page >= entry.pageCount)
        return;
    verticalScrollBar()->setValue(m_layout.pages().at(entry.firstPage + page).rect.top() -
                                  SingleViewLayout::kPageGap);
}

qreal SingleView::currentZoom() const
{
    const int index = m_layout.pageAt(contentOffset().y() + viewport()->height() / 2);
    if (index < 0)
        return m_zoom;
    return m_layout.pages().at(index).scale / (logicalDpiX() / 72.0);
}

void SingleView::setZoomMode(SingleViewLayout::ZoomMode mode, qreal zoom)
{
    m_mode = mode;
    m_zoom = std::clamp(zoom, SingleViewLayout::kMinZoom, SingleViewLayout::kMaxZoom);
    relayout();
    emit zoomChanged(currentZoom());
}

void SingleView::zoomBy(qreal factor)
{
    setZoomMode(SingleViewLayout::ZoomMode::Fixed, currentZoom() * factor);
}

void SingleView::rotateCurrentPage(int degrees)
{
    const int index = m_layout.pageAt(contentOffset().y() + viewport()->height() / 2);
    if (index < 0)
        return;
    m_rotations[index] = ((m_rotations.value(index) + degrees) % 360 + 360) % 360;
    relayout();
}

void SingleView::setHits(const QList<DossierSearch::Hit> &hits)
{
    m_hits = hits;
    m_currentHit = -1;
    viewport()->update();
}

void SingleView::setCurrentHit(int index)
{
    if (index < 0 || index >= m_hits.size())
        return;
    m_currentHit = index;
    const DossierSearch::Hit &hit = m_hits.at(index);
    const SingleViewLayout::Item &item = m_layout.items().value(hit.item);
    if (hit.page < item.pageCount && !hit.rects.isEmpty()) {
        const SingleViewLayout::Page &page = m_layout.pages().at(item.firstPage + hit.page);
        const render::DossierItem &entry = m_engine->item(hit.item);
        const QRectF onScreen =
            pageTransform(page, entry.pageSizes.value(hit.page), page.rect).mapRect(hit.rects.first());
        verticalScrollBar()->setValue(int(onScreen.center().y()) - viewport()->height() / 2);
        horizontalScrollBar()->setValue(int(onScreen.center().x()) - viewport()->width() / 2);
    }
    viewport()->update();
}

void SingleView::keyPressEvent(QKeyEvent *event)
{
    QScrollBar *bar = verticalScrollBar();
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Space:
        bar->setValue(bar->value() +
                      (event->modifiers() & Qt::ShiftModifier ? -1 : 1) * bar->pageStep() * 9 / 10);
        return;
    case Qt::Key_PageDown:
        bar->setValue(bar->value() + bar->pageStep() * 9 / 10);
        return;
    case Qt::Key_PageUp:
        bar->setValue(bar->value() - bar->pageStep() * 9 / 10);
        return;
    case Qt::Key_Home:
        bar->setValue(0);
        return;
    case Qt::Key_End:
        bar->setValue(bar->maximum());
        return;
    case Qt::Key_N:
        if (!ctrl) {
            nextItem();
            return;
        }
        break;
    case Qt::Key_P:
        if (!ctrl) {
            previousItem();
            return;
        }
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        if (ctrl) {
            zoomBy(1.25);
            return;
        }
        break;
    case Qt::Key_Minus:
        if (ctrl) {
            zoomBy(0.8);
            return;
        }
        break;
    default:
        if (event->matches(QKeySequence::Copy) && !m_selectedText.isEmpty()) {
            QGuiApplication::clipboard()->setText(m_selectedText);
            return;
        }
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void SingleView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0)
            zoomBy(std::pow(1.15, steps));
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

bool SingleView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1.0 + gesture->value());
            return true;
        }
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void SingleView::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint() + contentOffset();
    for (int i = 0; i < m_layout.items().size(); ++i) {
        const QRect band = m_layout.items().at(i).band;
        if (!band.contains(pos))
            continue;
        const ItemAction action = m_itemStatus.value(i).action;
        if (action != ItemAction::None && actionButton(band).contains(pos)) {
            emit itemActionRequested(i, action);
            return;
        }
        if (bandButton(band).contains(pos)) {
            if (m_engine->item(i).state == render::DossierItem::State::NeedsPassword)
                emit unlockRequested(i);
            else
                emit openExternallyRequested(i);
        }
        return;
    }
    m_selectionPage = -1;
    m_selectedText.clear();
    m_selectionPoints = {};
    const int index = m_layout.pageAt(pos.y());
    if (index >= 0 && m_layout.pages().at(index).rect.contains(pos)) {
        const SingleViewLayout::Page &page = m_layout.pages().at(index);
        if (m_engine->item(page.item).state == render::DossierItem::State::NeedsPassword) {
            emit unlockRequested(page.item);
            return;
        }
        m_selectionPage = index;
        m_pressPos = pos;
        m_selecting = true;
    }
    viewport()->update();
}

void SingleView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_selecting)
        updateSelection(event->position().toPoint() + contentOffset());
}

void SingleView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_selecting)
        return;
    m_selecting = false;
    updateSelection(event->position().toPoint() + contentOffset());
}

void SingleView::updateSelection(const QPoint &contentPos)
{
    if (m_selectionPage < 0 || m_selectionPage >= m_layout.pages().size())
        return;
    const SingleViewLayout::Page &page = m_layout.pages().at(m_selectionPage);
    const render::DossierItem &entry = m_engine->item(page.item);
    const QSizeF points = entry.pageSizes.value(page.page);
    if (points.isEmpty())
        return;
    m_lastPos = contentPos;
    const QTransform toScreen = pageTransform(page, points, page.rect);
    const QRectF screenRect = QRectF(m_pressPos, contentPos).normalized();
    m_selectionPoints = toScreen.inverted().mapRect(screenRect);
    m_selectedText.clear();
    auto text = m_search ? m_search->cachedText(page.item, page.page) : nullptr;
    if (!text)
        text = m_texts.value((quint64(quint32(page.item)) << 32) | quint32(page.page));
    if (text) {
        bool previous = false;
        for (int i = 0; i < text->text.size(); ++i) {
            const QRectF box = text->boxes.value(i);
            // Separators the page does not draw go with the selected text around them.
            const bool take = box.isNull() ? previous : m_selectionPoints.intersects(box);
            if (take)
                m_selectedText += text->text.at(i);
            previous = take;
        }
        m_selectedText = m_selectedText.trimmed();
    } else if (!m_selecting) {
        m_engine->requestText(page.item, page.page);
    }
    viewport()->update();
}

} // namespace kessai::gui
