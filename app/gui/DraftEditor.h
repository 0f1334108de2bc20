// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/AttachmentStore.h"
#include "core/documents/DocumentRecord.h"
#include "core/store/DatabaseUrl.h"
#include "gui/AttachmentImportQueue.h"

#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QUndoStack;

namespace kessai::gui {

class AttachmentListModel;
class AttachmentPanel;
class DraftForm;
class DossierWatcher;
class EditSessionController;
class EditSessionHub;
class StoreClient;

/// The draft editor (起案): fields on the left, attachments on the right. Saves by itself a
/// moment after each change (and at once with Ctrl+S); files dropped anywhere on it are
/// stored in the background with progress, then attached in the order they were given.
/// Attachment changes can be undone (Ctrl+Z) and redone.
class DraftEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Question
    {
        AddDuplicate,
        AddManyFiles,
        CloseWhileStoring,
        DiscardUntitled,
        BreakLock
    };
    /// Asks the user; the default shows a window-modal message box. Tests answer directly.
    using QuestionHandler =
        std::function<void(Question, const QString &text, std::function<void(bool)> answer)>;

    /// documentId 0 starts a new draft. (引用起案 copies first — MainWindow::copyAsNewDraft — and
    /// opens the copy here.)
    DraftEditor(StoreClient *client, const DatabaseUrl &url, qint64 documentId = 0,
                QWidget *parent = nullptr);
    ~DraftEditor() override;

    void load();
    qint64 documentId() const { return m_record.id; }
    bool isLoaded() const { return m_loaded; }
    bool isEditable() const { return m_editable; }
    bool isDirty() const { return m_dirty; }
    /// Saving, storing files or attaching them.
    bool isBusy() const;
    QStringList messages() const { return m_messages; }

    DraftForm *form() const { return m_form; }
    AttachmentListModel *attachmentModel() const { return m_model; }
    AttachmentPanel *attachmentPanel() const { return m_panel; }
    QUndoStack *undoStack() const { return m_undo; }
    EditSessionController *editing(qint64 attachmentId) const;
    /// How working files are opened (tests use a scripted editor); default: EditorCommands.
    void setEditOpener(std::function<bool(const QString &)> opener);
    /// The client's 直接編集 sessions (MainWindow's, shared with single view windows); by default
    /// the editor has its own.
    void setEditSessionHub(EditSessionHub *hub);
    DossierWatcher *watcher() const { return m_watcher; }
    void setQuestionHandler(QuestionHandler handler) { m_ask = std::move(handler); }

    /// Files and folders to attach (raw path bytes), in the order given: at position (1-based,
    /// before that attachment) or at the end (0).
    void addFiles(const QList<QByteArray> &rawPaths, int position = 0);

public slots:
    void save();
    /// 提出…: saves first, then asks with the route and the checks (SubmitDialog).
    void askToSubmit();
    /// Reads the attachment list again for what became known meanwhile (頁数 after a conversion).
    void refreshPageCounts();
    /// 直接編集 of the attachment at position (1-based) / 編集終了.
    void startEditing(int position);
    void finishEditing(int position);
    /// Breaks the stale lock on the attachment at position (asks first).
    void breakLock(int position);

signals:
    void loaded();
    void saved(qint64 documentId);
    void attachmentsChanged();
    /// The user asked to read the draft as reviewers will (一覧表示).
    void singleViewRequested(qint64 documentId);
    void messagesChanged();
    void idle();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    struct Link
    {
        int jobId = 0;
        AttachmentImportQueue::Stored stored;
    };

    void createLayout();
    void scheduleSave();
    void enqueueFiles(const QList<QByteArray> &files);
    void onStored(int jobId, const AttachmentImportQueue::Stored &stored);
    void onImportFailed(int jobId, const QString &name, int kind, const QString &message);
    void link(const Link &link);
    void linkWaiting();
    void reloadAttachments();
    void attachBlob(const QString &sha256, const AttachmentStore::Source &source, int position,
                    std::function<void(const AttachmentRecord &)> done);
    void removeAt(int position, std::function<void(const AttachmentRecord &)> done);
    void moveTo(int from, int to, std::function<void()> done);
    void renameAt(int position, const QString &name, std::function<void(const QString &before)> done);
    void userRemove(int position);
    void userMove(int from, int to);
    void userRename(int position, const QString &name);
    void chooseFiles();
    void pasteFiles();
    void addMessage(const QString &message);
    void clearMessages();
    void ask(Question question, const QString &text, std::function<void(bool)> answer);
    void checkIdle();
    /// Follows the document once it has an id: versions and locks from any window or client.
    void watchDocument();

    void updateTitle();

    StoreClient *m_client;
    DatabaseUrl m_url;
    DocumentRecord m_record;
    bool m_loaded = false;
    bool m_editable = false;
    bool m_dirty = false;
    bool m_saving = false;
    bool m_saveAgain = false;
    bool m_closeAfterSave = false;
    int m_editGeneration = 0;
    int m_storeOps = 0;
    int m_insertAt = 0; ///< position of the next file attached from a drop between rows; 0: the end
    QList<Link> m_waiting;
    QList<QByteArray> m_retry;
    QHash<int, QByteArray> m_jobPaths;
    QStringList m_messages;
    QuestionHandler m_ask;
    EditSessionHub *m_hub = nullptr;
    DossierWatcher *m_watcher = nullptr;

    DraftForm *m_form = nullptr;
    AttachmentListModel *m_model = nullptr;
    AttachmentPanel *m_panel = nullptr;
    AttachmentImportQueue *m_imports = nullptr;
    QUndoStack *m_undo = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_messageLabel = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_submitButton = nullptr;
    QWidget *m_messageBar = nullptr;
    QTimer m_autosave;
    QTimer m_maxDelay;
};

} // namespace kessai::gui
