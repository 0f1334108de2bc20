// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kessai {

/// 紙決裁の理由 (paper reason): why a decision was made on paper, from the office's own list
/// (paper_reasons). needsText marks "その他", whose record must say in words why.
struct PaperReason
{
    qint64 id = 0;
    QString code; ///< stable, e.g. oversized, accounting, secret, system_unavailable, other
    QString name; ///< as the office writes it
    bool needsText = false;
    bool active = true;
};

} // namespace kessai
