// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/editing/AttachmentActivity.h"
#include "core/store/DatabaseUrl.h"
#include "gui/singleview/DossierSearch.h"
#include "gui/singleview/SingleView.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace kessai {
class StoreChangeListener;
}

namespace kessai::render {
class ConversionService;
class RenderEngine;
struct RenderKey;
} // namespace kessai::render

namespace kessai::gui {

class DossierWatcher;
class EditSessionHub;
class SingleViewActions;
class VersionHistoryDialog;
class StoreClient;

/// The window around the single view: attachments with thumbnails on the left (click
/// to jump; the current one follows the scroll), the continuous view in the middle, zoom and
/// a dossier-wide search on top, "添付 3/7 · p. 12/40" at the bottom. While open it follows
/// the document (DossierWatcher): a new version from any client, or the viewer's own save while
/// editing, replaces that attachment's pages (office files through the rendition cache); each
/// header band says who is editing and offers 編集 / 編集終了 / breaking a stale lock.
class SingleViewWindow : public QWidget
{
    Q_OBJECT

public:
    SingleViewWindow(StoreClient *client, const DatabaseUrl &url, qint64 documentId,
                     render::ConversionService *conversion = nullptr, QWidget *parent = nullptr);
    ~SingleViewWindow() override;

    void load();
    /// Shows another document in this window (次の未決へ), from its top.
    void showDocument(qint64 documentId);
    /// The reviewer's buttons (承認, 差戻し …) and the notices about the document's state.
    SingleViewActions *actions() const { return m_actions; }
    /// The sessions 編集 starts (MainWindow's, shared with the draft editors); by default the
    /// window has its own.
    void setEditSessionHub(EditSessionHub *hub);
    EditSessionHub *editSessionHub() const { return m_hub; }
    DossierWatcher *watcher() const { return m_watcher; }
    /// What the band's editing button does: 編集, 編集終了 (asks for an optional note), or
    /// breaking a stale lock (asks first).
    void triggerItemAction(int item);
    void startEditing(int item);
    void finishEditing(int item, const QString &note = {});
    /// 版の履歴 of the attachment on screen (nullptr when there is none).
    VersionHistoryDialog *showVersions();
    qint64 documentId() const { return m_documentId; }
    SingleView *view() const { return m_view; }
    render::RenderEngine *engine() const { return m_engine; }
    QListWidget *sidePanel() const { return m_side; }
    QString statusText() const;
    int hitCount() const { return int(m_hits.size()); }
    int currentHit() const { return m_currentHit; }
    void find(const QString &query);
    void nextHit();
    void previousHit();

signals:
    void coverLoaded();
    /// 起案を編集 on the drafter's own draft or 差戻し document.
    void editRequested(qint64 documentId);
    void searchFinished(int hits);

private:
    void createLayout();
    void loadCover();
    void watch();
    void rebuildSidePanel();
    void requestThumbnails();
    void onRendered(const render::RenderKey &key, const QImage &image);
    void onPosition(int item, int page);
    void openExternally(int item);
    void askPassword(int item);
    void showZoom(qreal zoom);
    void applyZoomChoice(int index);
    void applyActivity(const QList<AttachmentActivity::Entry> &entries);
    void updateItemStatus();
    void askToBreakLock(int item);
    void breakLock(qint64 attachmentId);
    const AttachmentActivity::Entry *activityOf(int item) const;

    StoreClient *m_client;
    DatabaseUrl m_url;
    qint64 m_documentId;
    render::RenderEngine *m_engine = nullptr;
    DossierSearch *m_search = nullptr;
    SingleView *m_view = nullptr;
    QListWidget *m_side = nullptr;
    QComboBox *m_zoom = nullptr;
    QLineEdit *m_find = nullptr;
    QLabel *m_hitLabel = nullptr;
    QLabel *m_status = nullptr;
    QTimer m_findDelay;
    QList<DossierSearch::Hit> m_hits;
    int m_currentHit = -1;
    QHash<int, int> m_thumbScale; ///< item → scaleMilli of its thumbnail
    EditSessionHub *m_hub = nullptr;
    DossierWatcher *m_watcher = nullptr;
    std::shared_ptr<StoreChangeListener> m_listener;
    SingleViewActions *m_actions = nullptr;
    QList<AttachmentActivity::Entry> m_activity;
    bool m_activityKnown = false; ///< m_activity was read for this document
    int m_restoreItem = -1; ///< after the attachments were reordered: where the reader was
    bool m_opened = false;
    QHash<int, QString> m_replacing; ///< item → the content it is being replaced with
    QPointer<render::ConversionService> m_conversion;
    QHash<int, QString> m_passwords; ///< item → the password the reader unlocked it with
};

} // namespace kessai::gui
