// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/HotFolder.h"

#include <QDockWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace kessai::gui {

class StoreClient;

/// 収受待ち: the files waiting in the 課's hot folder, with their state and why one is not ready.
/// The folder is looked at every few seconds on the store thread (never the GUI's); a ready file
/// is registered through ReceiptsMenu, which picks it up (HotFolder::pickUp) on the same thread.
class HotFolderDock : public QDockWidget
{
    Q_OBJECT

public:
    HotFolderDock(StoreClient *client, QWidget *parent = nullptr);

    /// The folder (kept in the settings); empty: none chosen.
    void setFolder(const QString &path);
    QString folder() const { return m_folder; }
    /// Looks at the folder now (tests; otherwise the timer does).
    void rescan();
    QList<HotFolder::Entry> entries() const { return m_entries; }
    /// The HotFolder the store thread uses: touched only by jobs of StoreClient.
    std::shared_ptr<HotFolder> hotFolder() const { return m_hotFolder; }

signals:
    /// The user asks to register a ready file.
    void registerRequested(const kessai::HotFolder::Entry &entry);

private:
    void chooseFolder();
    void showEntries(const QList<HotFolder::Entry> &entries);

    StoreClient *m_client;
    QString m_folder;
    std::shared_ptr<HotFolder> m_hotFolder;
    QList<HotFolder::Entry> m_entries;
    QLabel *m_folderLabel = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_register = nullptr;
    QTimer *m_timer = nullptr;
    bool m_scanning = false;
};

} // namespace kessai::gui
