// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/RenderKey.h"

namespace kessai::render {

size_t qHash(const RenderKey &key, size_t seed) noexcept
{
    return qHashMulti(seed, key.item, key.page, key.scaleMilli, key.rotation, key.tile.x(), key.tile.y(),
                      key.tile.width(), key.tile.height());
}

} // namespace kessai::render
