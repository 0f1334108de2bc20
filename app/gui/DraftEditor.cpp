// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/DraftEditor.h"

#include "core/DomainLabels.h"
#include "core/content/AttachmentName.h"
#include "core/content/FileCollector.h"
#include "core/documents/DecisionKindList.h"
#include "core/documents/DocumentStore.h"
#include "core/documents/DrafterRule.h"
#include "core/documents/FilingCatalog.h"
#include "core/documents/FiscalYear.h"
#include "core/org/OrgStore.h"
#include "gui/AttachmentListModel.h"
#include "gui/AttachmentPanel.h"
#include "gui/SubmitDialog.h"
#include "gui/ChangeListeners.h"
#include "gui/DraftForm.h"
#include "gui/StoreClient.h"
#include "gui/UndoCommand.h"
#include "gui/editing/EditSessionHub.h"
#include "gui/editing/VersionHistoryDialog.h"
#include "locale/JapaneseDate.h"

#include <QAction>
#include <QClipboard>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTime>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace kessai::gui {

namespace {
struct EditorContext
{
    DocumentRecord record;
    QString drafterLine;
    bool editable = false;
    QList<FilingCatalog::DecisionLevel> levels;
    QList<FilingCatalog::FileEntry> files;
    QList<DecisionKind> kinds;
    QList<AttachmentRecord> attachments;
};

struct Saved
{
    qint64 id = 0;
    int rowVersion = 0;
};

constexpr int kAutosaveIdleMs = 1500;
constexpr int kAutosaveMaxMs = 5000;
constexpr int kManyFiles = 20;
constexpr qint64 kManyBytes = 1024LL * 1024 * 1024;

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}
} // namespace

DraftEditor::DraftEditor(StoreClient *client, const DatabaseUrl &url, qint64 documentId, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_client(client)
    , m_url(url)
{
    setObjectName(QStringLiteral("draftEditor"));
    setAttribute(Qt::WA_DeleteOnClose);
    setAcceptDrops(true);
    m_record.id = documentId;
    m_undo = new QUndoStack(this);
    m_imports = new AttachmentImportQueue(url, this);
    connect(m_imports, &AttachmentImportQueue::started, this,
            [this](int id, const QString &name, qint64 size) { m_model->setPendingStarted(id, name, size); });
    connect(m_imports, &AttachmentImportQueue::progress, this,
            [this](int id, qint64 done, qint64 total) { m_model->setPendingProgress(id, done, total); });
    connect(m_imports, &AttachmentImportQueue::stored, this, &DraftEditor::onStored);
    connect(m_imports, &AttachmentImportQueue::failed, this, &DraftEditor::onImportFailed);
    createLayout();
    auto *hub = new EditSessionHub(client, this);
    hub->setChangeListener(ChangeListeners::forStore(url)); // nullptr on SQLite
    setEditSessionHub(hub);
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveIdleMs);
    m_maxDelay.setSingleShot(true);
    m_maxDelay.setInterval(kAutosaveMaxMs);
    connect(&m_autosave, &QTimer::timeout, this, &DraftEditor::save);
    connect(&m_maxDelay, &QTimer::timeout, this, &DraftEditor::save);
    resize(1100, 720);
    updateTitle();
}

DraftEditor::~DraftEditor() = default;

void DraftEditor::createLayout()
{
    m_form = new DraftForm(this);
    m_model = new AttachmentListModel(this);
    m_panel = new AttachmentPanel(m_model, this);
    connect(m_form, &DraftForm::edited, this, &DraftEditor::scheduleSave);
    connect(m_panel, &AttachmentPanel::attachRequested, this, &DraftEditor::chooseFiles);
    connect(m_panel, &AttachmentPanel::pasteRequested, this, &DraftEditor::pasteFiles);
    connect(m_panel, &AttachmentPanel::moveRequested, this, &DraftEditor::userMove);
    connect(m_panel, &AttachmentPanel::removeRequested, this, &DraftEditor::userRemove);
    connect(m_panel, &AttachmentPanel::cancelRequested, this,
            [this](int jobId) { m_imports->cancel(jobId); });
    connect(m_model, &AttachmentListModel::moveRequested, this, &DraftEditor::userMove);
    connect(m_model, &AttachmentListModel::renameRequested, this, &DraftEditor::userRename);
    connect(m_model, &AttachmentListModel::filesDropped, this,
            [this](const QList<QByteArray> &paths, int position) { addFiles(paths, position); });
    connect(m_panel, &AttachmentPanel::editRequested, this, &DraftEditor::startEditing);
    connect(m_panel, &AttachmentPanel::finishEditRequested, this, [this](int position) {
        if (const AttachmentRecord *record = m_model->attachmentAt(position - 1))
            m_hub->askNoteAndFinish(this, record->id, record->displayName);
    });
    connect(m_panel, &AttachmentPanel::breakLockRequested, this, &DraftEditor::breakLock);
    connect(m_panel, &AttachmentPanel::historyRequested, this, [this](int position) {
        const AttachmentRecord *record = m_model->attachmentAt(position - 1);
        if (!record)
            return;
        auto *dialog = new VersionHistoryDialog(m_client, record->id, record->displayName, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &VersionHistoryDialog::restored, this, &DraftEditor::reloadAttachments);
        dialog->show();
        dialog->load();
    });

    QAction *saveAction = new QAction(tr("Save"), this);
    saveAction->setShortcut(QKeySequence::Save);
    connect(saveAction, &QAction::triggered, this, [this] {
        if (m_form->record().title.isEmpty())
            m_form->showTitleRequired(true);
        save();
    });
    QAction *closeAction = new QAction(tr("Close"), this);
    closeAction->setShortcut(QKeySequence::Close);
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    QAction *undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    // Text fields keep their own Ctrl+Z; in the attachment list it undoes list changes.
    for (QAction *a : {undo, redo}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_panel->addAction(a);
    }
    addAction(saveAction);
    addAction(closeAction);

    auto *saveButton = new QPushButton(tr("Save"), this);
    connect(saveButton, &QPushButton::clicked, saveAction, &QAction::trigger);
    auto *undoButton = new QPushButton(tr("Undo"), this);
    connect(undoButton, &QPushButton::clicked, undo, &QAction::trigger);
    connect(m_undo, &QUndoStack::canUndoChanged, undoButton, &QWidget::setEnabled);
    undoButton->setEnabled(false);
    auto *singleViewButton = new QPushButton(tr("Review as reviewers see it"), this);
    connect(singleViewButton, &QPushButton::clicked, this, [this] {
        if (m_record.id)
            emit singleViewRequested(m_record.id);
    });
    m_submitButton = new QPushButton(tr("Submit…"), this);
    m_submitButton->setObjectName(QStringLiteral("submitButton"));
    connect(m_submitButton, &QPushButton::clicked, this, &DraftEditor::askToSubmit);
    auto *closeButton = new QPushButton(tr("Close"), this);
    connect(closeButton, &QPushButton::clicked, this, &QWidget::close);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("saveStatus"));

    m_messageBar = new QWidget(this);
    m_messageLabel = new QLabel(m_messageBar);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setStyleSheet(QStringLiteral("color: #b00020"));
    m_retryButton = new QPushButton(tr("Retry"), m_messageBar);
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        const QList<QByteArray> again = std::exchange(m_retry, {});
        clearMessages();
        enqueueFiles(again);
    });
    auto *dismiss = new QPushButton(tr("Dismiss"), m_messageBar);
    connect(dismiss, &QPushButton::clicked, this, &DraftEditor::clearMessages);
    auto *messageLayout = new QHBoxLayout(m_messageBar);
    messageLayout->setContentsMargins(0, 0, 0, 0);
    messageLayout->addWidget(m_messageLabel, 1);
    messageLayout->addWidget(m_retryButton);
    messageLayout->addWidget(dismiss);
    m_messageBar->hide();

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_form);
    splitter->addWidget(m_panel);
    splitter->setSizes({520, 560});
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(singleViewButton);
    buttons->addWidget(undoButton);
    buttons->addWidget(saveButton);
    buttons->addWidget(m_submitButton);
    buttons->addWidget(closeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    setEnabled(false);
}

void DraftEditor::load()
{
    const qint64 id = m_record.id;
    m_client->call<EditorContext>(
        this,
        [id](StoreWorker &worker) {
            EditorContext context;
            StoreConnection &db = worker.connection();
            const Session &session = worker.session();
            if (id) {
                const auto document = DocumentStore(db).document(id);
                if (!document)
                    throw StoreError(StoreError::Kind::BadData,
                                     DraftEditor::tr("document %1 does not exist").arg(id));
                context.record = *document;
                context.attachments = AttachmentStore(db).list(id);
                context.editable =
                    DrafterRule::refusal(*document, session.user().id, DrafterRule::Part::Cover).isEmpty();
            } else {
                context.record.drafterId = session.user().id;
                context.record.drafterName = session.user().displayName;
                context.record.unitId = session.user().unitId;
                context.record.unitName = session.user().unitName;
                context.record.createdAt = QDateTime::currentDateTimeUtc();
                context.editable = true;
            }
            const QDate created = context.record.createdAt.toLocalTime().date();
            const auto drafter = OrgStore(db).userById(context.record.drafterId);
            context.drafterLine = tr("Drafter: %1 %2 %3 · Drafted: %4 · %5")
                                      .arg(context.record.unitName, drafter ? drafter->titleName : QString(),
                                           context.record.drafterName, JapaneseDate::both(created),
                                           JapaneseDate::fiscalYearLabel(FiscalYear::of(created)));
            FilingCatalog catalog(db);
            context.levels = catalog.decisionLevels();
            context.files = catalog.files(context.record.unitId, FiscalYear::of(created));
            context.kinds = DecisionKindList(db).kinds();
            return context;
        },
        [this](const EditorContext &context) {
            m_record = context.record;
            m_editable = context.editable;
            m_form->setCatalog(context.levels, context.files, context.kinds);
            m_form->setRecord(context.record, context.drafterLine);
            m_form->setEnabled(m_editable);
            m_submitButton->setEnabled(m_editable);
            m_panel->setEditable(m_editable);
            m_model->setAttachments(context.attachments);
            if (!m_editable)
                addMessage(tr("This document is %1: it can no longer be edited here.")
                               .arg(DomainLabels::label(context.record.status)));
            m_loaded = true;
            setEnabled(true);
            updateTitle();
            watchDocument();
            m_form->titleEdit()->setFocus();
            emit loaded();
            checkIdle();
        },
        [this](const StoreClient::Failure &failure) {
            setEnabled(true);
            m_form->setEnabled(false);
            m_panel->setEditable(false);
            addMessage(failure.message);
        });
}

bool DraftEditor::isBusy() const
{
    return m_saving || m_storeOps > 0 || m_imports->pendingCount() > 0 || m_autosave.isActive();
}

void DraftEditor::updateTitle()
{
    const QString title = m_record.title.isEmpty() ? tr("New draft") : m_record.title;
    setWindowTitle(tr("%1 — Draft").arg(title));
}

void DraftEditor::scheduleSave()
{
    m_dirty = true;
    ++m_editGeneration;
    m_status->setText(tr("Edited"));
    m_autosave.start();
    if (!m_maxDelay.isActive())
        m_maxDelay.start(); // keep typing without pause loses at most a few seconds
}

void DraftEditor::save()
{
    m_autosave.stop();
    m_maxDelay.stop();
    if (!m_loaded || !m_editable)
        return;
    if (m_saving) {
        m_saveAgain = true;
        return;
    }
    DocumentRecord record = m_form->record();
    if (record.title.isEmpty()) {
        if (!m_waiting.isEmpty())
            m_form->showTitleRequired(true);
        checkIdle();
        return;
    }
    if (!m_dirty && record.id) {
        checkIdle();
        return;
    }
    m_saving = true;
    const int generation = m_editGeneration;
    m_status->setText(tr("Saving…"));
    m_client->call<Saved>(
        this,
        [record](StoreWorker &worker) {
            DocumentStore store(worker.connection());
            if (!record.id)
                return Saved{store.createDraft(worker.session(), record), 1};
            return Saved{record.id, store.updateDraft(worker.session(), record)};
        },
        [this, generation, record](const Saved &result) {
            m_saving = false;
            m_record = record;
            m_record.id = result.id;
            m_record.rowVersion = result.rowVersion;
            m_form->setRecord(m_record, m_form->headerText()); // 起案者 / 起案日 stay
            watchDocument();
            if (generation == m_editGeneration)
                m_dirty = false;
            m_status->setText(
                tr("Saved at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
            updateTitle();
            emit saved(result.id);
            linkWaiting();
            if (std::exchange(m_saveAgain, false) || m_dirty)
                save();
            else if (m_closeAfterSave)
                close();
            checkIdle();
        },
        [this](const StoreClient::Failure &failure) {
            m_saving = false;
            m_closeAfterSave = false;
            m_status->setText(tr("Not saved"));
            addMessage(failure.message);
            checkIdle();
        });
}

void DraftEditor::askToSubmit()
{
    if (!m_loaded || !m_editable)
        return;
    if (m_form->record().title.isEmpty()) {
        m_form->showTitleRequired(true);
        return;
    }
    if (!m_record.id || m_dirty || m_saving) { // what the reviewers get is what is saved
        connect(this, &DraftEditor::saved, this, &DraftEditor::askToSubmit, Qt::SingleShotConnection);
        save();
        return;
    }
    auto *dialog = new SubmitDialog(m_client, m_record.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SubmitDialog::submitted, this, [this](qint64 id) {
        emit saved(id); // the lists move it from 起案中 to 回議中
        load();         // no longer a draft: read-only here
    });
    dialog->open();
    dialog->load();
}

void DraftEditor::addFiles(const QList<QByteArray> &rawPaths, int position)
{
    if (!m_editable || rawPaths.isEmpty())
        return;
    m_insertAt = position; // where the next files attached go (0: at the end)
    // Listing a folder tree can take a while: do it off the GUI thread. The answer is dropped
    // if the editor is closed meanwhile (then() with this as its context).
    QtConcurrent::run([rawPaths] {
        return FileCollector::collect(rawPaths);
    }).then(this, [this](const FileCollector::Result &result) {
        if (!result.unreadable.isEmpty()) {
            addMessage(tr("%1; nothing was attached.").arg(result.unreadableMessage()));
            return;
        }
        if (result.files.isEmpty()) {
            addMessage(tr("The dropped folders contain no files."));
            return;
        }
        if (result.folderCount > 0 && (result.files.size() > kManyFiles || result.totalBytes > kManyBytes)) {
            QPointer<DraftEditor> self(this); // the question is answered later, maybe after a close
            ask(Question::AddManyFiles,
                tr("Attach %n file(s) (%1 in total) from the dropped folders?", nullptr,
                   int(result.files.size()))
                    .arg(sizeText(result.totalBytes)),
                [self, files = result.files](bool yes) {
                    if (self && yes)
                        self->enqueueFiles(files);
                });
            return;
        }
        enqueueFiles(result.files);
    });
}

void DraftEditor::enqueueFiles(const QList<QByteArray> &files)
{
    for (const QByteArray &raw : files) {
        const int jobId = m_imports->enqueue(raw);
        m_jobPaths.insert(jobId, raw);
        const qsizetype slash = raw.lastIndexOf('/');
        m_model->addPending(jobId, AttachmentName::decodeRaw(slash >= 0 ? raw.mid(slash + 1) : raw));
    }
}

void DraftEditor::onStored(int jobId, const AttachmentImportQueue::Stored &stored)
{
    const Link pending{jobId, stored};
    for (const AttachmentRecord &existing : m_model->attachments()) {
        if (existing.sha256 != stored.sha256)
            continue;
        ask(Question::AddDuplicate,
            tr("“%1” has the same content as attachment %2 “%3”. Attach it again?")
                .arg(stored.originalName)
                .arg(existing.position)
                .arg(existing.displayName),
            [this, pending](bool yes) {
                if (yes) {
                    link(pending);
                } else {
                    m_model->removePending(pending.jobId);
                    m_jobPaths.remove(pending.jobId);
                    checkIdle();
                }
            });
        return;
    }
    link(pending);
}

void DraftEditor::onImportFailed(int jobId, const QString &, int kind, const QString &message)
{
    m_model->removePending(jobId);
    const QByteArray path = m_jobPaths.take(jobId);
    if (StoreError::Kind(kind) != StoreError::Kind::Cancelled) {
        if (StoreError::Kind(kind) == StoreError::Kind::Unavailable)
            m_retry.append(path);
        addMessage(message);
    }
    checkIdle();
}

void DraftEditor::link(const Link &link)
{
    if (!m_record.id) {
        // Stored already; attached as soon as the draft has a subject and is saved.
        m_waiting.append(link);
        m_model->setPendingWaiting(link.jobId, tr("Waiting for a subject"));
        m_form->showTitleRequired(true);
        save();
        return;
    }
    const AttachmentStore::Source source{link.stored.originalName, QString(), link.stored.mimeType};
    // Dropped between rows: one after the other from there, in the order given.
    const int at = m_insertAt > 0 ? m_insertAt++ : 0;
    attachBlob(link.stored.sha256, source, at, [this, link, source](const AttachmentRecord &added) {
        m_model->removePending(link.jobId);
        m_jobPaths.remove(link.jobId);
        const int position = added.position;
        const QString sha = link.stored.sha256;
        m_undo->push(new UndoCommand(
            tr("attach %1").arg(added.displayName),
            [this, sha, source, position] { attachBlob(sha, source, position, {}); },
            [this, position] { removeAt(position, {}); }));
    });
}

void DraftEditor::linkWaiting()
{
    const QList<Link> waiting = std::exchange(m_waiting, {});
    for (const Link &pending : waiting)
        link(pending);
}

void DraftEditor::reloadAttachments()
{
    const qint64 id = m_record.id;
    ++m_storeOps;
    m_client->call<QList<AttachmentRecord>>(
        this, [id](StoreWorker &worker) { return AttachmentStore(worker.connection()).list(id); },
        [this](const QList<AttachmentRecord> &list) {
            --m_storeOps;
            const int selected = m_panel->selectedPosition();
            m_model->setAttachments(list);
            m_panel->selectPosition(selected);
            emit attachmentsChanged();
            checkIdle();
        },
        [this](const StoreClient::Failure &failure) {
            --m_storeOps;
            addMessage(failure.message);
            checkIdle();
        });
}

void DraftEditor::attachBlob(const QString &sha256, const AttachmentStore::Source &source, int position,
                             std::function<void(const AttachmentRecord &)> done)
{
    const qint64 id = m_record.id;
    ++m_storeOps;
    m_client->call<AttachmentRecord>(
        this,
        [id, sha256, source, position](StoreWorker &worker) {
            return AttachmentStore(worker.connection())
                .attachBlob(worker.session(), id, sha256, source, position);
        },
        [this, done](const AttachmentRecord &added) {
            --m_storeOps;
            if (done)
                done(added);
            reloadAttachments();
        },
        [this](const StoreClient::Failure &failure) {
            --m_storeOps;
            addMessage(failure.message);
            reloadAttachments();
        });
}

void DraftEditor::removeAt(int position, std::function<void(const AttachmentRecord &)> done)
{
    const qint64 id = m_record.id;
    ++m_storeOps;
    m_client->call<AttachmentRecord>(
        this,
        [id, position](StoreWorker &worker) {
            AttachmentStore store(worker.connection());
            const auto attachment = store.at(id, position);
            if (!attachment)
                throw StoreError(StoreError::Kind::BadData,
                                 DraftEditor::tr("no attachment at position %1").arg(position));
            store.remove(worker.session(), attachment->id);
            return *attachment;
        },
        [this, done](const AttachmentRecord &removed) {
            --m_storeOps;
            if (done)
                done(removed);
            reloadAttachments();
        },
        [this](const StoreClient::Failure &failure) {
            --m_storeOps;
            addMessage(failure.message);
            reloadAttachments();
        });
}

void DraftEditor::moveTo(int from, int to, std::function<void()> done)
{
    const qint64 id = m_record.id;
    ++m_storeOps;
    m_client->call<bool>(
        this,
        [id, from, to](StoreWorker &worker) {
            AttachmentStore(worker.connection()).move(worker.session(), id, from, to);
            return true;
        },
        [this, done, to](bool) {
            --m_storeOps;
            if (done)
                done();
            reloadAttachments();
            m_panel->selectPosition(to);
        },
        [this](const StoreClient::Failure &failure) {
            --m_storeOps;
            addMessage(failure.message);
            reloadAttachments();
        });
}

void DraftEditor::renameAt(int position, const QString &name, std::function<void(const QString &)> done)
{
    const qint64 id = m_record.id;
    ++m_storeOps;
    m_client->call<QString>(
        this,
        [id, position, name](StoreWorker &worker) {
            AttachmentStore store(worker.connection());
            const auto attachment = store.at(id, position);
            if (!attachment)
                throw StoreError(StoreError::Kind::BadData,
                                 DraftEditor::tr("no attachment at position %1").arg(position));
            store.rename(worker.session(), attachment->id, name);
            return attachment->displayName;
        },
        [this, done](const QString &before) {
            --m_storeOps;
            if (done)
                done(before);
            reloadAttachments();
        },
        [this](const StoreClient::Failure &failure) {
            --m_storeOps;
            addMessage(failure.message);
            reloadAttachments();
        });
}

void DraftEditor::userRemove(int position)
{
    removeAt(position, [this, position](const AttachmentRecord &removed) {
        const QString sha = removed.sha256;
        const AttachmentStore::Source source{removed.originalName, removed.displayName, removed.mimeType};
        m_undo->push(new UndoCommand(
            tr("remove %1").arg(removed.displayName), [this, position] { removeAt(position, {}); },
            [this, sha, source, position] { attachBlob(sha, source, position, {}); }));
    });
}

void DraftEditor::userMove(int from, int to)
{
    moveTo(from, to, [this, from, to] {
        m_undo->push(new UndoCommand(
            tr("move attachment %1 to %2").arg(from).arg(to), [this, from, to] { moveTo(from, to, {}); },
            [this, from, to] { moveTo(to, from, {}); }));
    });
}

void DraftEditor::userRename(int position, const QString &name)
{
    renameAt(position, name, [this, position, name](const QString &before) {
        m_undo->push(new UndoCommand(
            tr("rename attachment %1").arg(position),
            [this, position, name] { renameAt(position, name, {}); },
            [this, position, before] { renameAt(position, before, {}); }));
    });
}

void DraftEditor::chooseFiles()
{
    auto *dialog = new QFileDialog(this, tr("Attach files"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList &files) {
        QList<QByteArray> raw;
        for (const QString &file : files)
            raw.append(QFile::encodeName(file));
        addFiles(raw);
    });
    dialog->open();
}

void DraftEditor::pasteFiles()
{
    const QList<QByteArray> paths = AttachmentListModel::localPaths(QGuiApplication::clipboard()->mimeData());
    if (paths.isEmpty())
        addMessage(tr("The clipboard holds no files to attach."));
    else
        addFiles(paths);
}

void DraftEditor::addMessage(const QString &message)
{
    m_messages.append(message);
    m_messageLabel->setText(m_messages.join(QLatin1Char('\n')));
    m_retryButton->setVisible(!m_retry.isEmpty());
    m_messageBar->show();
    emit messagesChanged();
}

void DraftEditor::clearMessages()
{
    m_messages.clear();
    m_messageBar->hide();
    emit messagesChanged();
}

void DraftEditor::ask(Question question, const QString &text, std::function<void(bool)> answer)
{
    if (m_ask) {
        m_ask(question, text, std::move(answer));
        return;
    }
    auto *box =
        new QMessageBox(QMessageBox::Question, windowTitle(), text, QMessageBox::Yes | QMessageBox::No, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(question == Question::AddDuplicate || question == Question::BreakLock
                              ? QMessageBox::No
                              : QMessageBox::Yes);
    connect(box, &QMessageBox::finished, this,
            [answer = std::move(answer)](int result) { answer(result == QMessageBox::Yes); });
    box->open();
}

void DraftEditor::checkIdle()
{
    if (!isBusy())
        emit idle();
}

void DraftEditor::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_editable && !AttachmentListModel::localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void DraftEditor::dragMoveEvent(QDragMoveEvent *event)
{
    if (m_editable && !AttachmentListModel::localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void DraftEditor::dropEvent(QDropEvent *event)
{
    const QList<QByteArray> paths = AttachmentListModel::localPaths(event->mimeData());
    if (!m_editable || paths.isEmpty())
        return;
    event->acceptProposedAction();
    addFiles(paths);
}

void DraftEditor::closeEvent(QCloseEvent *event)
{
    if (m_imports->pendingCount() > 0) {
        event->ignore();
        ask(Question::CloseWhileStoring,
            tr("%n file(s) are still being stored. Stop and close?", nullptr, m_imports->pendingCount()),
            [this](bool yes) {
                if (!yes)
                    return;
                m_imports->cancelAll();
                m_waiting.clear();
                QTimer::singleShot(0, this, &QWidget::close);
            });
        return;
    }
    if (m_dirty && m_editable) {
        if (m_form->record().title.isEmpty()) {
            event->ignore();
            ask(Question::DiscardUntitled, tr("The draft has no subject and cannot be saved. Discard it?"),
                [this](bool yes) {
                    if (yes) {
                        m_dirty = false;
                        QTimer::singleShot(0, this, &QWidget::close);
                    } else {
                        m_form->showTitleRequired(true);
                    }
                });
            return;
        }
        event->ignore();
        m_closeAfterSave = true;
        save();
        return;
    }
    event->accept();
}

} // namespace kessai::gui
