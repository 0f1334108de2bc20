// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DomainEnums.h"
#include "core/store/DatabaseUrl.h"
#include "core/workflow/RouteStep.h"
#include "core/workflow/WorkflowAction.h"

#include <QHash>
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QTableView;
class QSystemTrayIcon;

namespace kessai::render {
class ConversionService;
}

namespace kessai::gui {

class AdministratorTools;
class ConnectionPasswordFlow;
class CoverSheetView;
class DocumentTableModel;
class DocumentActionBar;
class DraftEditor;
class EditSessionHub;
class SingleViewWindow;
class FirstRunDialog;
class FolderListModel;
class RefreshSchedule;
class StoreClient;

/// The inbox: folders with live counts on the left, the folder's documents in the middle,
/// the selected document's 鑑 and route on the right. All store access goes through the
/// StoreClient's thread; this class only shows results.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(StoreClient *client, const DatabaseUrl &url, const QString &actAsLogin = {},
               QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the store (and the first-run dialog if it has no organization).
    void start();
    /// Opens another SQLite file (File → Open; a new name gets the first-run dialog). Once a
    /// session runs on it, it is remembered (GuiSettings::lastDatabase) for the next start.
    void openDatabase(const QString &path);
    /// Whether the first-run dialog may create a store that is not there yet (default: yes).
    /// No for a database the user named: a mistyped path must not become a new database.
    void setStoreCreationAllowed(bool allowed) { m_mayCreateStore = allowed; }

    bool isReady() const { return m_ready; }
    QString lastError() const { return m_lastError; }
    FolderListModel *folderModel() const { return m_folderModel; }
    DocumentTableModel *documentModel() const { return m_documentModel; }
    QTableView *documentView() const { return m_documentView; }
    CoverSheetView *coverSheet() const { return m_coverSheet; }
    InboxFolder currentFolder() const { return m_folder; }
    qint64 selectedDocument() const { return m_selectedDocument; }
    void selectFolder(InboxFolder folder);

    /// The draft editor opened last (for tests), or nullptr.
    DraftEditor *lastEditor() const;
    /// Opens the draft editor: a new draft (0), or an existing document.
    void openEditor(qint64 documentId);
    /// Opens the single view (一覧表示) of a document.
    void openSingleView(qint64 documentId);
    SingleViewWindow *lastSingleView() const;
    /// The background converter of office files (null until the store is open).
    render::ConversionService *conversionService() const { return m_conversion; }
    /// This client's 直接編集 sessions, shared by the draft editors and single view windows.
    EditSessionHub *editSessionHub() const { return m_editHub; }
    /// The password step of a PostgreSQL store that asks for one (dialog, keychain).
    ConnectionPasswordFlow *passwordFlow() const { return m_passwords; }
    /// Tools → import / verify, shown to the roles that may use them.
    AdministratorTools *administratorTools() const { return m_adminTools; }

public slots:
    void refresh();
    void newDraft() { openEditor(0); }

signals:
    /// Emitted after the store is open and the session started (counts follow shortly).
    void ready();
    /// Emitted after each refresh of counts and the current list arrived.
    void refreshed();
    /// More documents await the user than at the previous refresh (also shown as a tray message).
    void newPendingItems(int added);

protected:
    /// With attachments still being edited: finish them first, close anyway (the sessions go on
    /// the next time), or stay.
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createLayout();
    void openStore();
    void showFirstRun(const QString &login);
    void runSetup();
    void startSession();
    void showDocument(qint64 documentId);
    void fail(const QString &message);
    void notify(QMessageBox::Icon icon, const QString &title, const QString &text);
    void openDatabaseFile();
    void showAbout();
    void copyAsNewDraft();

    StoreClient *m_client;
    DatabaseUrl m_url;
    QString m_actAs;
    bool m_ready = false;
    bool m_mayCreateStore = true;
    bool m_rememberStore = false; ///< chosen in this window: remembered once a session runs
    QString m_lastError;
    InboxFolder m_folder = InboxFolder::Pending;
    qint64 m_selectedDocument = 0;
    qint64 m_userId = 0;

    FolderListModel *m_folderModel = nullptr;
    DocumentTableModel *m_documentModel = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QListView *m_folderView = nullptr;
    QTableView *m_documentView = nullptr;
    CoverSheetView *m_coverSheet = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_storeLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    DocumentActionBar *m_actionBar = nullptr;
    RefreshSchedule *m_schedule = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    int m_lastPending = -1;
    FirstRunDialog *m_firstRun = nullptr;
    QPointer<DraftEditor> m_lastEditor;
    QPointer<SingleViewWindow> m_lastSingleView;
    render::ConversionService *m_conversion = nullptr;
    QHash<qint64, QPointer<DraftEditor>> m_editors;
    EditSessionHub *m_editHub = nullptr;
    ConnectionPasswordFlow *m_passwords = nullptr;
    AdministratorTools *m_adminTools = nullptr;
    QAction *m_removePassword = nullptr;
    bool m_closeWithOpenEdits = false;
};

} // namespace kessai::gui
