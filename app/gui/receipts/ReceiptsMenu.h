// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/HotFolder.h"

#include <QObject>
#include <QPointer>

class QMainWindow;

namespace kessai::gui {

class HotFolderDock;
class ReceiptDialog;
class StoreClient;

/// The 収受 menu of the main window: 収受登録… (a dialog with drop) and the 収受待ち dock of the
/// hot folder. Registration runs on the store thread; the window is told through registered().
class ReceiptsMenu : public QObject
{
    Q_OBJECT

public:
    ReceiptsMenu(QMainWindow *window, StoreClient *client);

    HotFolderDock *dock() const { return m_dock; }
    /// Opens the registration dialog (for a hot folder file when entry is given).
    ReceiptDialog *openDialog(const HotFolder::Entry *entry = nullptr);

signals:
    /// A receipt was registered: its document id and 収受番号.
    void registered(qint64 documentId, const QString &numberLabel);

private:
    void submit(ReceiptDialog *dialog, const std::optional<HotFolder::Entry> &entry);

    QMainWindow *m_window;
    StoreClient *m_client;
    HotFolderDock *m_dock = nullptr;
};

} // namespace kessai::gui
