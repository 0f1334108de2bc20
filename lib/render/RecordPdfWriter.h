// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workflow/CoverSheet.h"
#include "render/CardPageSource.h"

#include <QCoreApplication>
#include <QList>
#include <QSizeF>
#include <QString>

#include <functional>

namespace kessai::render {

class RenderEngine;

/// Writes the 原議 (record PDF) of a document: the 鑑 (CoverSheetPainter) with its 決裁欄, then
/// every attachment in order, one bookmark each; the original files embedded; title, subject,
/// author and keywords set; a last page naming the 決裁 event of the audit log (position and
/// hash, also in the document information for kessai-cli audit verify --pdf); before 決裁 the
/// 「未決裁」 watermark on every page, and a footer with the 文書番号 and n / N.
///
/// The pages of PDF attachments (and office renditions) are copied exactly with qpdf: their
/// text stays text and nothing is rasterized. The 鑑, images, text files, cards for what cannot
/// be shown, and the footer/watermark overlay are drawn with QPdfWriter and put together with
/// the copied pages by qpdf. The file appears complete or not at all (QSaveFile). Runs on any
/// thread; nothing here touches widgets.
class RecordPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(RecordPdfWriter)

public:
    /// One attachment as it goes into the record.
    struct Attachment
    {
        enum class Kind
        {
            Pdf,   ///< pdfPath holds pages to copy (the PDF itself, or an office rendition)
            Image, ///< originalPath is an image: one page
            Text,  ///< originalPath is text: laid out on A4 pages
            Card   ///< cannot be shown: a page saying which file and why
        };
        Kind kind = Kind::Card;
        int position = 0;
        QString name;
        QString originalPath; ///< embedded as it is (empty: nothing to embed)
        QString mimeType;
        QString sha256;
        QString pdfPath;
        QString password; ///< of an encrypted PDF the user unlocked
        CardPageSource::Content card;
    };

    /// done / total pages; return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    /// The attachments of a dossier the engine has opened and settled (no item loading or
    /// converting); passwords: item index → the password that unlocked it.
    static QList<Attachment> fromEngine(const RenderEngine &engine, const QHash<int, QString> &passwords = {});
    /// Runs an event loop until the engine (asked to open a dossier) has every item read and
    /// converted, trying password on each locked PDF; unlocked gets the items it opened. False
    /// with why set when the dossier cannot be read or the time is up.
    static bool settle(RenderEngine &engine, int timeoutMs, const QString &password, QHash<int, QString> *unlocked,
                       QString *why);

    /// Writes the record to path. False with error() set (and nothing left at path) on failure
    /// or cancel.
    bool write(const CoverSheet &sheet, const QList<Attachment> &attachments, const QString &path,
               const Progress &progress = {});
    QString error() const { return m_error; }
    int pageCount() const { return m_pageCount; }
    /// Writes PDF/A-1b instead (ISO 19005-1, for archiving): refused before 決裁, and for an
    /// attachment whose pages PDF/A-1 does not allow (fonts not embedded, transparency …);
    /// the originals are not embedded (PDF/A-1 forbids it), their SHA-256 stay on the record page.
    void setPdfA(bool pdfA) { m_pdfA = pdfA; }

    /// Document information keys that tie the file to the audit log.
    static constexpr const char *kDocumentKey = "KessaiDocument";
    static constexpr const char *kEventKey = "KessaiAuditEvent";
    static constexpr const char *kHashKey = "KessaiAuditHash";
    /// The document is not decided (「未決裁」): no 決裁 event.
    static bool undecided(const CoverSheet &sheet);

private:
    QString m_error;
    int m_pageCount = 0;
    bool m_pdfA = false;
};

} // namespace kessai::render
