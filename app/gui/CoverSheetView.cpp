// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/CoverSheetView.h"

#include "core/DomainLabels.h"
#include "core/workflow/ReturnHistory.h"
#include "locale/JapaneseDate.h"
#include "render/CoverSheetPainter.h"

#include <QPainter>
#include <QScrollBar>
#include <QUrl>

namespace kessai::gui {

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><th align=left style='padding:3px 10px 3px 4px; background:#eef2f7; "
                          "white-space:nowrap'>%1</th><td style='padding:3px 6px'>%2</td></tr>")
        .arg(esc(label), value);
}

/// A name (with its title) that never breaks inside: 「高橋 美咲」 stays on one line (CJK text may
/// break between any two characters, so the span forbids it, not only the spaces).
QString nameHtml(const QString &name)
{
    return QStringLiteral("<span style='white-space:nowrap'>%1</span>")
        .arg(esc(name).replace(QLatin1Char(' '), QStringLiteral("&nbsp;")));
}

QString dateText(const QDateTime &time)
{
    return time.isValid() ? esc(JapaneseDate::both(time.toLocalTime().date())) : QStringLiteral("—");
}

QString stateColour(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return QStringLiteral("#fff3c4");
    case StepState::Returned:
    case StepState::Rejected:
        return QStringLiteral("#f9d9d9");
    case StepState::Approved:
    case StepState::Decided:
    case StepState::Read:
        return QStringLiteral("#e3f2e1");
    default:
        return QStringLiteral("#ffffff");
    }
}
} // namespace

namespace {
/// Narrower than this the painted 鑑 is too small to read: the pane scrolls sideways instead.
constexpr int kMinSheetWidth = 320;
} // namespace

CoverSheetView::CoverSheetView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setObjectName(QStringLiteral("coverSheet"));
    m_resize.setSingleShot(true);
    m_resize.setInterval(120);
    connect(&m_resize, &QTimer::timeout, this, [this] {
        if (m_documentId && m_painter && m_paintedWidth != viewport()->width()) {
            const int scroll = verticalScrollBar()->value(); // the reader stays where they were
            render();
            verticalScrollBar()->setValue(scroll);
        }
    });
}

void CoverSheetView::showDocument(const DocumentRecord &document, const QList<RouteStep> &route,
                                  const QList<ReturnRound> &rounds, const std::optional<CoverSheet> &sheet)
{
    // Another document starts at its top; the same one again (refreshed) stays where the reader was.
    const bool same = m_documentId == document.id;
    m_documentId = document.id;
    m_document = document;
    m_route = route;
    m_rounds = rounds;
    m_painter = sheet ? std::make_shared<const render::CoverSheetPainter>(*sheet) : nullptr;
    const int scroll = same && verticalScrollBar() ? verticalScrollBar()->value() : 0;
    render();
    verticalScrollBar()->setValue(scroll);
}

void CoverSheetView::render()
{
    // The same drawing as print and the record PDF, at the pane's width and the screen's pixel ratio.
    const int margin = int(2 * document()->documentMargin()) + 2;
    const int width = std::max(kMinSheetWidth, viewport()->width() - margin);
    m_paintedWidth = viewport()->width();
    QSize page;
    int pages = 0;
    if (m_painter) {
        const qreal scale = width / render::CoverSheetPainter::kPageWidth;
        page = (render::CoverSheetPainter::pageSize() * scale).toSize();
        const qreal ratio = devicePixelRatioF();
        pages = m_painter->pageCount();
        m_pages.clear();
        for (int i = 0; i < pages; ++i) {
            QImage image(page * ratio, QImage::Format_RGB32);
            image.setDevicePixelRatio(ratio);
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.scale(scale, scale);
            m_painter->paintPage(painter, i);
            painter.end();
            m_pages.append(image);
        }
    }
    setHtml(coverHtml(m_document, m_route, m_rounds, pages, page));
}

QVariant CoverSheetView::loadResource(int type, const QUrl &name)
{
    if (type == QTextDocument::ImageResource && name.scheme() == QLatin1String("kessai-cover")) {
        const int page = name.path().toInt();
        return page >= 0 && page < m_pages.size() ? QVariant(m_pages.at(page)) : QVariant();
    }
    return QTextBrowser::loadResource(type, name);
}

void CoverSheetView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    if (m_painter)
        m_resize.start();
}

void CoverSheetView::showMessage(const QString &message)
{
    m_documentId = 0;
    m_painter.reset();
    m_pages.clear();
    setHtml(QStringLiteral("<p style='color:#666; margin:24px'>%1</p>").arg(esc(message)));
}

QString CoverSheetView::editsHtml(const RouteStep &step)
{
    QString html;
    for (const RouteStep::Edit &edit : step.edits) {
        const QString what =
            edit.position > 0
                ? tr("%1 edited attachment %2 (version %3)")
                      .arg(step.assigneeTitle.isEmpty() ? step.assigneeName : step.assigneeTitle)
                      .arg(edit.position)
                      .arg(edit.versionNo)
                : tr("%1 edited “%2” (version %3), since removed")
                      .arg(step.assigneeTitle.isEmpty() ? step.assigneeName : step.assigneeTitle,
                           edit.attachmentName)
                      .arg(edit.versionNo);
        html += QStringLiteral("%1<span style='color:#8a4b00'>%2 · %3</span>")
                    .arg(html.isEmpty() ? QString() : QStringLiteral("<br>"))
                    .arg(esc(what), esc(JapaneseDate::dateTime(edit.createdAt)));
    }
    return html;
}

QString CoverSheetView::returnRoundsHtml(const QList<ReturnRound> &rounds)
{
    if (rounds.isEmpty())
        return {};
    QString html = QStringLiteral("<h3 style='margin:14px 0 4px 0'>%1</h3>").arg(esc(tr("Sent back")));
    html += QStringLiteral("<table cellspacing=0 cellpadding=4 border=1 style='border-color:#ccd' width='100%'>");
    for (int i = 0; i < rounds.size(); ++i) {
        const ReturnRound &round = rounds.at(i);
        const QString from = QStringLiteral("%1 %2").arg(round.returnedByTitle, round.returnedByName).trimmed();
        QString to = QStringLiteral("%1 %2").arg(round.returnedToTitle, round.returnedToName).trimmed();
        if (!round.returnToStepId)
            to = tr("the drafter (%1)").arg(to);
        html += QStringLiteral("<tr style='background:#f9d9d9'><td><b>%1</b> · %2<br>%3</td></tr>")
                    .arg(esc(tr("Round %1").arg(i + 1)), esc(JapaneseDate::dateTime(round.returnedAt)),
                         esc(tr("%1 sent it back to %2").arg(from, to)));
        if (!round.comment.isEmpty())
            html += QStringLiteral("<tr><td style='white-space:pre-wrap'>%1「%2」</td></tr>")
                        .arg(esc(tr("Comment: ")), esc(round.comment));
        QString changes;
        for (const ReturnRound::Change &change : round.changes)
            changes += QStringLiteral("<li>%1 · %2 %3</li>")
                           .arg(esc(ReturnHistory::describe(change)), esc(JapaneseDate::dateTime(change.at)),
                                esc(change.byName));
        html += QStringLiteral("<tr><td>%1</td></tr>")
                    .arg(changes.isEmpty() ? esc(tr("No changes recorded after it."))
                                           : esc(tr("Changed after it:")) +
                                                 QStringLiteral("<ul style='margin:2px 0'>%1</ul>").arg(changes));
        html += QStringLiteral("<tr style='background:%1'><td>%2</td></tr>")
                    .arg(round.resubmitted() ? QStringLiteral("#e3f2e1") : QStringLiteral("#fff3c4"),
                         esc(round.resubmitted()
                                 ? (round.returnToStepId
                                        ? tr("Taken up again by %1 · %2")
                                        : tr("Re-submitted by %1 · %2"))
                                       .arg(round.cameBackByName, JapaneseDate::dateTime(round.cameBackAt))
                                 : tr("Not yet re-submitted")));
    }
    html += QStringLiteral("</table>");
    return html;
}

QString CoverSheetView::coverHtml(const DocumentRecord &d, const QList<RouteStep> &route,
                                  const QList<ReturnRound> &rounds, int sheetPages, QSize sheetPage)
{
    QString html;
    html +=
        QStringLiteral("<h2 style='margin:4px 0 8px 0'>%1%2</h2>")
            .arg(d.urgent ? QStringLiteral("<span style='color:#b00020'>%1</span> ").arg(esc(tr("[Urgent]")))
                          : QString(),
                 esc(d.title));
    if (sheetPages > 0) {
        // The painted 鑑 carries every field; one line above it keeps number and state at hand.
        html += QStringLiteral("<p style='margin:0 0 6px 0'>%1 · %2%3</p>")
                    .arg(d.numberLabel.isEmpty() ? esc(tr("(assigned at submission)")) : esc(d.numberLabel),
                         esc(DomainLabels::label(d.status)),
                         d.paper ? QStringLiteral(" <b>%1</b>").arg(esc(tr("(decided on paper)"))) : QString());
        for (int i = 0; i < sheetPages; ++i)
            html += QStringLiteral("<p style='margin:0 0 6px 0'><img src='kessai-cover:%1' width=%2 height=%3></p>")
                        .arg(i)
                        .arg(sheetPage.width())
                        .arg(sheetPage.height());
    } else {
        html += QStringLiteral("<table cellspacing=1 width='100%'>");
        html += row(tr("Document No."),
                    d.numberLabel.isEmpty() ? esc(tr("(assigned at submission)")) : esc(d.numberLabel));
        if (d.fiscalYear)
            html += row(tr("Fiscal year"), esc(JapaneseDate::fiscalYearLabel(d.fiscalYear)));
        html += row(tr("Kind"), esc(DomainLabels::label(d.kind)));
        html += row(tr("Status"),
                    esc(DomainLabels::label(d.status)) +
                        (d.paper ? QStringLiteral(" <b>%1</b>").arg(esc(tr("(decided on paper)"))) : QString()));
        html += row(tr("Drafter"), nameHtml(d.drafterName));
        html += row(tr("Unit"), esc(d.unitName));
        html += row(tr("Drafted"), dateText(d.createdAt));
        if (d.submittedAt.isValid())
            html += row(tr("Submitted"), dateText(d.submittedAt));
        if (d.decidedAt.isValid())
            html += row(tr("Decided"), dateText(d.decidedAt));
        if (d.enforcedAt.isValid())
            html += row(tr("Enforced"), dateText(d.enforcedAt));
        if (!d.decisionLevelName.isEmpty())
            html += row(tr("Decision level"), esc(d.decisionLevelName));
        if (!d.decisionKindName.isEmpty())
            html += row(tr("Decision kind"), esc(d.decisionKindName));
        if (!d.fileName.isEmpty())
            html += row(tr("File"), esc(d.fileName));
        html += row(tr("Retention"), esc(DomainLabels::retention(d.retentionYears)));
        html += row(tr("Classification"), esc(DomainLabels::label(d.classification)));
        html += QStringLiteral("</table>");

        html += QStringLiteral("<h3 style='margin:14px 0 4px 0'>%1</h3>").arg(esc(tr("Proposal")));
        html += QStringLiteral("<p style='white-space:pre-wrap; margin:0 4px'>%1</p>")
                    .arg(d.body.isEmpty() ? esc(tr("(no text)")) : esc(d.body));
    }

    html += QStringLiteral("<h3 style='margin:14px 0 4px 0'>%1</h3>").arg(esc(tr("Route")));
    if (route.isEmpty()) {
        html += QStringLiteral("<p style='color:#666'>%1</p>").arg(esc(tr("No route yet.")));
        return html + returnRoundsHtml(rounds);
    }
    html +=
        QStringLiteral("<table cellspacing=0 cellpadding=4 border=1 style='border-color:#ccd' width='100%'>");
    html += QStringLiteral(
                "<tr style='background:#eef2f7'><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
                "<th>%6</th></tr>")
                .arg(esc(tr("Stage")), esc(tr("Step")), esc(tr("Assigned to")), esc(tr("State")),
                     esc(tr("Date")), esc(tr("Comment")));
    for (const RouteStep &step : route) {
        QString who = step.assigneeId ? QStringLiteral("%1 %2").arg(step.assigneeTitle, step.assigneeName)
                                      : step.assigneeUnitName;
        if (step.actingForId)
            who += QLatin1Char(' ') + tr("(for %1)").arg(step.actingForName);
        QString state = esc(DomainLabels::label(step.state));
        if (step.state == StepState::Pending)
            state = QStringLiteral("<b>%1</b>").arg(state);
        if (step.skipReason == SkipReason::Absent)
            state += QLatin1Char(' ') + esc(tr("(absent)"));
        else if (step.skipReason == SkipReason::SkipAhead)
            state += QLatin1Char(' ') + esc(tr("(skipped ahead)"));
        else if (step.skipReason == SkipReason::Ended && step.kind == StepKind::Circulate)
            state += QLatin1Char(' ') + esc(tr("(circulation closed early)"));
        if (step.postReview == PostReviewMark::Owed)
            state +=
                QStringLiteral(" <span style='color:#b05000'>%1</span>").arg(esc(tr("post-review owed")));
        else if (step.postReview == PostReviewMark::Read)
            state += QStringLiteral(" <span style='color:#2e7d32'>%1</span>")
                         .arg(esc(tr("post-reviewed %1").arg(JapaneseDate::dateTime(step.postReviewedAt))));
        html += QStringLiteral(
                    "<tr style='background:%1'><td align=center>%2</td><td>%3</td><td style='white-space:nowrap'>%4</td>"
                    "<td>%5</td><td>%6</td><td>%7</td></tr>")
                    .arg(stateColour(step.state))
                    .arg(step.stageSeq)
                    .arg(esc(DomainLabels::label(step.kind)) +
                             (step.mayEdit ? QStringLiteral("<br><small>%1</small>").arg(esc(tr("may edit")))
                                           : QString()),
                         nameHtml(who.trimmed()), state,
                         step.actedAt.isValid() ? esc(JapaneseDate::dateTime(step.actedAt)) : QString(),
                         esc(step.comment) +
                             (step.comment.isEmpty() || step.edits.isEmpty() ? QString()
                                                                             : QStringLiteral("<br>")) +
                             editsHtml(step));
    }
    html += QStringLiteral("</table>");
    return html + returnRoundsHtml(rounds);
}

} // namespace kessai::gui
