// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/search/SearchIndexStore.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace kessai::render {

/// 本文抽出: the text of one content for the search index, page by page — a PDF's text layer
/// (Poppler), a text/CSV/Markdown file's text, an office file's text through its PDF rendition —
/// and which pages hold no usable text and need OCR (images, scanned or garbage PDF pages).
/// Pure file work: no store, any thread.
class ContentTextExtractor
{
    Q_DECLARE_TR_FUNCTIONS(ContentTextExtractor)

public:
    /// Characters of a text file per index page (a page of text is about this long).
    static constexpr int kTextPageLength = 3000;

    struct Input
    {
        QString path;          ///< the content's bytes
        QString name;          ///< the attachment's name (a hint for the type)
        QString mimeType;      ///< as recorded (a hint)
        QString renditionPath; ///< office files: the PDF rendition ('' while there is none)
    };

    struct Result
    {
        bool waitForRendition = false; ///< an office file not converted yet: try again later
        QList<ExtractedPage> pages;
        ContentExtraction state;
    };

    static Result extract(const Input &input);

    /// The image of a page to OCR (page 1-based): an image file's frame, or a PDF page rendered
    /// at 300 dpi. Null with why in error when it cannot be made.
    static QImage pageImage(const QString &path, int page, QString *error);

    /// Whether a PDF page's text layer is worth indexing: enough letters, and not mostly
    /// replacement or private-use characters (a broken font encoding).
    static bool isUsableText(const QString &text);

    static QString extractorName();
};

} // namespace kessai::render
