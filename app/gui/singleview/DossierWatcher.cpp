// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/singleview/DossierWatcher.h"

#include "core/editing/EditLocks.h"
#include "core/store/StoreChangeListener.h"
#include "gui/StoreClient.h"

namespace kessai::gui {

namespace {
struct Look
{
    QString signature;
    bool changed = false;
    QList<AttachmentActivity::Entry> entries;
};
} // namespace

DossierWatcher::DossierWatcher(StoreClient *client, qint64 documentId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_documentId(documentId)
{
    // Within a second of a save on any client; the query is one indexed lookup per attachment.
    m_timer.setInterval(m_pollInterval);
    connect(&m_timer, &QTimer::timeout, this, &DossierWatcher::checkNow);
}

DossierWatcher::~DossierWatcher() = default;

void DossierWatcher::setInterval(int ms)
{
    m_pollInterval = ms;
    updateInterval();
}

void DossierWatcher::setSafetyInterval(int ms)
{
    m_safetyInterval = ms;
    updateInterval();
}

bool DossierWatcher::isNotified() const
{
    return m_listener && m_listener->isListening();
}

void DossierWatcher::updateInterval()
{
    // QTimer::setInterval keeps a running timer running, from now.
    m_timer.setInterval(isNotified() ? m_safetyInterval : m_pollInterval);
}

void DossierWatcher::setChangeListener(std::shared_ptr<StoreChangeListener> listener)
{
    if (m_listener)
        disconnect(m_listener.get(), nullptr, this, nullptr);
    m_listener = std::move(listener);
    if (m_listener) {
        connect(m_listener.get(), &StoreChangeListener::documentChanged, this, [this](qint64 documentId) {
            if (documentId == m_documentId && m_timer.isActive()) // started, not stopped
                checkNow();
        });
        // Listening again after a drop (or something unnamed changed): look once, then go by
        // notifications; while not listening, poll as before.
        connect(m_listener.get(), &StoreChangeListener::changed, this, [this] {
            if (m_timer.isActive())
                checkNow();
        });
        connect(m_listener.get(), &StoreChangeListener::listeningChanged, this,
                &DossierWatcher::updateInterval);
    }
    updateInterval();
}

void DossierWatcher::start()
{
    m_timer.start();
    checkNow();
}

void DossierWatcher::checkNow()
{
    if (m_busy) { // one look at a time; a request meanwhile looks again right after
        m_again = true;
        return;
    }
    m_busy = true;
    m_again = false;
    const qint64 id = m_documentId;
    const QString previous = m_signature;
    m_client->call<Look>(
        this,
        [id, previous](StoreWorker &worker) {
            AttachmentActivity activity(worker.connection());
            const QString machine = EditLocks::thisMachine();
            Look look;
            look.signature = activity.signature(worker.session(), id, machine);
            if (look.signature != previous) {
                look.changed = true;
                look.entries = activity.read(worker.session(), id, machine);
            }
            return look;
        },
        [this](const Look &look) {
            m_busy = false;
            ++m_checks;
            if (look.changed) {
                m_signature = look.signature;
                m_entries = look.entries;
                emit changed(m_entries);
            }
            if (m_again)
                checkNow();
        },
        [this](const StoreClient::Failure &failure) {
            m_busy = false;
            emit failed(failure.message);
        });
}

} // namespace kessai::gui
