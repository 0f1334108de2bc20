// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/ContentType.h"

#include <QList>
#include <QMetaType>
#include <QSizeF>
#include <QString>

namespace kessai::render {

/// One attachment of a dossier as the single view shows it: what it is, whether its pages can
/// be shown, and the size of every page (points) — known before any painting. While the pages
/// cannot be shown (loading, converting, locked, broken, unsupported) the item has one page:
/// a card saying so (CardPageSource).
struct DossierItem
{
    enum class State
    {
        Loading,    ///< being read; pageSizes is provisional
        Converting, ///< an office document waiting for its PDF rendition
        Ready,
        NeedsPassword, ///< an encrypted PDF: RenderEngine::unlock()
        Failed,        ///< broken or could not be converted: message says why
        Unsupported    ///< a type Kessai does not show
    };

    int index = 0;           ///< in the dossier, 0-based
    qint64 attachmentId = 0; ///< 0 for plain files
    int position = 0;        ///< 1-based, the document's order
    int versionNo = 0;
    QString name;
    QString sha256;
    qint64 size = 0;
    QString declaredMime;
    ContentType type;
    State state = State::Loading;
    QString message;             ///< the reason for Failed/Unsupported/NeedsPassword, or a note
    QList<QSizeF> pageSizes;     ///< points, as shown at rotation 0
    bool converted = false;      ///< the pages come from an office rendition
    QString encoding;            ///< text attachments: the detected encoding
    bool workInProgress = false; ///< the viewer's own edit in progress, not yet a version
    /// A file of the received document (収受) the 起案 answers, shown before the 起案's own
    /// attachments: "総務収第3号 · 北海道 · 2026-11-30" (収受番号, 差出人, 収受日). Empty for the
    /// 起案's own attachments.
    QString received;

    int pageCount() const { return int(pageSizes.size()); }
    bool isReady() const { return state == State::Ready; }
    bool isReceived() const { return !received.isEmpty(); }
    /// The item shows a card instead of its own pages.
    bool showsCard() const { return state != State::Ready; }
    /// loading, converting, ready, needs_password, failed, unsupported.
    static QString stateCode(State state);
};

} // namespace kessai::render

Q_DECLARE_METATYPE(kessai::render::DossierItem)
