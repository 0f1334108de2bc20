// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace kessai {

/// 鑑への付記: a correction noted on a decided document by a 文書管理者 — the document itself
/// stays frozen; the note says who, when and what.
struct DocumentNote
{
    qint64 id = 0;
    qint64 documentId = 0;
    qint64 authorId = 0;
    QString authorName;
    QDateTime createdAt;
    QString body;
};

} // namespace kessai
