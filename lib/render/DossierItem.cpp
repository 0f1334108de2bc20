// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/DossierItem.h"

namespace kessai::render {

QString DossierItem::stateCode(State state)
{
    switch (state) {
    case State::Loading:
        return QStringLiteral("loading");
    case State::Converting:
        return QStringLiteral("converting");
    case State::Ready:
        return QStringLiteral("ready");
    case State::NeedsPassword:
        return QStringLiteral("needs_password");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Unsupported:
        break;
    }
    return QStringLiteral("unsupported");
}

} // namespace kessai::render
