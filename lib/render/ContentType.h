// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace kessai::render {

/// What an attachment's bytes are, decided from its content (magic bytes), with the declared
/// MIME type and the file name only as hints where the content alone cannot tell (CSV or
/// plain text, which kind of OLE2 file).
struct ContentType
{
    Q_DECLARE_TR_FUNCTIONS(ContentType)

public:
    enum class Kind
    {
        Pdf,
        Image,
        Text,
        Csv,
        Markdown,
        Office, ///< shown through a PDF rendition made by LibreOffice
        Empty,  ///< zero bytes
        Other   ///< not a type we can show: an "unsupported" card
    };

    Kind kind = Kind::Other;
    /// Short lowercase format name: pdf, png, jpeg, tiff, gif, bmp, webp, txt, csv, tsv, md,
    /// docx, xlsx, pptx, doc, xls, ppt, odt, ods, odp, odg, rtf; for Other what is known ("zip").
    QString format;
    QString mimeType; ///< of the content as detected
    /// Why the content differs from what the name says, e.g. "named .pdf but the content is a
    /// PNG image"; empty when they agree.
    QString mismatch;

    bool isText() const { return kind == Kind::Text || kind == Kind::Csv || kind == Kind::Markdown; }
    bool isOffice() const { return kind == Kind::Office; }
    /// A short description for people ("PDF", "Word document", "PNG image"), translated.
    QString label() const;
    /// The stable code of kind: pdf, image, text, csv, markdown, office, empty, other.
    static QString kindCode(Kind kind);
};

} // namespace kessai::render

Q_DECLARE_METATYPE(kessai::render::ContentType)
