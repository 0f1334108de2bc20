// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/CoverSheetPainter.h"

#include "core/DomainLabels.h"
#include "locale/JapaneseDate.h"
#include "render/DateSeal.h"
#include "render/TextWrap.h"

#include <QFontMetricsF>
#include <QPainter>

namespace kessai::render {

namespace {
constexpr qreal kContentWidth = CoverSheetPainter::kPageWidth - 2 * CoverSheetPainter::kMargin;
constexpr qreal kFieldHeight = 22;
constexpr qreal kLabelWidth = 58;
constexpr qreal kBoxWidth = 64;
constexpr qreal kBoxHeader = 15;
constexpr qreal kBoxBody = 66;
constexpr qreal kLineHeight = 15;
const QColor kInk(0x21, 0x21, 0x21);
const QColor kRule(0x55, 0x55, 0x55);
const QColor kShade(0xEE, 0xF1, 0xF5);

QString eraDate(const QDateTime &time)
{
    return time.isValid() ? JapaneseDate::eraDate(time.toLocalTime().date()) : QString();
}

/// Draws text left-aligned and vertically centred in rect, condensed sideways if too wide:
/// field values are never cut off.
void drawFitted(QPainter &painter, const QRectF &rect, const QString &text, const QFont &font,
                Qt::Alignment align = Qt::AlignLeft)
{
    if (text.isEmpty())
        return;
    const QFontMetricsF metrics(font);
    const qreal width = metrics.horizontalAdvance(text);
    const qreal squeeze = width > rect.width() ? rect.width() / width : 1.0;
    const qreal drawn = width * squeeze;
    qreal x = rect.left();
    if (align & Qt::AlignHCenter)
        x = rect.center().x() - drawn / 2;
    painter.save();
    painter.setFont(font);
    painter.translate(x, rect.center().y() + (metrics.ascent() - metrics.descent()) / 2);
    painter.scale(squeeze, 1.0);
    painter.drawText(QPointF(0, 0), text);
    painter.restore();
}
} // namespace

CoverSheetPainter::CoverSheetPainter(CoverSheet sheet)
    : m_sheet(std::move(sheet))
{
    build();
    paginate();
}

QStringList CoverSheetPainter::marks(const RouteStep &step)
{
    QStringList marks;
    if (step.actingForId)
        marks << (step.state == StepState::Decided ? tr("Proxy decision") : tr("Acting"));
    if (step.skipReason == SkipReason::SkipAhead)
        marks << tr("Skipped ahead");
    else if (step.skipReason == SkipReason::Absent)
        marks << tr("Absent");
    else if (step.skipReason == SkipReason::Ended && step.kind == StepKind::Circulate)
        marks << tr("Closed early");
    if (step.postReview != PostReviewMark::None || step.kind == StepKind::PostReview)
        marks << tr("Post-review");
    if (step.state == StepState::Returned)
        marks << tr("Returned");
    else if (step.state == StepState::Rejected)
        marks << tr("Rejected");
    return marks;
}

void CoverSheetPainter::build()
{
    const DocumentRecord &d = m_sheet.document;
    // Header: the form's name, the organization, 至急 / 紙決裁.
    m_pieces.push_back({46, [this](QPainter &p, qreal top) {
                            const DocumentRecord &doc = m_sheet.document;
                            p.setPen(kInk);
                            drawFitted(p, QRectF(kMargin, top, kContentWidth / 3, 14), m_sheet.organizationName,
                                       TextWrap::font(9));
                            drawFitted(p, QRectF(kMargin, top + 12, kContentWidth, 28), tr("Draft form"),
                                       TextWrap::font(18, true), Qt::AlignHCenter);
                            QStringList flags;
                            if (doc.urgent)
                                flags << tr("Urgent");
                            if (doc.paper)
                                flags << tr("Decided on paper");
                            qreal right = kMargin + kContentWidth;
                            for (const QString &flag : flags) {
                                const QFont font = TextWrap::font(11, true);
                                const qreal w = QFontMetricsF(font).horizontalAdvance(flag) + 12;
                                const QRectF badge(right - w, top + 14, w, 20);
                                p.setPen(QPen(DateSeal::kRed, 1.2));
                                p.setBrush(Qt::NoBrush);
                                p.drawRect(badge);
                                p.setPen(DateSeal::kRed);
                                drawFitted(p, badge, flag, font, Qt::AlignHCenter);
                                right -= w + 6;
                            }
                        }});

    const QString retention = DomainLabels::retention(d.retentionYears);
    addFieldRow({{tr("Document No."), d.numberLabel},
                 {tr("Drafted"), eraDate(d.createdAt)},
                 {tr("Decided"), eraDate(d.decidedAt)}});
    const std::optional<Enforcement> &enforcement = m_sheet.enforcement;
    addFieldRow({{tr("Enforced"), enforcement && enforcement->enforcedOn.isValid()
                                      ? JapaneseDate::eraDate(enforcement->enforcedOn)
                                      : eraDate(d.enforcedAt)},
                 {tr("Decision level"), d.decisionLevelName},
                 {tr("Disclosure"), DomainLabels::label(d.classification)}});
    addFieldRow({{tr("Retention"), retention},
                 {tr("At expiry"), m_sheet.disposition ? DomainLabels::label(*m_sheet.disposition) : QString()},
                 {tr("Kind"), DomainLabels::label(d.kind)}});
    addFieldRow({{tr("File"), d.fileName}});
    if (enforcement)
        addEnforcementRows(*enforcement);
    addFieldRow({{tr("Drafter's unit"), m_sheet.drafterUnitName},
                 {tr("Title"), m_sheet.drafterTitle},
                 {tr("Name"), d.drafterName},
                 {tr("Extension"), m_sheet.drafterExtension}});

    QList<RouteStep> line;
    QList<RouteStep> consults;
    QStringList consultNames;
    for (const RouteStep &step : m_sheet.route) {
        if (step.kind == StepKind::Consult) {
            consults.append(step);
            consultNames << (step.assigneeId ? QStringLiteral("%1 %2 %3")
                                                   .arg(step.assigneeUnitName, step.assigneeTitle, step.assigneeName)
                                                   .simplified()
                                             : step.assigneeUnitName);
        } else {
            line.append(step);
        }
    }
    consultNames.removeDuplicates();
    addTextBlock(tr("Consulted"), consultNames.join(QStringLiteral("、")));
    addApprovalRows(tr("Approval"), line);
    if (!consults.isEmpty())
        addApprovalRows(tr("Consultation"), consults);
    addTextBlock(tr("Subject"), d.title);
    addTextBlock(tr("Proposal and text"), d.body);
    QStringList remarks;
    for (const CoverSheet::Remark &remark : m_sheet.remarks) {
        QString text = QStringLiteral("%1  %2  %3").arg(JapaneseDate::dateTime(remark.at), remark.who, remark.what);
        if (!remark.text.isEmpty())
            text += QStringLiteral("：") + remark.text;
        remarks << text;
    }
    addTextBlock(tr("Remarks"), remarks.join(QLatin1Char('\n')));
}

void CoverSheetPainter::addEnforcementRows(const Enforcement &e)
{
    // 施行先 may be many: the row squeezes a few, and a long list goes on lines of its own.
    const QString destinations = e.destinationNames().join(QStringLiteral("、"));
    QString checker = e.fairCopyCheckerName;
    if (e.fairCopyCheckedAt.isValid())
        checker += QStringLiteral(" ") + JapaneseDate::compact(e.fairCopyCheckedAt.toLocalTime().date());
    addFieldRow({{tr("Method"), enforcementMethodLabel(e.method)},
                 {tr("Official seal"), officialSealLabel(e.seal)},
                 {tr("Fair copy checked"), checker.trimmed()}});
    if (destinations.size() <= 40) {
        addFieldRow({{tr("Sent to"), destinations}});
    } else {
        addTextBlock(tr("Sent to"), destinations);
    }
    if (e.issuedAttachmentId)
        addFieldRow({{tr("Issued"), tr("%1 (version %2, SHA-256 %3…)")
                                        .arg(e.issuedAttachmentName)
                                        .arg(e.issuedVersionNo)
                                        .arg(e.issuedSha256.left(12))}});
}

void CoverSheetPainter::addHeading(const QString &text)
{
    m_pieces.push_back({20, [text](QPainter &p, qreal top) {
                            p.setPen(Qt::NoPen);
                            p.setBrush(kInk);
                            p.drawRect(QRectF(kMargin, top + 6, 3, 12));
                            p.setPen(kInk);
                            drawFitted(p, QRectF(kMargin + 7, top + 4, kContentWidth - 7, 16), text,
                                       TextWrap::font(10, true));
                        }});
}

void CoverSheetPainter::addFieldRow(const QList<std::pair<QString, QString>> &fields)
{
    m_pieces.push_back({kFieldHeight, [fields](QPainter &p, qreal top) {
                            const qreal cell = kContentWidth / fields.size();
                            for (int i = 0; i < fields.size(); ++i) {
                                const QRectF label(kMargin + i * cell, top, kLabelWidth, kFieldHeight);
                                const QRectF value(label.right(), top, cell - kLabelWidth, kFieldHeight);
                                p.setPen(QPen(kRule, 0.6));
                                p.setBrush(kShade);
                                p.drawRect(label);
                                p.setBrush(Qt::NoBrush);
                                p.drawRect(value);
                                p.setPen(kInk);
                                drawFitted(p, label.adjusted(4, 0, -3, 0), fields.at(i).first, TextWrap::font(9));
                                drawFitted(p, value.adjusted(5, 0, -4, 0), fields.at(i).second, TextWrap::font(10));
                            }
                        }});
}

void CoverSheetPainter::addTextBlock(const QString &label, const QString &text)
{
    if (!label.isEmpty())
        addHeading(label);
    const QFont font = TextWrap::font(10);
    QStringList lines = TextWrap::lines(text, font, kContentWidth - 12);
    if (text.isEmpty())
        lines = QStringList{QString()}; // a blank line to write on
    for (const QString &line : lines) {
        m_pieces.push_back({kLineHeight, [line, font](QPainter &p, qreal top) {
                                p.setPen(QPen(QColor(0xBB, 0xBB, 0xBB), 0.4, Qt::DotLine));
                                p.drawLine(QPointF(kMargin, top + kLineHeight - 1),
                                           QPointF(kMargin + kContentWidth, top + kLineHeight - 1));
                                p.setPen(kInk);
                                p.setFont(font);
                                const QFontMetricsF metrics(font);
                                p.drawText(QPointF(kMargin + 6, top + kLineHeight - 1 - metrics.descent() - 1), line);
                            }});
    }
}

void CoverSheetPainter::addApprovalRows(const QString &label, const QList<RouteStep> &steps)
{
    addHeading(label);
    const int perRow = std::max(1, int(kContentWidth / kBoxWidth));
    if (steps.isEmpty()) {
        addTextBlock(QString(), tr("No route yet."));
        return;
    }
    for (int first = 0; first < steps.size(); first += perRow) {
        const QList<RouteStep> row = steps.mid(first, perRow);
        m_pieces.push_back({kBoxHeader + kBoxBody + 6, [this, row](QPainter &p, qreal top) {
                                for (int i = 0; i < row.size(); ++i)
                                    paintBox(p, QRectF(kMargin + i * kBoxWidth, top, kBoxWidth, kBoxHeader + kBoxBody),
                                             row.at(i));
                            }});
    }
}

void CoverSheetPainter::paintBox(QPainter &p, const QRectF &box, const RouteStep &step) const
{
    const QRectF header(box.left(), box.top(), box.width(), kBoxHeader);
    const QRectF body(box.left(), header.bottom(), box.width(), kBoxBody);
    p.setPen(QPen(kRule, 0.8));
    p.setBrush(kShade);
    p.drawRect(header);
    p.setBrush(Qt::NoBrush);
    p.drawRect(body);
    QString title = step.assigneeId ? step.assigneeTitle : step.assigneeUnitName;
    if (title.isEmpty())
        title = step.assigneeName.isEmpty() ? DomainLabels::label(step.kind) : step.assigneeName;
    p.setPen(kInk);
    drawFitted(p, header.adjusted(3, 0, -3, 0), title, TextWrap::font(8), Qt::AlignHCenter);

    const QStringList marks = CoverSheetPainter::marks(step);
    if (!marks.isEmpty()) {
        p.setPen(DateSeal::kRed);
        drawFitted(p, QRectF(body.left() + 2, body.top() + 1, body.width() - 4, 11), marks.join(QLatin1Char(' ')),
                   TextWrap::font(8, true), Qt::AlignHCenter);
    }
    auto seal = [&](qint64 userId, const QDateTime &at, const QRectF &where) {
        const CoverSheet::SealOwner owner = m_sheet.owner(userId);
        DateSeal{owner.unitShortName, JapaneseDate::compact(at.toLocalTime().date()), owner.surname}.paint(p, where);
    };
    const bool acted = step.state == StepState::Approved || step.state == StepState::Decided ||
                       step.state == StepState::Returned || step.state == StepState::Rejected ||
                       step.state == StepState::Read;
    const QRectF sealArea(body.left() + 4, body.top() + 12, body.width() - 8, body.height() - 14);
    const bool readAfter = step.postReview == PostReviewMark::Read && step.postReviewedAt.isValid();
    if (acted) {
        const qint64 who = step.actedById ? step.actedById : step.assigneeId;
        if (readAfter && step.actingForId) {
            // 代決: the proxy's seal, and the decider's own once read (後閲).
            seal(who, step.actedAt, QRectF(sealArea.left(), sealArea.top(), sealArea.width() * 0.62, sealArea.height()));
            seal(step.assigneeId, step.postReviewedAt,
                 QRectF(sealArea.left() + sealArea.width() * 0.55, sealArea.bottom() - sealArea.width() * 0.45,
                        sealArea.width() * 0.45, sealArea.width() * 0.45));
        } else {
            seal(who, step.actedAt, sealArea);
        }
    } else if (readAfter) {
        seal(step.assigneeId, step.postReviewedAt, sealArea);
    }
}

void CoverSheetPainter::paginate()
{
    const qreal bottom = kPageHeight - kMargin - kFooterSpace;
    qreal y = kMargin;
    Page page;
    for (int i = 0; i < int(m_pieces.size()); ++i) {
        if (page.count > 0 && y + m_pieces[i].height > bottom) {
            m_pages.push_back(page);
            page = Page{i, 0};
            y = kMargin + 26; // the continuation heading
        }
        y += m_pieces[i].height;
        ++page.count;
    }
    m_pages.push_back(page);
}

void CoverSheetPainter::paintContinuation(QPainter &p, int page) const
{
    p.setPen(kInk);
    drawFitted(p, QRectF(kMargin, kMargin, kContentWidth, 18),
               tr("Draft form (continued, %1 of %2)  %3")
                   .arg(page + 1)
                   .arg(pageCount())
                   .arg(m_sheet.document.numberLabel.isEmpty() ? m_sheet.document.title
                                                               : m_sheet.document.numberLabel),
               TextWrap::font(10, true));
    p.setPen(QPen(kRule, 0.6));
    p.drawLine(QPointF(kMargin, kMargin + 21), QPointF(kMargin + kContentWidth, kMargin + 21));
}

void CoverSheetPainter::paintPage(QPainter &painter, int page) const
{
    if (page < 0 || page >= pageCount())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    qreal y = kMargin;
    if (page > 0) {
        paintContinuation(painter, page);
        y += 26;
    }
    const Page &range = m_pages[page];
    for (int i = range.first; i < range.first + range.count; ++i) {
        painter.save();
        m_pieces[i].draw(painter, y);
        painter.restore();
        y += m_pieces[i].height;
    }
    painter.restore();
}

} // namespace kessai::render
