// SPDX-License-Identifier: GPL-3.0-or-later
// DraftEditor's 直接編集: the sessions (shared through EditSessionHub), following the document's
// versions and locks (DossierWatcher) and breaking a stale lock. Kept apart from drafting and
// attaching, which are the rest of DraftEditor.cpp.
#include "core/editing/EditLocks.h"
#include "gui/AttachmentListModel.h"
#include "gui/AttachmentPanel.h"
#include "gui/StoreClient.h"
#include "gui/ChangeListeners.h"
#include "gui/DraftEditor.h"
#include "gui/editing/EditSessionController.h"
#include "gui/editing/EditSessionHub.h"
#include "gui/singleview/DossierWatcher.h"

#include <QLabel>

namespace kessai::gui {

EditSessionController *DraftEditor::editing(qint64 attachmentId) const
{
    return m_hub->session(attachmentId);
}

void DraftEditor::setEditOpener(std::function<bool(const QString &)> opener)
{
    m_hub->setOpener(std::move(opener));
}

void DraftEditor::setEditSessionHub(EditSessionHub *hub)
{
    if (m_hub == hub)
        return;
    if (m_hub) {
        disconnect(m_hub, nullptr, this, nullptr);
        if (m_hub->parent() == this)
            m_hub->deleteLater();
    }
    m_hub = hub;
    connect(m_hub, &EditSessionHub::started, this, [this](qint64, const QString &) {
        m_status->setText(tr("Editing: saves in the application are stored here"));
    });
    connect(m_hub, &EditSessionHub::saved, this, [this](qint64, int saves) {
        m_status->setText(tr("Edit saved (%n save(s) in this session)", nullptr, saves));
    });
    connect(m_hub, &EditSessionHub::finished, this, [this](qint64, int version) {
        m_status->setText(version > 0 ? tr("Version %1 stored").arg(version)
                                      : tr("Editing ended without changes"));
        reloadAttachments();
    });
    connect(m_hub, &EditSessionHub::problem, this,
            [this](qint64, const QString &message) { addMessage(message); });
    connect(m_hub, &EditSessionHub::changed, this, [this] {
        if (m_watcher)
            m_watcher->checkNow();
    });
}

void DraftEditor::watchDocument()
{
    if (m_watcher || !m_record.id)
        return;
    m_watcher = new DossierWatcher(m_client, m_record.id, this);
    // PostgreSQL: told of changes (the listener the main window and single views share); SQLite: polls.
    m_watcher->setChangeListener(ChangeListeners::forStore(m_url));
    connect(m_watcher, &DossierWatcher::changed, this,
            [this](const QList<AttachmentActivity::Entry> &entries) {
                m_model->setActivity(entries);
                // A version or a name from elsewhere (the single view window, another client): list again.
                bool current = entries.size() == m_model->attachments().size();
                for (int i = 0; current && i < entries.size(); ++i) {
                    const AttachmentRecord &shown = m_model->attachments().at(i);
                    const AttachmentRecord &now = entries.at(i).attachment;
                    current = shown.id == now.id && shown.versionNo == now.versionNo &&
                              shown.displayName == now.displayName;
                }
                if (!current && m_storeOps == 0)
                    reloadAttachments();
            });
    m_watcher->start();
}

void DraftEditor::startEditing(int position)
{
    if (const AttachmentRecord *record = m_model->attachmentAt(position - 1))
        m_hub->begin(record->id, record->displayName);
}

void DraftEditor::finishEditing(int position)
{
    if (const AttachmentRecord *record = m_model->attachmentAt(position - 1))
        m_hub->finish(record->id);
}

void DraftEditor::breakLock(int position)
{
    const AttachmentRecord *record = m_model->attachmentAt(position - 1);
    const AttachmentActivity::Entry *entry = record ? m_model->activityOf(record->id) : nullptr;
    if (!entry || !entry->lock) {
        addMessage(tr("Attachment %1 is not locked.").arg(position));
        return;
    }
    if (entry->action != AttachmentActivity::Action::BreakLock) {
        addMessage(tr("Only its owner or a 文書管理者 may break the lock on “%1” (%2).")
                       .arg(record->displayName, EditLocks::describe(*entry->lock)));
        return;
    }
    const qint64 id = record->id;
    ask(Question::BreakLock, EditSessionHub::breakLockQuestion(record->displayName, *entry->lock),
        [this, id](bool yes) {
            if (yes)
                m_hub->breakLock(id, tr("stale lock broken from the draft editor"));
        });
}

void DraftEditor::refreshPageCounts()
{
    // A conversion finished somewhere: its 頁数 is known now. Only the list is read again; nothing
    // changed in the draft, so nothing is announced.
    const qint64 id = m_record.id;
    if (!id || !m_loaded)
        return;
    m_client->call<QList<AttachmentRecord>>(
        this, [id](StoreWorker &worker) { return AttachmentStore(worker.connection()).list(id); },
        [this](const QList<AttachmentRecord> &list) {
            const int selected = m_panel->selectedPosition();
            m_model->setAttachments(list);
            m_panel->selectPosition(selected);
        },
        [this](const StoreClient::Failure &failure) { addMessage(failure.message); });
}

} // namespace kessai::gui
