// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/DocumentRecord.h"
#include "core/workflow/ReturnRound.h"
#include "core/workflow/RouteStep.h"

#include <QTextBrowser>

namespace kessai::gui {

/// The detail pane: the document's 鑑 (cover sheet: 件名, 起案者, 所属, 伺い文 …) and its route
/// as a stage-by-stage timeline with the current step highlighted, then every 差戻し round.
class CoverSheetView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit CoverSheetView(QWidget *parent = nullptr);

    void showDocument(const DocumentRecord &document, const QList<RouteStep> &route,
                      const QList<ReturnRound> &rounds = {});
    void showMessage(const QString &message);
    qint64 documentId() const { return m_documentId; }

    static QString coverHtml(const DocumentRecord &document, const QList<RouteStep> &route,
                             const QList<ReturnRound> &rounds = {});
    /// 差戻しの記録: every round (who sent it back, to whom, when, why; what changed; the
    /// 再提出), kept after the route moved on (ReturnHistory).
    static QString returnRoundsHtml(const QList<ReturnRound> &rounds);
    /// The 修正 an approver made during a step, as lines for the route table.
    static QString editsHtml(const RouteStep &step);

private:
    qint64 m_documentId = 0;
};

} // namespace kessai::gui
