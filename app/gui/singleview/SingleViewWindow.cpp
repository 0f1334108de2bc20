// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/singleview/SingleViewWindow.h"

#include "core/editing/EditLocks.h"
#include "core/workflow/CoverSheetReader.h"
#include "gui/ChangeListeners.h"
#include "gui/ReadOnlyCopy.h"
#include "gui/StoreClient.h"
#include "gui/editing/EditSessionHub.h"
#include "gui/editing/VersionHistoryDialog.h"
#include "gui/record/RecordOutput.h"
#include "gui/singleview/DossierWatcher.h"
#include "gui/singleview/SingleViewActions.h"
#include "gui/singleview/SingleView.h"
#include "render/ConversionService.h"
#include "render/CoverSheetPainter.h"
#include "render/RenderEngine.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QScrollBar>
#include <QSplitter>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace kessai::gui {

namespace {
constexpr int kThumbWidth = 72;

/// The 鑑, laid out on the worker (null: the document no longer exists).
using Cover = std::shared_ptr<const render::CoverSheetPainter>;

const qreal kZoomSteps[] = {0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0, 8.0};
} // namespace

SingleViewWindow::SingleViewWindow(StoreClient *client, const DatabaseUrl &url, qint64 documentId,
                                   render::ConversionService *conversion, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_client(client)
    , m_url(url)
    , m_documentId(documentId)
    , m_conversion(conversion)
{
    setObjectName(QStringLiteral("singleViewWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_engine = new render::RenderEngine(this);
    if (conversion)
        m_engine->setConversionService(conversion);
    m_search = new DossierSearch(m_engine, this);
    // PostgreSQL: follow the document through the store's notifications (one listener per store
    // in this process); SQLite: poll.
    m_listener = ChangeListeners::forStore(url);
    watch();
    createLayout();
    auto *hub = new EditSessionHub(client, this);
    hub->setChangeListener(m_listener);
    setEditSessionHub(hub);
    connect(m_engine, &render::RenderEngine::opened, this, [this] {
        m_opened = true;
        m_replacing.clear();
        rebuildSidePanel();
        requestThumbnails();
        if (m_restoreItem >= 0) {
            m_view->goToItem(std::min(m_restoreItem, m_engine->itemCount() - 1));
            m_restoreItem = -1;
        }
        onPosition(m_view->currentItem(), m_view->currentPage());
        if (m_activityKnown) // not yet read: an empty list would look like removed attachments
            applyActivity(m_activity);
    });
    connect(m_engine, &render::RenderEngine::closed, this, [this] {
        m_search->clearCache();
        m_view->clearItemStatus();
        rebuildSidePanel();
    });
    connect(m_engine, &render::RenderEngine::openFailed, this,
            [this](const QString &message) { m_status->setText(message); });
    connect(m_engine, &render::RenderEngine::itemChanged, this, [this] {
        rebuildSidePanel();
        requestThumbnails();
        m_search->clearCache();
        onPosition(m_view->currentItem(), m_view->currentPage());
    });
    // A search asked for before every attachment was read (opening a hit from the search panel
    // does) runs again once they all are: otherwise a hit in an attachment still loading is missed.
    connect(m_engine, &render::RenderEngine::loadingFinished, this, [this] {
        if (!m_find->text().trimmed().isEmpty())
            m_search->search(m_find->text());
    });
    connect(m_engine, &render::RenderEngine::pageRendered, this, &SingleViewWindow::onRendered);
    connect(m_engine, &render::RenderEngine::unlockFinished, this, [this](int item, bool ok) {
        if (!ok)
            m_status->setText(tr("The password for “%1” is not correct.").arg(m_engine->item(item).name));
    });
    connect(m_search, &DossierSearch::finished, this,
            [this](const QString &query, const QList<DossierSearch::Hit> &hits) {
                if (query != m_find->text())
                    return;
                m_hits = hits;
                m_view->setHits(hits);
                m_currentHit = -1;
                m_hitLabel->setText(query.trimmed().isEmpty() ? QString()
                                                              : tr("%n hit(s)", nullptr, int(hits.size())));
                if (!hits.isEmpty())
                    nextHit();
                emit searchFinished(int(hits.size()));
            });
    resize(1200, 900);
    setWindowTitle(tr("Single view"));
}

SingleViewWindow::~SingleViewWindow()
{
    m_search->cancel();
}

void SingleViewWindow::createLayout()
{
    m_view = new SingleView(m_engine, this);
    m_view->setTextSource(m_search);
    connect(m_view, &SingleView::positionChanged, this, &SingleViewWindow::onPosition);
    connect(m_view, &SingleView::openExternallyRequested, this, &SingleViewWindow::openExternally);
    connect(m_view, &SingleView::unlockRequested, this, &SingleViewWindow::askPassword);
    connect(m_view, &SingleView::itemActionRequested, this,
            [this](int item, SingleView::ItemAction) { triggerItemAction(item); });

    m_side = new QListWidget(this);
    m_side->setObjectName(QStringLiteral("attachmentList"));
    m_side->setIconSize(QSize(kThumbWidth, kThumbWidth * 3 / 2));
    m_side->setMinimumWidth(200);
    m_side->setMaximumWidth(320);
    m_side->setWordWrap(true);
    connect(m_side, &QListWidget::itemClicked, this, [this](QListWidgetItem *entry) {
        const int item = entry->data(Qt::UserRole).toInt();
        if (item < 0)
            m_view->verticalScrollBar()->setValue(0);
        else
            m_view->goToItem(item);
        m_view->setFocus();
    });

    auto *toolBar = new QToolBar(this);
    m_zoom = new QComboBox(this);
    m_zoom->addItem(tr("Fit width"));
    m_zoom->addItem(tr("Fit page"));
    for (qreal step : kZoomSteps)
        m_zoom->addItem(QStringLiteral("%1%").arg(qRound(step * 100)), step);
    m_zoom->setObjectName(QStringLiteral("zoomBox"));
    connect(m_zoom, &QComboBox::activated, this, &SingleViewWindow::applyZoomChoice);
    // The box shows the zoom in force, whatever changed it (Ctrl++, Ctrl+-, Ctrl+0, the wheel).
    connect(m_view, &SingleView::zoomChanged, this, &SingleViewWindow::showZoom);
    toolBar->addWidget(m_zoom);
    auto *fitWidth = new QAction(this);
    fitWidth->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(fitWidth, &QAction::triggered, this,
            [this] { m_view->setZoomMode(SingleViewLayout::ZoomMode::FitWidth); });
    addAction(fitWidth);
    // Esc and Ctrl+W close the view; Esc in a search field with text clears the search first.
    auto *closeView = new QAction(this);
    closeView->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence(Qt::CTRL | Qt::Key_W)});
    connect(closeView, &QAction::triggered, this, [this] {
        if (m_find->hasFocus() && !m_find->text().isEmpty()) {
            m_find->clear();
            m_view->setFocus();
            return;
        }
        close();
    });
    addAction(closeView);
    (new RecordOutput(m_client, m_url, [this] { return m_conversion.data(); }, this))
        ->addActions(toolBar, [this] { return m_documentId; }, [this] { return m_passwords; });
    QAction *zoomOut = toolBar->addAction(tr("Zoom out"), this, [this] { m_view->zoomBy(0.8); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *zoomIn = toolBar->addAction(tr("Zoom in"), this, [this] { m_view->zoomBy(1.25); });
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    toolBar->addAction(tr("Rotate"), this, [this] { m_view->rotateCurrentPage(90); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    toolBar->addSeparator();
    toolBar->addAction(tr("Previous attachment"), m_view, &SingleView::previousItem);
    toolBar->addAction(tr("Next attachment"), m_view, &SingleView::nextItem);
    toolBar->addAction(tr("Versions…"), this, &SingleViewWindow::showVersions)
        ->setToolTip(tr("The versions of the attachment on screen: view, compare, restore"));
    toolBar->addSeparator();
    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("findEdit"));
    m_find->setPlaceholderText(tr("Search all attachments (Ctrl+F)"));
    m_find->setClearButtonEnabled(true);
    m_find->setMaximumWidth(280);
    toolBar->addWidget(m_find);
    QAction *previous = toolBar->addAction(tr("Previous"), this, &SingleViewWindow::previousHit);
    previous->setShortcut(QKeySequence::FindPrevious);
    QAction *next = toolBar->addAction(tr("Next"), this, &SingleViewWindow::nextHit);
    next->setShortcut(QKeySequence::FindNext);
    m_hitLabel = new QLabel(this);
    m_hitLabel->setObjectName(QStringLiteral("hitLabel"));
    toolBar->addWidget(m_hitLabel);
    auto *focusFind = new QAction(this);
    focusFind->setShortcut(QKeySequence::Find);
    connect(focusFind, &QAction::triggered, this, [this] {
        m_find->setFocus();
        m_find->selectAll();
    });
    addAction(focusFind);
    m_findDelay.setSingleShot(true);
    m_findDelay.setInterval(250);
    connect(m_find, &QLineEdit::textChanged, this, [this] { m_findDelay.start(); });
    connect(&m_findDelay, &QTimer::timeout, this, [this] { m_search->search(m_find->text()); });
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        if (m_findDelay.isActive()) {
            m_findDelay.stop();
            m_search->search(m_find->text());
        } else {
            nextHit();
        }
    });

    m_actions = new SingleViewActions(m_client, this);
    connect(m_actions, &SingleViewActions::documentChanged, this, &SingleViewWindow::loadCover);
    connect(m_actions, &SingleViewActions::nextRequested, this, &SingleViewWindow::showDocument);
    connect(m_actions, &SingleViewActions::editRequested, this, &SingleViewWindow::editRequested);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("singleViewStatus"));
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_side);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({230, 970});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_actions);
    layout->addWidget(splitter, 1);
    auto *statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(8, 3, 8, 3);
    statusRow->addWidget(m_status);
    layout->addLayout(statusRow);
}

void SingleViewWindow::load()
{
    loadCover();
    m_actions->setDocument(m_documentId);
    m_engine->openDocument(m_url, m_documentId, true); // a 起案 from a 収受: the received document first
    m_view->verticalScrollBar()->setValue(0); // a dossier opens at its cover sheet
    m_view->setFocus();
    m_watcher->start();
}

void SingleViewWindow::watch()
{
    delete m_watcher;
    m_watcher = new DossierWatcher(m_client, m_documentId, this);
    m_watcher->setChangeListener(m_listener);
    connect(m_watcher, &DossierWatcher::changed, this, &SingleViewWindow::applyActivity);
    // Every change to the document (a workflow action too): the buttons follow its state.
    connect(m_watcher, &DossierWatcher::changed, this, [this] {
        if (m_actions)
            m_actions->reload();
    });
}

void SingleViewWindow::showDocument(qint64 documentId)
{
    if (documentId == m_documentId || !documentId)
        return;
    m_documentId = documentId;
    m_search->cancel();
    m_search->clearCache();
    m_hits.clear();
    m_currentHit = -1;
    m_view->setHits({});
    m_find->clear();
    m_hitLabel->clear();
    m_activity.clear();
    m_activityKnown = false;
    m_replacing.clear();
    m_thumbScale.clear();
    m_restoreItem = -1;
    m_opened = false;
    m_view->clearItemStatus();
    watch();
    load();
}

void SingleViewWindow::loadCover()
{
    const qint64 id = m_documentId;
    m_client->call<Cover>(
        this,
        [id](StoreWorker &worker) {
            const std::optional<CoverSheet> sheet = CoverSheetReader(worker.connection()).read(id);
            return sheet ? std::make_shared<const render::CoverSheetPainter>(*sheet) : Cover();
        },
        [this, id](const Cover &cover) {
            if (id != m_documentId)
                return;
            if (!cover) {
                m_status->setText(tr("This document no longer exists."));
                return;
            }
            setWindowTitle(tr("%1 — Single view").arg(cover->sheet().document.title));
            m_view->setCoverSheet(cover);
            emit coverLoaded();
        },
        [this](const StoreClient::Failure &failure) { m_status->setText(failure.message); });
}

void SingleViewWindow::setEditSessionHub(EditSessionHub *hub)
{
    if (m_hub == hub)
        return;
    if (m_hub) {
        disconnect(m_hub, nullptr, this, nullptr);
        if (m_hub->parent() == this)
            m_hub->deleteLater();
    }
    m_hub = hub;
    // A save or an end in this client: look at once rather than at the next poll.
    connect(m_hub, &EditSessionHub::changed, this, [this] {
        updateItemStatus();
        m_watcher->checkNow();
    });
    connect(m_hub, &EditSessionHub::problem, this,
            [this](qint64, const QString &message) { m_status->setText(message); });
    connect(m_hub, &EditSessionHub::finished, this, [this](qint64, int version) {
        m_status->setText(version > 0 ? tr("Version %1 stored").arg(version)
                                      : tr("Editing ended without changes"));
    });
}

const AttachmentActivity::Entry *SingleViewWindow::activityOf(int item) const
{
    if (item < 0 || item >= m_engine->itemCount())
        return nullptr;
    const qint64 id = m_engine->item(item).attachmentId;
    for (const AttachmentActivity::Entry &entry : m_activity) {
        if (entry.attachment.id == id)
            return &entry;
    }
    return nullptr;
}

void SingleViewWindow::applyActivity(const QList<AttachmentActivity::Entry> &entries)
{
    m_activity = entries;
    m_activityKnown = true;
    if (!m_opened)
        return; // applied when the engine has the dossier
    // The received document's files (収受) come first and are not the 起案's attachments.
    const int offset = m_engine->receivedCount();
    bool sameAttachments = entries.size() == m_engine->itemCount() - offset;
    for (int i = 0; sameAttachments && i < entries.size(); ++i)
        sameAttachments = entries.at(i).attachment.id == m_engine->item(offset + i).attachmentId;
    if (!sameAttachments) { // added, removed or reordered: read the dossier again
        // A reader still on the 鑑 stays there; one inside an attachment goes back to it.
        m_restoreItem = m_view->isOnCoverSheet() ? -1 : m_view->currentItem();
        m_opened = false;
        m_view->clearItemStatus();
        m_engine->openDocument(m_url, m_documentId, true);
        return;
    }
    for (int i = 0; i < entries.size(); ++i) {
        const AttachmentActivity::Entry &entry = entries.at(i);
        const int index = offset + i;
        const render::DossierItem &shown = m_engine->item(index);
        // The viewer's own edit in progress shows as it was last saved.
        const bool working = !entry.ownWorkingSha256.isEmpty();
        const QString sha = working ? entry.ownWorkingSha256 : entry.attachment.sha256;
        const bool same = sha == shown.sha256 && working == shown.workInProgress &&
                          entry.attachment.displayName == shown.name &&
                          entry.attachment.versionNo == shown.versionNo;
        // What the item is being replaced with: asked once, however often the signature changes.
        const QString target = QStringLiteral("%1|%2|%3|%4")
                                   .arg(sha, entry.attachment.displayName)
                                   .arg(entry.attachment.versionNo)
                                   .arg(working);
        if (same || m_replacing.value(index) == target)
            continue;
        render::DossierItem item = shown;
        item.sha256 = sha;
        item.size = working ? entry.ownWorkingSize : entry.attachment.size;
        item.versionNo = entry.attachment.versionNo;
        item.name = entry.attachment.displayName;
        item.declaredMime = entry.attachment.mimeType;
        item.workInProgress = working;
        m_replacing.insert(index, target);
        m_engine->replaceItem(index, item);
    }
    updateItemStatus();
}

void SingleViewWindow::updateItemStatus()
{
    for (int i = 0; i < m_engine->itemCount(); ++i) {
        const AttachmentActivity::Entry *entry = activityOf(i);
        SingleView::ItemStatus status;
        if (entry && entry->lock)
            status.badge = EditLocks::badge(*entry->lock);
        if (m_hub->isEditing(m_engine->item(i).attachmentId)) {
            status.action = SingleView::ItemAction::FinishEditing;
            if (status.badge.isEmpty())
                status.badge = tr("Opening for editing…");
        } else if (entry && entry->action == AttachmentActivity::Action::Edit) {
            status.action = SingleView::ItemAction::Edit;
        } else if (entry && entry->action == AttachmentActivity::Action::BreakLock) {
            status.action = SingleView::ItemAction::BreakLock;
        }
        m_view->setItemStatus(i, status);
    }
}

void SingleViewWindow::triggerItemAction(int item)
{
    switch (m_view->itemStatus(item).action) {
    case SingleView::ItemAction::Edit:
        startEditing(item);
        break;
    case SingleView::ItemAction::FinishEditing:
        m_hub->askNoteAndFinish(this, m_engine->item(item).attachmentId, m_engine->item(item).name);
        break;
    case SingleView::ItemAction::BreakLock:
        askToBreakLock(item);
        break;
    case SingleView::ItemAction::None:
        break;
    }
}

void SingleViewWindow::startEditing(int item)
{
    if (item < 0 || item >= m_engine->itemCount())
        return;
    m_hub->begin(m_engine->item(item).attachmentId, m_engine->item(item).name);
    updateItemStatus();
}

void SingleViewWindow::finishEditing(int item, const QString &note)
{
    if (item >= 0 && item < m_engine->itemCount())
        m_hub->finish(m_engine->item(item).attachmentId, note);
}

VersionHistoryDialog *SingleViewWindow::showVersions()
{
    const int item = m_view->currentItem();
    if (item < 0 || item >= m_engine->itemCount() || !m_engine->item(item).attachmentId)
        return nullptr;
    const render::DossierItem &entry = m_engine->item(item);
    auto *dialog = new VersionHistoryDialog(m_client, entry.attachmentId, entry.name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &VersionHistoryDialog::restored, m_watcher, &DossierWatcher::checkNow);
    dialog->show();
    dialog->load();
    return dialog;
}

void SingleViewWindow::askToBreakLock(int item)
{
    const AttachmentActivity::Entry *entry = activityOf(item);
    if (!entry || !entry->lock)
        return;
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Break lock"),
                        EditSessionHub::breakLockQuestion(entry->attachment.displayName, *entry->lock),
                        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("breakLockQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::No);
    const qint64 id = entry->attachment.id;
    connect(box, &QMessageBox::finished, this, [this, id](int result) {
        if (result == QMessageBox::Yes)
            breakLock(id);
    });
    box->open();
}

void SingleViewWindow::breakLock(qint64 attachmentId)
{
    m_hub->breakLock(attachmentId, tr("stale lock broken from the single view window"));
}

void SingleViewWindow::rebuildSidePanel()
{
    const int current = m_side->currentRow();
    m_side->clear();
    auto *cover = new QListWidgetItem(tr("Cover sheet"), m_side);
    cover->setData(Qt::UserRole, -1);
    for (int i = 0; i < m_engine->itemCount(); ++i) {
        const render::DossierItem &item = m_engine->item(i);
        QString detail = item.type.label();
        if (item.isReady())
            detail += QStringLiteral(" · ") + tr("%n page(s)", nullptr, item.pageCount());
        else if (!item.message.isEmpty())
            detail += QStringLiteral(" · ") + item.message;
        const QString number = item.isReceived() ? tr("Received") : QString::number(item.position) + QLatin1Char('.');
        auto *entry = new QListWidgetItem(QStringLiteral("%1 %2\n%3").arg(number, item.name, detail), m_side);
        entry->setData(Qt::UserRole, i);
        entry->setToolTip(item.name);
    }
    if (current >= 0 && current < m_side->count())
        m_side->setCurrentRow(current);
}

void SingleViewWindow::requestThumbnails()
{
    for (int i = 0; i < m_engine->itemCount(); ++i) {
        const render::DossierItem &item = m_engine->item(i);
        if (item.pageSizes.isEmpty())
            continue;
        const QSizeF first = item.pageSizes.first();
        render::RenderEngine::View view;
        view.item = i;
        view.page = 0;
        view.scale = kThumbWidth * devicePixelRatioF() / std::max(1.0, first.width());
        m_thumbScale.insert(i, render::RenderKey::quantize(view.scale));
        m_engine->request(view);
    }
}

void SingleViewWindow::onRendered(const render::RenderKey &key, const QImage &image)
{
    if (key.page != 0 || key.isTile() || m_thumbScale.value(key.item, -1) != key.scaleMilli)
        return;
    if (QListWidgetItem *entry = m_side->item(key.item + 1)) {
        QImage thumb = image;
        thumb.setDevicePixelRatio(devicePixelRatioF());
        entry->setIcon(QIcon(QPixmap::fromImage(thumb)));
    }
}

void SingleViewWindow::onPosition(int item, int page)
{
    if (item >= 0 && m_side->currentRow() != item + 1)
        m_side->setCurrentRow(item + 1);
    m_status->setText(statusText());
    Q_UNUSED(page)
}

QString SingleViewWindow::statusText() const
{
    const int items = m_engine->itemCount();
    const int item = m_view->currentItem();
    if (items == 0 || item < 0)
        return tr("No attachments");
    const render::DossierItem &entry = m_engine->item(item);
    if (entry.isReceived())
        return tr("Received document %1 · p. %2/%3")
            .arg(entry.received)
            .arg(m_view->currentPage() + 1)
            .arg(entry.pageCount());
    const int offset = m_engine->receivedCount();
    return tr("Attachment %1/%2 · p. %3/%4")
        .arg(item + 1 - offset)
        .arg(items - offset)
        .arg(m_view->currentPage() + 1)
        .arg(entry.pageCount());
}

void SingleViewWindow::find(const QString &query)
{
    m_find->setText(query);
    m_findDelay.stop();
    m_search->search(query);
}

void SingleViewWindow::nextHit()
{
    if (m_hits.isEmpty())
        return;
    m_currentHit = (m_currentHit + 1) % int(m_hits.size());
    m_view->setCurrentHit(m_currentHit);
    m_hitLabel->setText(tr("%1 of %2").arg(m_currentHit + 1).arg(m_hits.size()));
}

void SingleViewWindow::previousHit()
{
    if (m_hits.isEmpty())
        return;
    m_currentHit = (m_currentHit - 1 + int(m_hits.size())) % int(m_hits.size());
    m_view->setCurrentHit(m_currentHit);
    m_hitLabel->setText(tr("%1 of %2").arg(m_currentHit + 1).arg(m_hits.size()));
}

void SingleViewWindow::showZoom(qreal zoom)
{
    // The one entry after the fixed steps holds a zoom that is none of them (e.g. 125% × 1.25).
    constexpr int kFirstStep = 2;
    const int custom = kFirstStep + int(std::size(kZoomSteps));
    if (m_view->zoomMode() == SingleViewLayout::ZoomMode::FitWidth) {
        m_zoom->setCurrentIndex(0);
        return;
    }
    if (m_view->zoomMode() == SingleViewLayout::ZoomMode::FitPage) {
        m_zoom->setCurrentIndex(1);
        return;
    }
    for (int i = kFirstStep; i < custom; ++i) {
        if (qAbs(m_zoom->itemData(i).toReal() - zoom) < 0.005) {
            m_zoom->setCurrentIndex(i);
            return;
        }
    }
    const QString text = QStringLiteral("%1%").arg(qRound(zoom * 100));
    if (m_zoom->count() == custom)
        m_zoom->addItem(text, zoom);
    else {
        m_zoom->setItemText(custom, text);
        m_zoom->setItemData(custom, zoom);
    }
    m_zoom->setCurrentIndex(custom);
}

void SingleViewWindow::applyZoomChoice(int index)
{
    if (index == 0)
        m_view->setZoomMode(SingleViewLayout::ZoomMode::FitWidth);
    else if (index == 1)
        m_view->setZoomMode(SingleViewLayout::ZoomMode::FitPage);
    else
        m_view->setZoomMode(SingleViewLayout::ZoomMode::Fixed, m_zoom->itemData(index).toReal());
    m_view->setFocus();
}

void SingleViewWindow::openExternally(int item)
{
    // Exactly what is shown: a version, or the viewer's edit in progress.
    const QString sha256 = m_engine->item(item).sha256;
    const QString name = m_engine->item(item).name;
    m_client->call<QString>(
        this,
        [sha256, name](StoreWorker &worker) {
            return ReadOnlyCopy::write(worker.connection(), sha256, name);
        },
        [this](const QString &file) {
            if (!QDesktopServices::openUrl(QUrl::fromLocalFile(file)))
                m_status->setText(tr("No application is set up to open %1").arg(file));
        },
        [this](const StoreClient::Failure &failure) { m_status->setText(failure.message); });
}

void SingleViewWindow::askPassword(int item)
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Password"));
    dialog->setLabelText(tr("“%1” is protected by a password:").arg(m_engine->item(item).name));
    dialog->setTextEchoMode(QLineEdit::Password);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, item](const QString &password) {
                m_passwords.insert(item, password); // printing and the record PDF unlock it again
                m_engine->unlock(item, password);
            });
    dialog->open();
}

} // namespace kessai::gui
