// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/editing/EditSessionHub.h"

#include "core/editing/EditLocks.h"
#include "core/store/StoreChangeListener.h"
#include "gui/StoreClient.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QWidget>

namespace kessai::gui {

EditSessionHub::EditSessionHub(StoreClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void EditSessionHub::setChangeListener(std::shared_ptr<StoreChangeListener> listener)
{
    m_listener = std::move(listener);
    for (EditSessionController *controller : std::as_const(m_sessions))
        controller->setChangeListener(m_listener);
}

void EditSessionHub::begin(qint64 attachmentId, const QString &name)
{
    if (m_sessions.contains(attachmentId))
        return;
    auto *controller = new EditSessionController(m_client, attachmentId, name, this);
    if (m_opener)
        controller->setOpener(m_opener);
    controller->setPollInterval(m_pollInterval);
    controller->setChangeListener(m_listener);
    if (m_heartbeatInterval > 0)
        controller->setHeartbeatInterval(m_heartbeatInterval);
    m_sessions.insert(attachmentId, controller);
    const qint64 id = attachmentId;
    auto forget = [this, id, controller] {
        if (m_sessions.value(id) == controller)
            m_sessions.remove(id);
        controller->deleteLater();
    };
    connect(controller, &EditSessionController::started, this, [this, id](const QString &path) {
        emit started(id, path);
        emit changed(id);
    });
    connect(controller, &EditSessionController::saved, this, [this, id](int saves) {
        emit saved(id, saves);
        emit changed(id);
    });
    connect(controller, &EditSessionController::finished, this, [this, id, forget](int version) {
        forget();
        emit finished(id, version);
        emit changed(id);
    });
    connect(controller, &EditSessionController::failed, this,
            [this, id, controller, forget](const QString &message) {
                if (controller->sessionId() == 0) // it never began: nothing is held
                    forget();
                emit problem(id, message);
                emit changed(id);
            });
    connect(controller, &EditSessionController::workingFileMissing, this, [this, id, name] {
        emit problem(id, tr("The working file of “%1” was deleted. What was saved before is kept; press "
                            "Finish editing to store it.")
                             .arg(name));
    });
    connect(controller, &EditSessionController::conflict, this,
            [this, controller](const QString &message) { askAboutConflict(controller, message); });
    controller->start();
}

void EditSessionHub::finish(qint64 attachmentId, const QString &note)
{
    if (EditSessionController *controller = m_sessions.value(attachmentId))
        controller->finish(note);
}

void EditSessionHub::finishAll()
{
    const QList<EditSessionController *> sessions = m_sessions.values();
    for (EditSessionController *controller : sessions)
        controller->finish();
}

void EditSessionHub::askNoteAndFinish(QWidget *parent, qint64 attachmentId, const QString &name)
{
    auto *dialog = new QInputDialog(parent);
    dialog->setObjectName(QStringLiteral("versionNoteDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Finish editing"));
    dialog->setLabelText(tr("A note for the new version of “%1” (optional):").arg(name));
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, attachmentId](const QString &note) { finish(attachmentId, note.trimmed()); });
    dialog->open();
}

void EditSessionHub::breakLock(qint64 attachmentId, const QString &reason)
{
    m_client->call<bool>(
        this,
        [attachmentId, reason](StoreWorker &worker) {
            return EditLocks(worker.connection())
                .breakLock(worker.session(), attachmentId, reason)
                .has_value();
        },
        [this, attachmentId](bool) { emit changed(attachmentId); },
        [this, attachmentId](const StoreClient::Failure &failure) {
            emit problem(attachmentId, failure.message);
            emit changed(attachmentId);
        });
}

QString EditSessionHub::breakLockQuestion(const QString &attachmentName, const EditLock &lock)
{
    return tr("“%1”: %2.\n\nBreak this lock? Do it only when that client is gone (closed, crashed, or the "
              "machine is off). What it saved stays recorded; the break is logged.")
        .arg(attachmentName, EditLocks::describe(lock));
}

void EditSessionHub::askAboutConflict(EditSessionController *controller, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Another version arrived"),
                                tr("%1\n\nKeep your edited content as the newest version? (No discards your "
                                   "edit; the other version stays.)")
                                    .arg(message),
                                QMessageBox::Yes | QMessageBox::No, m_dialogParent);
    box->setObjectName(QStringLiteral("editConflictQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Yes);
    QPointer<EditSessionController> guard = controller;
    connect(box, &QMessageBox::finished, this, [guard](int result) {
        if (guard)
            guard->resolveConflict(result == QMessageBox::Yes);
    });
    box->open();
}

} // namespace kessai::gui
