// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/search/SearchHit.h"

#include <QAbstractListModel>

namespace kessai::gui {

/// The hits of a search as a list: each row a document with its 件名, 文書番号, 状態, where the
/// match is (attachment and page) and the snippet with its highlights (HtmlRole, for the delegate).
class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        DocumentIdRole = Qt::UserRole + 1,
        AttachmentPositionRole,
        PageRole,
        HtmlRole ///< the row as rich text: heading line, then the snippet with <b> highlights
    };

    explicit SearchResultModel(QObject *parent = nullptr);

    void setHits(const QList<SearchHit> &hits);
    const SearchHit &hitAt(int row) const { return m_hits.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// The snippet as HTML, each highlight in bold on a marker colour; the rest escaped.
    static QString snippetHtml(const SearchHit &hit);
    /// "添付 2 予算.xlsx · 3ページ", or "" for a hit in the document's own text.
    static QString placeText(const SearchHit &hit);

private:
    QList<SearchHit> m_hits;
};

} // namespace kessai::gui
