// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/search/SearchResultModel.h"

#include "core/DomainLabels.h"

namespace kessai::gui {

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void SearchResultModel::setHits(const QList<SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QString SearchResultModel::snippetHtml(const SearchHit &hit)
{
    QString html;
    int at = 0;
    for (const auto &[start, length] : hit.highlights) {
        html += hit.snippet.mid(at, start - at).toHtmlEscaped();
        html += QStringLiteral("<b style=\"background:#ffe680\">%1</b>")
                    .arg(hit.snippet.mid(start, length).toHtmlEscaped());
        at = start + length;
    }
    return html + hit.snippet.mid(at).toHtmlEscaped();
}

QString SearchResultModel::placeText(const SearchHit &hit)
{
    if (!hit.attachmentId)
        return {};
    return tr("Attachment %1 %2 · page %3").arg(hit.attachmentPosition).arg(hit.attachmentName).arg(hit.page);
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1  %2  [%3]")
            .arg(hit.title, hit.numberLabel, DomainLabels::label(hit.status));
    case Qt::ToolTipRole:
        return hit.snippet;
    case DocumentIdRole:
        return hit.documentId;
    case AttachmentPositionRole:
        return hit.attachmentPosition;
    case PageRole:
        return hit.page;
    case HtmlRole: {
        QString heading = QStringLiteral("<b>%1</b>").arg(hit.title.toHtmlEscaped());
        if (!hit.numberLabel.isEmpty())
            heading += QStringLiteral("　%1").arg(hit.numberLabel.toHtmlEscaped());
        heading += QStringLiteral("　<span style=\"color:#555\">[%1]</span>")
                       .arg(DomainLabels::label(hit.status).toHtmlEscaped());
        const QString place = placeText(hit);
        if (!place.isEmpty())
            heading +=
                QStringLiteral("<br><span style=\"color:#1a5fb4\">%1</span>").arg(place.toHtmlEscaped());
        return QString(heading +
                       QStringLiteral("<br><span style=\"color:#333\">%1</span>").arg(snippetHtml(hit)));
    }
    default:
        return {};
    }
}

} // namespace kessai::gui
