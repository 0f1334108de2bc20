// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/MainWindow.h"

#include "core/DomainLabels.h"
#include "core/documents/DocumentStore.h"
#include "core/documents/DrafterRule.h"
#include "core/org/OrgStore.h"
#include "core/setup/DemoSeeder.h"
#include "core/setup/OrganizationSetup.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/workflow/CoverSheetReader.h"
#include "core/workflow/ReturnHistory.h"
#include "gui/AbsenceDialog.h"
#include "gui/AdministratorTools.h"
#include "gui/ConnectionPasswordFlow.h"
#include "gui/CoverSheetView.h"
#include "gui/DocumentActionBar.h"
#include "gui/DocumentListColumns.h"
#include "gui/DocumentListContextMenu.h"
#include "gui/DocumentTableModel.h"
#include "gui/DraftEditor.h"
#include "gui/FirstRunDialog.h"
#include "gui/FolderListModel.h"
#include "gui/GuiSettings.h"
#include "gui/RefreshSchedule.h"
#include "gui/StoreClient.h"
#include "gui/desk/DeskMenu.h"
#include "gui/UserGuideWindow.h"
#include "gui/editing/EditSessionHub.h"
#include "gui/editing/EditorSettingsDialog.h"
#include "gui/record/RecordOutput.h"
#include "gui/receipts/ReceiptsMenu.h"
#include "gui/search/SearchPanel.h"
#include "gui/singleview/SingleViewWindow.h"
#include "render/ConversionService.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QScreen>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace kessai::gui {

namespace {
/// What the store thread hands back after opening.
struct OpenResult
{
    bool needsSetup = false;
    bool needsStore = false; ///< nothing there yet: the first-run dialog creates the store
    QString login;
};

/// Who a store about to be created will see as its first administrator: the OS account on
/// SQLite; on PostgreSQL the role libpq logs in with (the URL's user, PGUSER, the account).
QString loginForNewStore(const DatabaseUrl &url)
{
    if (url.backend() == DatabaseUrl::Backend::PostgreSQL) {
        if (!url.user().isEmpty())
            return url.user();
        if (const QString user = qEnvironmentVariable("PGUSER"); !user.isEmpty())
            return user;
    }
    return StoreConnection::osLogin();
}

struct SessionInfo
{
    QString organization;
    QString userName;
    QString userTitle;
    QString unitName;
    QString login;
    bool actingAsOther = false;
    qint64 userId = 0;
    QList<Role> roles;
};

struct Snapshot
{
    QHash<InboxFolder, int> counts;
    QList<DocumentRecord> documents;
    InboxFolder folder = InboxFolder::Pending;
};

struct DocumentView
{
    DocumentRecord document;
    DocumentActionBar::Offer offer;
    QList<ReturnRound> rounds;
    std::optional<CoverSheet> sheet; ///< the 鑑 as it prints, with its seals
    bool found = false;
};
} // namespace

MainWindow::MainWindow(StoreClient *client, const DatabaseUrl &url, const QString &actAsLogin,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_url(url)
    , m_actAs(actAsLogin)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Kessai — document management and e-approval"));
    m_editHub = new EditSessionHub(client, this);
    m_editHub->setDialogParent(this);
    connect(m_editHub, &EditSessionHub::finished, this, [this](qint64, int version) {
        if (version > 0) // a new version: the list's dates and the route's 修正 lines
            refresh();
    });
    // A lock taken, given back or broken here changes which actions can go ahead.
    connect(m_editHub, &EditSessionHub::changed, this, [this] {
        if (m_selectedDocument)
            showDocument(m_selectedDocument);
    });
    // A server that wants a password: the keychain's, else the dialog's; then open again.
    m_passwords = new ConnectionPasswordFlow(url, this);
    connect(m_passwords, &ConnectionPasswordFlow::retry, this, &MainWindow::openStore);
    connect(m_passwords, &ConnectionPasswordFlow::cancelled, this,
            [this] { fail(tr("Kessai cannot open %1 without its password.").arg(m_url.displayName())); });
    connect(m_passwords, &ConnectionPasswordFlow::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    createLayout();
    createActions();
    new DeskMenu(this, client); // 管理 → the desk, for administrators and 文書管理者 only
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/kessai/icons/kessai.svg")), this);
        m_tray->setToolTip(tr("Kessai"));
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            showNormal();
            raise();
            activateWindow();
            selectFolder(InboxFolder::Pending);
        });
        m_tray->show();
    }
    // SQLite: a poll; PostgreSQL: the store's change notifications (RefreshSchedule).
    m_schedule = new RefreshSchedule(this);
    connect(m_schedule, &RefreshSchedule::due, this, &MainWindow::refresh);
    connect(m_client, &StoreClient::unhandledFailure, this, &MainWindow::fail);
    // 1280×800, or the whole screen when it is smaller (a 1024×768 office PC): never past its edge.
    resize(QSize(1280, 800).boundedTo(screen()->availableGeometry().size()));
}

MainWindow::~MainWindow() = default;

void MainWindow::createLayout()
{
    m_folderModel = new FolderListModel(this);
    m_folderView = new QListView(this);
    m_folderView->setObjectName(QStringLiteral("folderView"));
    m_folderView->setModel(m_folderModel);
    m_folderView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_folderView->setSpacing(2);
    m_folderView->setMinimumWidth(170);
    connect(m_folderView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && m_folderModel->folderAt(current.row()) != m_folder) {
                    m_folder = m_folderModel->folderAt(current.row());
                    refresh();
                }
            });

    m_documentModel = new DocumentTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_documentModel);
    m_proxy->setSortRole(DocumentTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_documentView = new QTableView(this);
    m_documentView->setObjectName(QStringLiteral("documentView"));
    m_documentView->setModel(m_proxy);
    m_documentView->setSortingEnabled(true);
    m_documentView->sortByColumn(DocumentTableModel::CreatedColumn, Qt::DescendingOrder);
    m_documentView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_documentView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_documentView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_documentView->setAlternatingRowColors(true);
    m_documentView->verticalHeader()->hide();
    new DocumentListColumns(m_documentView); // the subject takes the room, names never break
    connect(m_documentView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id = current.data(DocumentTableModel::DocumentIdRole).toLongLong();
                if (id && id != m_selectedDocument) {
                    m_selectedDocument = id;
                    showDocument(id);
                }
            });

    connect(m_documentView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const int row = m_proxy->mapToSource(index).row();
        const DocumentRecord *document = m_documentModel->documentAt(row);
        if (!document)
            return;
        // One's own draft opens for editing; everything else opens for reading.
        const bool editable = DrafterRule::refusal(*document, m_userId, DrafterRule::Part::Cover).isEmpty();
        if (editable)
            openEditor(document->id);
        else
            openSingleView(document->id);
    });

    m_coverSheet = new CoverSheetView(this);
    m_coverSheet->showMessage(tr("Select a document to see its cover sheet and route."));

    m_adminTools = new AdministratorTools(m_client, this);
    connect(m_adminTools, &AdministratorTools::notice, this, &MainWindow::notify);
    connect(m_adminTools, &AdministratorTools::organizationChanged, this, &MainWindow::refresh);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_folderView);
    splitter->addWidget(m_documentView);
    auto *detail = new QWidget(this);
    m_actionBar = new DocumentActionBar(m_client, detail);
    connect(m_actionBar, &DocumentActionBar::singleViewRequested, this, &MainWindow::openSingleView);
    connect(m_actionBar, &DocumentActionBar::editRequested, this, &MainWindow::openEditor);
    connect(m_actionBar, &DocumentActionBar::routeChanged, this, &MainWindow::showDocument);
    connect(m_actionBar, &DocumentActionBar::changedElsewhere, this, [this] {
        statusBar()->showMessage(tr("The selected document was changed elsewhere (by another user or in another "
                                    "window): the buttons and the route show its current state."),
                                 20000);
    });
    connect(m_actionBar, &DocumentActionBar::actionDone, this, [this](const QString &message) {
        statusBar()->showMessage(message, 5000);
        refresh();
    });
    auto *contextMenu = new DocumentListContextMenu(m_documentView, m_actionBar);
    connect(contextMenu, &DocumentListContextMenu::singleViewRequested, this, &MainWindow::openSingleView);
    connect(contextMenu, &DocumentListContextMenu::editRequested, this, &MainWindow::openEditor);
    connect(contextMenu, &DocumentListContextMenu::copyAsNewDraftRequested, this, &MainWindow::copyAsNewDraft);
    connect(m_actionBar, &DocumentActionBar::actionFailed, this,
            [this](const QString &title, const QString &message) {
                notify(QMessageBox::Warning, title, message);
                refresh();
            });
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->setSpacing(0);
    detailLayout->addWidget(m_actionBar);
    detailLayout->addWidget(m_coverSheet, 1);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({180, 700, 400});
    setCentralWidget(splitter);
    centralWidget()->setEnabled(false);

    m_storeLabel = new QLabel(this);
    m_storeLabel->setObjectName(QStringLiteral("storeLabel"));
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_storeLabel);
    m_storeLabel->setText(m_url.displayName());
    m_adminTools->setUrl(m_url);
    m_adminTools->setRoles({}); // until the session says who this is
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newDraft = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-new")),
                                            tr("&New draft"), this, &MainWindow::newDraft);
    newDraft->setShortcut(QKeySequence::New);
    QAction *singleView = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-preview")),
                                              tr("&Single view of all attachments"), this, [this] {
                                                  if (m_selectedDocument)
                                                      openSingleView(m_selectedDocument);
                                              });
    singleView->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    QAction *copyDraft =
        fileMenu->addAction(tr("New draft from &selected document"), this, &MainWindow::copyAsNewDraft);
    copyDraft->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    (new RecordOutput(m_client, m_url, [this] { return m_conversion; }, this))
        ->addActions(fileMenu, [this] { return m_selectedDocument; }); // 原議 PDF, 印刷
    fileMenu->addSeparator();
    QAction *openFile = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-open")),
                                            tr("&Open database file…"), this, &MainWindow::openDatabaseFile);
    openFile->setShortcut(QKeySequence::Open);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"),
                                        this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *refreshAction = viewMenu->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")),
                                                 tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setShortcut(QKeySequence::Refresh);
    QAction *find = viewMenu->addAction(tr("&Filter list"), this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    viewMenu->addAction(SearchPanel::install(this, m_client, m_url)->toggleViewAction());

    QMenu *toolsMenu = menuBar()->addMenu(tr("&Tools"));
    m_adminTools->addTo(toolsMenu); // shown to the roles that may use them
    toolsMenu->addAction(tr("&Absence and proxy…"), this, [this] {
        auto *dialog = new AbsenceDialog(m_client, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        dialog->load();
    });
    m_removePassword = toolsMenu->addAction(tr("&Delete saved password"), this, [this] {
        m_passwords->removeSaved([this](const QString &text) { statusBar()->showMessage(text, 10000); });
    });
    m_removePassword->setObjectName(QStringLiteral("removeSavedPasswordAction"));
    toolsMenu->addAction(tr("&Editing applications…"), this, [this] {
        auto *dialog = new EditorSettingsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    auto *receipts = new ReceiptsMenu(this, m_client);
    connect(receipts, &ReceiptsMenu::registered, this, &MainWindow::refresh);
    // 回答を起案 on a selected receipt (bar and right-click menu): the new draft opens as 新規起案 does.
    connect(m_actionBar, &DocumentActionBar::answerRequested, receipts, &ReceiptsMenu::answer);
    m_actionBar->setAnswerOffered(true);
    connect(receipts, &ReceiptsMenu::answerDrafted, this, [this](qint64 draftId) {
        refresh();
        openEditor(draftId);
    });
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(UserGuideWindow::createAction(this));
    helpMenu->addAction(tr("&About Kessai"), this, &MainWindow::showAbout);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(newDraft);
    toolBar->addAction(copyDraft);
    toolBar->addAction(singleView);
    toolBar->addAction(refreshAction);
    toolBar->addSeparator();
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter: subject, number, drafter…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(320);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    toolBar->addWidget(m_filter);
}

void MainWindow::start()
{
    openStore();
}

void MainWindow::openStore()
{
    m_ready = false;
    centralWidget()->setEnabled(false);
    m_storeLabel->setText(m_url.displayName());
    m_adminTools->setUrl(m_url);
    m_adminTools->setRoles({}); // until the session says who this is
    m_removePassword->setEnabled(m_url.backend() == DatabaseUrl::Backend::PostgreSQL);
    statusBar()->showMessage(tr("Connecting to %1…").arg(m_url.displayName()));
    const DatabaseUrl url = m_url;
    const bool mayCreate = m_mayCreateStore;
    m_client->call<OpenResult>(
        this,
        [url, mayCreate](StoreWorker &worker) {
            OpenResult result;
            try {
                worker.open(url, StoreConnection::Open::Existing);
            } catch (const StoreError &error) {
                if (error.kind() != StoreError::Kind::NoStore || !mayCreate)
                    throw;
                result.needsSetup = result.needsStore = true;
                result.login = loginForNewStore(url);
                return result;
            }
            result.login = worker.connection().identityLogin();
            result.needsSetup = !OrgStore(worker.connection()).organizationExists();
            return result;
        },
        [this](const OpenResult &result) {
            statusBar()->clearMessage();
            m_passwords->connected();
            if (result.needsSetup)
                showFirstRun(result.login);
            else
                startSession();
        },
        [this](const StoreClient::Failure &failure) {
            if (failure.passwordRefused)
                m_passwords->refused();
            else if (!m_passwords->showFailure(failure.message))
                fail(failure.message);
        });
}

void MainWindow::showFirstRun(const QString &login)
{
    const bool localDefault = m_url.backend() == DatabaseUrl::Backend::SQLite &&
                              m_url.path() == DatabaseUrl::defaultLocation().path();
    m_firstRun = new FirstRunDialog(login, m_url.displayName(), localDefault, this);
    m_firstRun->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_firstRun, &FirstRunDialog::setupRequested, this, &MainWindow::runSetup);
    connect(m_firstRun, &QDialog::rejected, this, [this] {
        m_firstRun = nullptr;
        fail(tr("Kessai needs an organization to work with. Restart it to set one up."));
    });
    m_firstRun->open();
}

void MainWindow::runSetup()
{
    if (!m_firstRun)
        return;
    m_firstRun->setBusy(true);
    const QString organization = m_firstRun->organizationName();
    const QString admin = m_firstRun->adminName();
    const bool demo = m_firstRun->loadDemoData();
    const DatabaseUrl url = m_url;
    m_client->call<bool>(
        this,
        [organization, admin, demo, url](StoreWorker &worker) {
            if (!worker.isOpen()) // the first-run dialog is one of the two places that create a store
                worker.open(url, StoreConnection::Open::CreateIfMissing);
            OrganizationSetup(worker.connection()).initialize(organization, admin);
            worker.startSession({});
            if (demo)
                DemoSeeder(worker.session()).seed();
            return true;
        },
        [this](bool) {
            if (m_firstRun) {
                disconnect(m_firstRun, &QDialog::rejected, this, nullptr);
                m_firstRun->accept();
                m_firstRun = nullptr;
            }
            startSession();
        },
        [this](const StoreClient::Failure &failure) {
            if (m_firstRun) {
                m_firstRun->setBusy(false);
                m_firstRun->showError(failure.message);
            }
        });
}

void MainWindow::startSession()
{
    const QString actAs = m_actAs;
    m_client->call<SessionInfo>(
        this,
        [actAs](StoreWorker &worker) {
            worker.startSession(actAs);
            const Session &session = worker.session();
            SessionInfo info;
            info.organization = OrgStore(worker.connection()).organizationName();
            info.userName = session.user().displayName;
            info.userTitle = session.user().titleName;
            info.unitName = session.user().unitName;
            info.login = session.user().login;
            info.actingAsOther = session.isActingAsOther();
            info.userId = session.user().id;
            info.roles = session.user().roles;
            return info;
        },
        [this](const SessionInfo &info) {
            m_ready = true;
            centralWidget()->setEnabled(true);
            setWindowTitle(tr("Kessai — %1").arg(info.organization));
            QString user =
                QStringLiteral("%1 %2 %3").arg(info.unitName, info.userTitle, info.userName).simplified();
            if (info.actingAsOther)
                user = tr("%1 (acting as %2)").arg(user, info.login);
            m_userLabel->setText(user);
            m_userId = info.userId;
            m_adminTools->setRoles(info.roles);
            if (m_rememberStore) // File → Open's choice is the next start's database
                GuiSettings::setLastDatabase(m_url);
            if (!m_conversion) // office files are converted once, in the background, for every viewer
                m_conversion = new render::ConversionService(m_url, this);
            m_editHub->setChangeListener(m_schedule->start(m_url)); // one listener for the hub too
            emit ready();
            refresh();
        },
        [this](const StoreClient::Failure &failure) { fail(failure.message); });
}

void MainWindow::refresh()
{
    if (!m_ready)
        return;
    const InboxFolder folder = m_folder;
    m_client->call<Snapshot>(
        this,
        [folder](StoreWorker &worker) {
            Snapshot snapshot;
            DocumentStore documents(worker.connection());
            snapshot.counts = documents.counts(worker.session());
            snapshot.folder = snapshot.counts.contains(folder) ? folder : InboxFolder::Pending;
            snapshot.documents = documents.list(worker.session(), snapshot.folder);
            return snapshot;
        },
        [this](const Snapshot &snapshot) {
            const int pending = snapshot.counts.value(InboxFolder::Pending);
            if (m_lastPending >= 0 && pending > m_lastPending) {
                emit newPendingItems(pending - m_lastPending);
                if (m_tray)
                    m_tray->showMessage(tr("Kessai"), tr("%n new document(s) await your decision.", nullptr,
                                                         pending - m_lastPending));
            }
            m_lastPending = pending;
            m_folderModel->setCounts(snapshot.counts);
            m_folder = snapshot.folder;
            const int folderRow = m_folderModel->rowOf(m_folder);
            if (m_folderView->currentIndex().row() != folderRow)
                m_folderView->setCurrentIndex(m_folderModel->index(folderRow));
            m_documentModel->setDocuments(snapshot.documents);
            const int row = m_documentModel->rowOf(m_selectedDocument);
            if (row >= 0) {
                const QModelIndex index = m_proxy->mapFromSource(m_documentModel->index(row, 0));
                m_documentView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                             QItemSelectionModel::Rows);
                showDocument(m_selectedDocument);
            } else if (m_proxy->rowCount() > 0) {
                // Open the top document at once: the reader should not need a click to start.
                m_selectedDocument = 0;
                m_documentView->selectionModel()->setCurrentIndex(
                    m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            } else {
                // Nothing left here: no button may act on the document that was shown (issue 19).
                m_selectedDocument = 0;
                m_actionBar->clear();
                m_coverSheet->showMessage(tr("No documents in “%1”.").arg(DomainLabels::label(m_folder)));
            }
            emit refreshed();
        },
        [this](const StoreClient::Failure &failure) {
            statusBar()->showMessage(tr("Refresh failed: %1").arg(failure.message), 10000);
        });
}

void MainWindow::selectFolder(InboxFolder folder)
{
    const int row = m_folderModel->rowOf(folder);
    if (row >= 0) {
        m_folderView->setCurrentIndex(m_folderModel->index(row));
    } else if (folder != m_folder) {
        // The counts have not arrived yet: show that folder once they do.
        m_folder = folder;
        refresh();
    }
}

void MainWindow::showDocument(qint64 documentId)
{
    m_client->call<DocumentView>(
        this,
        [documentId](StoreWorker &worker) {
            DocumentView view;
            view.offer = DocumentActionBar::readOffer(worker, documentId, &view.document);
            view.found = view.offer.documentId != 0;
            if (view.found) {
                view.rounds = ReturnHistory(worker.connection()).rounds(documentId);
                view.sheet = CoverSheetReader(worker.connection()).read(documentId);
            }
            return view;
        },
        [this, documentId](const DocumentView &view) {
            if (documentId != m_selectedDocument)
                return; // the user has moved on
            if (view.found) {
                m_coverSheet->showDocument(view.document, view.offer.route, view.rounds, view.sheet);
                m_actionBar->setOffer(view.offer);
            } else {
                m_coverSheet->showMessage(tr("This document no longer exists."));
                m_actionBar->clear();
            }
        });
}

void MainWindow::fail(const QString &message)
{
    m_lastError = message;
    statusBar()->showMessage(message);
    m_coverSheet->showMessage(message);
    notify(QMessageBox::Warning, tr("Kessai"), message);
}

void MainWindow::notify(QMessageBox::Icon icon, const QString &title, const QString &text)
{
    // Window-modal and non-blocking: no nested event loop while the message is up.
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, this);
    box->setObjectName(icon == QMessageBox::Information ? QStringLiteral("infoMessage")
                                                        : QStringLiteral("errorMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::openDatabaseFile()
{
    auto *dialog = new QFileDialog(this, tr("Open database file"), QString(),
                                   tr("Kessai databases (*.sqlite *.db);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::AnyFile);
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::openDatabase);
    dialog->open();
}

void MainWindow::openDatabase(const QString &path)
{
    m_url = DatabaseUrl::sqlite(path);
    m_passwords->setUrl(m_url);
    m_mayCreateStore = true; // a new file name chosen here is a new database, made by the first-run dialog
    m_rememberStore = true;
    m_selectedDocument = 0;
    m_documentModel->setDocuments({});
    m_folderModel->setCounts({});
    m_schedule->stop();
    m_editHub->setChangeListener(nullptr);
    openStore();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closeWithOpenEdits || m_editHub->activeCount() == 0) {
        QMainWindow::closeEvent(event);
        return;
    }
    event->ignore();
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Attachments are being edited"),
                        tr("%n attachment(s) are still being edited. Store what was saved and finish "
                           "editing before closing? Closed without finishing, the edit stays open: its "
                           "lock stays, and Edit carries on the next time.",
                           nullptr, m_editHub->activeCount()),
                        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("closeWhileEditingQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Yes);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::No) {
            m_closeWithOpenEdits = true;
            close();
        } else if (result == QMessageBox::Yes) {
            // Close once the last session has ended (a conflict question may come first).
            connect(m_editHub, &EditSessionHub::finished, this, [this] {
                if (m_editHub->activeCount() == 0)
                    close();
            });
            m_editHub->finishAll();
        }
    });
    box->open();
}

DraftEditor *MainWindow::lastEditor() const
{
    return m_lastEditor;
}

void MainWindow::openEditor(qint64 documentId)
{
    if (!m_ready)
        return;
    if (documentId) {
        if (DraftEditor *open = m_editors.value(documentId)) {
            open->raise();
            open->activateWindow();
            return;
        }
    }
    auto *editor = new DraftEditor(m_client, m_url, documentId, this);
    editor->setEditSessionHub(m_editHub);
    m_lastEditor = editor;
    connect(editor, &DraftEditor::saved, this, [this, editor](qint64 id) {
        m_editors.insert(id, editor);
        refresh();
    });
    connect(editor, &DraftEditor::attachmentsChanged, this, [this, editor] {
        if (m_conversion && editor->documentId())
            m_conversion->enqueueDocument(editor->documentId());
        refresh();
    });
    connect(editor, &DraftEditor::singleViewRequested, this, &MainWindow::openSingleView);
    if (m_conversion) // a converted office file has its 頁数 now
        connect(m_conversion, &render::ConversionService::finished, editor, &DraftEditor::refreshPageCounts);
    if (documentId)
        m_editors.insert(documentId, editor);
    editor->show();
    editor->load();
    if (m_conversion && documentId) // 頁数 not known yet (a text never laid out, an office file)
        m_conversion->enqueueDocument(documentId);
}

SingleViewWindow *MainWindow::lastSingleView() const
{
    return m_lastSingleView;
}

void MainWindow::openSingleView(qint64 documentId)
{
    if (!m_ready || !documentId)
        return;
    auto *window = new SingleViewWindow(m_client, m_url, documentId, m_conversion, this);
    window->setEditSessionHub(m_editHub);
    connect(window, &SingleViewWindow::editRequested, this, &MainWindow::openEditor);
    m_lastSingleView = window;
    window->show();
    window->load();
}

void MainWindow::copyAsNewDraft()
{
    const qint64 source = m_selectedDocument;
    if (!m_ready || !source) {
        statusBar()->showMessage(tr("Select the document to start the new draft from."), 5000);
        return;
    }
    m_client->call<qint64>(
        this,
        [source](StoreWorker &worker) {
            return DocumentStore(worker.connection()).copyAsNewDraft(worker.session(), source);
        },
        [this](qint64 id) {
            refresh();
            openEditor(id);
        },
        [this](const StoreClient::Failure &failure) { fail(failure.message); });
}

void MainWindow::showAbout()
{
    notify(QMessageBox::Information, tr("About Kessai"),
           tr("<h3>Kessai %1</h3><p>Document management and electronic approval for public "
              "administration.</p><p>Database: %2</p>")
               .arg(QApplication::applicationVersion(), m_url.displayName().toHtmlEscaped()));
}

} // namespace kessai::gui
