// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/RefreshSchedule.h"

#include "core/store/StoreChangeListener.h"
#include "gui/ChangeListeners.h"

namespace kessai::gui {

RefreshSchedule::RefreshSchedule(QObject *parent)
    : QObject(parent)
{
    m_poll.setInterval(kPollMilliseconds);
    connect(&m_poll, &QTimer::timeout, this, &RefreshSchedule::due);
    m_soon.setSingleShot(true);
    m_soon.setInterval(kCoalesceMilliseconds);
    connect(&m_soon, &QTimer::timeout, this, &RefreshSchedule::due);
}

RefreshSchedule::~RefreshSchedule() = default;

std::shared_ptr<StoreChangeListener> RefreshSchedule::start(const DatabaseUrl &url)
{
    stop();
    m_listener = ChangeListeners::forStore(url); // nullptr on SQLite: poll
    if (m_listener) {
        connect(m_listener.get(), &StoreChangeListener::documentChanged, this, &RefreshSchedule::soon);
        connect(m_listener.get(), &StoreChangeListener::changed, this, &RefreshSchedule::soon);
        connect(m_listener.get(), &StoreChangeListener::listeningChanged, this, [this](bool listening) {
            m_poll.setInterval(listening ? kSafetyPollMilliseconds : kPollMilliseconds);
        });
    }
    m_poll.setInterval(m_listener && m_listener->isListening() ? kSafetyPollMilliseconds : kPollMilliseconds);
    m_poll.start();
    return m_listener;
}

void RefreshSchedule::stop()
{
    m_poll.stop();
    m_soon.stop();
    if (m_listener)
        disconnect(m_listener.get(), nullptr, this, nullptr);
    m_listener.reset();
}

void RefreshSchedule::soon()
{
    if (!m_soon.isActive()) // not restarted: a steady stream of changes still refreshes
        m_soon.start();
}

} // namespace kessai::gui
