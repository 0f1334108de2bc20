// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workflow/CoverSheet.h"

#include <QCoreApplication>
#include <QSizeF>

#include <functional>
#include <vector>

class QPainter;

namespace kessai::render {

/// Draws the 鑑 (cover sheet, 起案用紙) of a document on A4 portrait pages: the fields, the
/// 決裁欄 (approval boxes, one per step in 回議 order, 合議 in their own row) with a データ印
/// (DateSeal) in each box that has acted, the 代決 / 後閲 / 引上げ marks, the 件名, the 伺い文 and
/// the 記事 (remarks). The one drawing of the 鑑: the single view, printing and the record PDF
/// all paint through it. Pages are laid out once, in the constructor, line by line and row by
/// row, so a long route or text runs onto further pages and nothing is ever cut off.
///
/// The painter's unit is the point (1/72 inch), the page's top-left at 0,0: callers scale to
/// their device. No widgets; usable on any thread.
class CoverSheetPainter
{
    Q_DECLARE_TR_FUNCTIONS(CoverSheetPainter)

public:
    static constexpr qreal kPageWidth = 595.28; ///< A4 portrait, points
    static constexpr qreal kPageHeight = 841.89;
    static constexpr qreal kMargin = 40;
    static constexpr qreal kFooterSpace = 34; ///< left free for the footer (文書番号, n/N)

    explicit CoverSheetPainter(CoverSheet sheet);
    Q_DISABLE_COPY_MOVE(CoverSheetPainter) // the pieces refer to this sheet

    int pageCount() const { return int(m_pages.size()); }
    static QSizeF pageSize() { return {kPageWidth, kPageHeight}; }
    /// Paints page (0-based) with the painter in points; the background is left to the caller.
    void paintPage(QPainter &painter, int page) const;
    const CoverSheet &sheet() const { return m_sheet; }

    /// What the box of a step shows above its seal: 代決, 後閲, 引上げ, 不在, 差戻し … (empty: nothing).
    static QStringList marks(const RouteStep &step);

private:
    /// One unbreakable piece of the sheet: a row of fields, a row of boxes, a line of text.
    struct Piece
    {
        qreal height = 0;
        std::function<void(QPainter &, qreal top)> draw;
    };
    struct Page
    {
        int first = 0; ///< index into m_pieces
        int count = 0;
    };

    void build();
    void addHeading(const QString &text);
    void addFieldRow(const QList<std::pair<QString, QString>> &fields);
    /// 施行: 方法, 公印, 浄書確認 and the 施行先 (the 施行日 is in the field rows above).
    void addEnforcementRows(const Enforcement &enforcement);
    void addTextBlock(const QString &label, const QString &text);
    void addApprovalRows(const QString &label, const QList<RouteStep> &steps);
    void paginate();
    void paintBox(QPainter &painter, const QRectF &box, const RouteStep &step) const;
    void paintContinuation(QPainter &painter, int page) const;

    CoverSheet m_sheet;
    std::vector<Piece> m_pieces;
    std::vector<Page> m_pages;
};

} // namespace kessai::render
