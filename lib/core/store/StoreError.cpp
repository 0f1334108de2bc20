// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/StoreError.h"

namespace kessai {

StoreError::StoreError(Kind kind, const QString &message)
    : std::runtime_error(message.toStdString())
    , m_kind(kind)
    , m_message(message)
{}

} // namespace kessai
