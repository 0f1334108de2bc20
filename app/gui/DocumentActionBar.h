// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/DocumentRecord.h"
#include "core/workflow/RouteStep.h"
#include "core/workflow/WorkflowAction.h"

#include <QWidget>

namespace kessai::gui {

class StoreClient;
class StoreWorker;

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
        bool canEditDraft = false; ///< the drafter's own 起案中 or 差戻し document: 起案を編集
        bool canEditRoute = false; ///< the drafter's own 起案中 document: 決裁経路…
        bool canAnswer = false;    ///< a 収受 the user may answer (ReceiptStore::mayAnswer): 回答を起案
        QString editing;           ///< "添付1: 佐藤 が編集中 · 10:42から"; empty when nobody edits
    };

    explicit DocumentActionBar(StoreClient *client, QWidget *parent = nullptr);

    /// Reads what the session's user may do with the document now (on the store thread); the
    /// document itself into *document. An empty offer (documentId 0) when it is gone.
    static Offer readOffer(StoreWorker &worker, qint64 documentId, DocumentRecord *document = nullptr);

    void setOffer(const Offer &offer);
    void clear() { setOffer({}); }
    /// Whether 一覧表示 is offered (not inside the single view itself).
    void setSingleViewOffered(bool offered) { m_singleViewOffered = offered; }
    /// Whether 回答を起案 is offered on a receipt (where answerRequested() is handled).
    void setAnswerOffered(bool offered) { m_answerOffered = offered; }
    bool answerOffered() const { return m_answerOffered; }
    const Offer &offer() const { return m_offer; }
    /// Starts the decision the user is here for — 決裁, 代決, 承認 or 確認, the first offered —
    /// through its dialog, as its button would. False when none is offered (or an edit blocks it).
    bool startMainAction();
    /// The same action, taken from a button or from startMainAction().
    void start(const WorkflowAction &action);

signals:
    /// setOffer() has shown another offer (or the same document in a new state).
    void offerChanged();
    /// The document shown changed state, and not through this bar: someone else acted on it.
    void changedElsewhere();
    void singleViewRequested(qint64 documentId);
    void editRequested(qint64 documentId);
    /// 回答を起案: a new draft answering this receipt.
    void answerRequested(qint64 receiptId);
    /// The route was changed here: show the document again.
    void routeChanged(qint64 documentId);
    /// An action went through (message for the status bar), or was refused (title and reason).
    void actionDone(const QString &message);
    void actionFailed(const QString &title, const QString &message);

private:
    /// The action's dialog (comment, 差戻し target …); OK runs it.
    void ask(const WorkflowAction &action);
    void run(const WorkflowAction &action);
    /// 施行 through its own dialog (EnforcementDialog): 施行先, 方法, 公印, 浄書, 施行文書.
    void enforce();
    /// 提出 through WorkflowStore::submit (the default route filled in there).
    void submit();

    StoreClient *m_client;
    Offer m_offer;
    bool m_singleViewOffered = true;
    bool m_answerOffered = false;
    bool m_ownChange = false; ///< the next change of row version is this bar's own action
};

} // namespace kessai::gui
