// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/DatabaseUrl.h"

#include <memory>

namespace kessai {
class StoreChangeListener;
}

namespace kessai::gui {

/// One StoreChangeListener per PostgreSQL store in this process, shared by every window that
/// follows it (one listening connection for the main window and all single views, not one each);
/// it stops when the last window lets go. GUI thread only.
class ChangeListeners
{
public:
    /// The started listener for url, or nullptr on SQLite (windows poll there).
    static std::shared_ptr<StoreChangeListener> forStore(const DatabaseUrl &url);
};

} // namespace kessai::gui
