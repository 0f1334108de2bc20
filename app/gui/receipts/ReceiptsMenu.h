// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/HotFolder.h"
#include "core/documents/ReceiptRecord.h"

#include <QObject>
#include <QPointer>

class QMainWindow;

namespace kessai::gui {

class HotFolderDock;
class ReceiptDialog;
class StoreClient;

/// The 収受 menu of the main window: 収受登録… (a dialog with drop) and the 収受待ち dock of the
/// hot folder, and 回答を起案 from a receipt. Registration and drafting run on the store thread;
/// the window is told through registered() and answerDrafted().
class ReceiptsMenu : public QObject
{
    Q_OBJECT

public:
    ReceiptsMenu(QMainWindow *window, StoreClient *client);

    HotFolderDock *dock() const { return m_dock; }
    /// Opens the registration dialog (for a hot folder file when entry is given).
    ReceiptDialog *openDialog(const HotFolder::Entry *entry = nullptr);
    /// 回答を起案: asks for the 件名 (the store's default filled in), then drafts the answer.
    void answer(qint64 receiptId);

signals:
    /// A receipt was registered: its document id and 収受番号.
    void registered(qint64 documentId, const QString &numberLabel);
    /// An answer to receiptId was drafted: open draftId in the editor.
    void answerDrafted(qint64 draftId, qint64 receiptId);

private:
    void submit(ReceiptDialog *dialog, const std::optional<HotFolder::Entry> &entry);
    void draftAnswer(const ReceiptRecord &receipt, const QString &title);
    /// A refusal of 回答を起案, naming the receipt.
    void answerFailed(const QString &receipt, const QString &reason);

    QMainWindow *m_window;
    StoreClient *m_client;
    HotFolderDock *m_dock = nullptr;
};

} // namespace kessai::gui
