// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ChangeListeners.h"

#include "core/store/StoreChangeListener.h"

#include <QHash>

namespace kessai::gui {

std::shared_ptr<StoreChangeListener> ChangeListeners::forStore(const DatabaseUrl &url)
{
    if (!StoreChangeListener::isSupported(url))
        return nullptr;
    // Weak: the windows own the listener; the table only finds it while one is alive.
    static QHash<QString, std::weak_ptr<StoreChangeListener>> listeners;
    const QString key = url.toString();
    if (std::shared_ptr<StoreChangeListener> alive = listeners.value(key).lock())
        return alive;
    auto listener = std::make_shared<StoreChangeListener>(url);
    listener->start();
    listeners.insert(key, listener);
    return listener;
}

} // namespace kessai::gui
