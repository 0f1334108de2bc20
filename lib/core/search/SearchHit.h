// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DomainEnums.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace kessai {

/// 検索結果: one document found, with where its best match is (the document's own text, or an
/// attachment's page) and a snippet of that text with the matches marked.
struct SearchHit
{
    qint64 documentId = 0;
    QString title;
    QString numberLabel; ///< 文書番号, '' before one is given
    DocumentStatus status = DocumentStatus::Draft;
    QString unitName;
    QString drafterName;
    QDateTime updatedAt;

    qint64 attachmentId = 0; ///< 0: the match is in the document's own text
    int attachmentPosition = 0;
    QString attachmentName;
    int page = 0; ///< 1-based page of the attachment; 0 for the document's own text

    QString snippet;
    QList<QPair<int, int>> highlights; ///< (start, length) in snippet
};

/// The first hits of a search, newest document first, and how many there are in all.
struct SearchResults
{
    QList<SearchHit> hits;
    int total = 0;            ///< documents found (at most SearchEngine::kCountLimit)
    bool totalCapped = false; ///< there are more than total
    QStringList notes;        ///< what of the query was left out, for people
};

} // namespace kessai
