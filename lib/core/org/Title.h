// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kessai {

/// 役職 (job title) with its rank on the deciding line: 係員 < 主任 < 係長 < 課長補佐 < 課長 < 次長 < 部長.
struct Title
{
    qint64 id = 0;
    QString name;
    int rank = 0;
};

} // namespace kessai
