// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workflow/RouteStep.h"
#include "core/workflow/WorkflowAction.h"

#include <QWidget>

namespace kessai::gui {

class StoreClient;

/// The buttons above the selected document's cover sheet: 一覧表示, the drafter's 起案を編集 and
/// 決裁経路…, and the workflow actions the user may take now (提出, 承認, 差戻し …), each asking
/// for what it needs (ActionDialog) and carried out in the store. While an attachment is being
/// edited the actions wait, saying who edits what.
class DocumentActionBar : public QWidget
{
    Q_OBJECT

public:
    /// What the bar offers for one document.
    struct Offer
    {
        qint64 documentId = 0;
        QList<WorkflowAction> actions;
        QList<RouteStep> route;
        int rowVersion = 0;
        bool canEditDraft = false; ///< the drafter's own 起案中 document: 起案を編集, 決裁経路…
        QString editing;           ///< "添付1: 佐藤 が編集中 · 10:42から"; empty when nobody edits
    };

    explicit DocumentActionBar(StoreClient *client, QWidget *parent = nullptr);

    void setOffer(const Offer &offer);
    void clear() { setOffer({}); }

signals:
    void singleViewRequested(qint64 documentId);
    void editRequested(qint64 documentId);
    /// The route was changed here: show the document again.
    void routeChanged(qint64 documentId);
    /// An action went through (message for the status bar), or was refused (title and reason).
    void actionDone(const QString &message);
    void actionFailed(const QString &title, const QString &message);

private:
    void start(const WorkflowAction &action);
    void run(const WorkflowAction &action);
    /// 提出 through WorkflowStore::submit (the default route filled in there).
    void submit();

    StoreClient *m_client;
    Offer m_offer;
};

} // namespace kessai::gui
