// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/StorableText.h"

#include "core/store/StoreError.h"

namespace kessai {

void StorableText::require(QStringView text, const QString &field)
{
    if (!isStorable(text))
        throw StoreError(
            StoreError::Kind::BadData,
            tr("%1 contains a NUL character (U+0000), which cannot be stored; remove it").arg(field));
}

} // namespace kessai
