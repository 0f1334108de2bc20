// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/receipts/ReceiptsMenu.h"

#include "core/documents/ReceiptStore.h"
#include "core/documents/SenderList.h"
#include "core/store/StoreError.h"
#include "gui/StoreClient.h"
#include "gui/receipts/HotFolderDock.h"
#include "gui/receipts/ReceiptDialog.h"

#include <QFileInfo>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

#include <optional>

namespace kessai::gui {

namespace {
struct Registered
{
    qint64 documentId = 0;
    QString numberLabel;
};
} // namespace

ReceiptsMenu::ReceiptsMenu(QMainWindow *window, StoreClient *client)
    : QObject(window)
    , m_window(window)
    , m_client(client)
{
    m_dock = new HotFolderDock(client, window);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();
    QMenu *menu = window->menuBar()->addMenu(tr("&Receipts"));
    menu->setObjectName(QStringLiteral("receiptsMenu"));
    QAction *add = menu->addAction(tr("&Register a received document…"), this, [this] { openDialog(); });
    add->setObjectName(QStringLiteral("registerReceiptAction"));
    QAction *waiting = m_dock->toggleViewAction();
    waiting->setText(tr("&Waiting in the hot folder"));
    menu->addAction(waiting);
    connect(m_dock, &HotFolderDock::registerRequested, this,
            [this](const HotFolder::Entry &entry) { openDialog(&entry); });
    connect(this, &ReceiptsMenu::registered, this, [this](qint64, const QString &number) {
        m_window->statusBar()->showMessage(tr("Registered as %1").arg(number), 10000);
    });
}

ReceiptDialog *ReceiptsMenu::openDialog(const HotFolder::Entry *entry)
{
    auto *dialog = new ReceiptDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    std::optional<HotFolder::Entry> picked;
    if (entry) {
        picked = *entry;
        dialog->setFiles({entry->path}, true);
        dialog->setTitle(QFileInfo(entry->fileName).completeBaseName());
    }
    m_client->call<QStringList>(
        dialog,
        [](StoreWorker &worker) {
            QStringList names;
            const QList<SenderList::Sender> senders = SenderList(worker.connection()).all();
            for (const SenderList::Sender &s : senders)
                names.append(s.name);
            return names;
        },
        [dialog](const QStringList &names) { dialog->setSenders(names); });
    // The fields are read when it is accepted; if the store refuses, a new dialog shows them again.
    connect(dialog, &QDialog::accepted, this, [this, dialog, picked] { submit(dialog, picked); });
    dialog->open();
    return dialog;
}

void ReceiptsMenu::submit(ReceiptDialog *dialog, const std::optional<HotFolder::Entry> &entry)
{
    const ReceiptRecord receipt = dialog->receipt();
    const QStringList files = dialog->files();
    const std::shared_ptr<HotFolder> folder = m_dock->hotFolder();
    m_client->call<Registered>(
        this,
        [receipt, files, entry, folder](StoreWorker &worker) {
            Registered done;
            if (entry && folder) {
                const HotFolder::PickUp picked = folder->pickUp(worker.connection(), worker.session(), *entry, receipt);
                if (picked.gone)
                    throw StoreError(StoreError::Kind::BadData, picked.problem);
                done = {picked.documentId, picked.numberLabel};
            } else {
                ReceiptStore store(worker.connection());
                done.documentId = store.registerWithFiles(worker.session(), receipt, files);
                done.numberLabel = store.receipt(done.documentId)->numberLabel;
            }
            return done;
        },
        [this](const Registered &done) {
            m_dock->rescan();
            emit registered(done.documentId, done.numberLabel);
        },
        [this, receipt, files, entry](const StoreClient::Failure &failure) {
            // Reopen with what was typed and the reason.
            ReceiptDialog *again = openDialog(entry ? &*entry : nullptr);
            again->setReceipt(receipt);
            if (!entry)
                again->setFiles(files);
            again->showProblem(failure.message);
        });
}

void ReceiptsMenu::answer(qint64 receiptId)
{
    m_client->call<ReceiptRecord>(
        this,
        [receiptId](StoreWorker &worker) {
            const auto receipt = ReceiptStore(worker.connection()).receipt(receiptId);
            if (!receipt)
                throw StoreError(StoreError::Kind::BadData,
                                 tr("document %1 is not a receipt (収受) you can see").arg(receiptId));
            return *receipt;
        },
        [this](const ReceiptRecord &receipt) {
            auto *dialog = new QInputDialog(m_window);
            dialog->setObjectName(QStringLiteral("answerTitleDialog"));
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setWindowTitle(tr("Draft an answer"));
            dialog->setLabelText(tr("Title (件名) of the draft answering %1 “%2”:")
                                     .arg(receipt.numberLabel, receipt.title));
            dialog->setTextValue(ReceiptStore::answerTitle(receipt));
            connect(dialog, &QInputDialog::textValueSelected, this,
                    [this, receipt](const QString &title) { draftAnswer(receipt, title); });
            dialog->open();
        },
        [this, receiptId](const StoreClient::Failure &failure) {
            answerFailed(tr("document %1").arg(receiptId), failure.message);
        });
}

void ReceiptsMenu::draftAnswer(const ReceiptRecord &receipt, const QString &title)
{
    const qint64 receiptId = receipt.documentId;
    m_client->call<qint64>(
        this,
        [receiptId, title](StoreWorker &worker) {
            DocumentRecord draft;
            draft.title = title;
            return ReceiptStore(worker.connection()).answer(worker.session(), receiptId, draft);
        },
        [this, receipt](qint64 draftId) {
            m_window->statusBar()->showMessage(tr("Drafting an answer to %1").arg(receipt.numberLabel), 10000);
            emit answerDrafted(draftId, receipt.documentId);
        },
        [this, receipt](const StoreClient::Failure &failure) {
            answerFailed(QStringLiteral("%1 “%2”").arg(receipt.numberLabel, receipt.title), failure.message);
        });
}

void ReceiptsMenu::answerFailed(const QString &receipt, const QString &reason)
{
    // Window-modal and non-blocking, as the main window's own messages.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Draft an answer"),
                                tr("No answer to %1 was drafted: %2").arg(receipt, reason), QMessageBox::Ok,
                                m_window);
    box->setObjectName(QStringLiteral("answerFailedMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace kessai::gui
