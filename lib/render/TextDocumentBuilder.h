// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/ContentType.h"

#include <QCoreApplication>
#include <QList>
#include <QSizeF>
#include <QStringList>

#include <memory>
#include <vector>

class QPaintDevice;
class QTextDocument;

namespace kessai::render {

/// Lays text attachments out as A4 pages with QTextDocument (units: points): plain text in a
/// monospaced Japanese font, CSV as a table whose header row repeats on every page (landscape
/// when it has many columns), Markdown rendered. Long inputs are split into sections (each its
/// own document) so that layout time and memory stay linear.
class TextDocumentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(TextDocumentBuilder)

public:
    static constexpr qreal kA4Width = 595.28;
    static constexpr qreal kA4Height = 841.89;
    static constexpr qreal kMargin = 42.0; ///< about 15 mm
    static constexpr int kLinesPerSection = 2000;
    static constexpr int kRowsPerSection = 250;
    static constexpr int kLandscapeColumns = 8;
    static constexpr qsizetype kMaxCharacters = 8 * 1024 * 1024;
    static constexpr qsizetype kLongestParagraph = 2000; ///< longer lines are cut (layout time)

    struct Section
    {
        std::unique_ptr<QTextDocument> document;
        QSizeF pageSize;
        int pages = 0;
    };

    /// Builds the sections for text of the given kind (Text, Csv or Markdown; format "tsv"
    /// splits on tabs). layoutDevice (72 dpi) must outlive the documents. Call it, and use and
    /// destroy the documents, on the TextLayoutThread only: their layout keeps that thread's
    /// font engines.
    static std::vector<Section> build(const QString &text, ContentType::Kind kind, const QString &format,
                                      QPaintDevice *layoutDevice);

    /// RFC 4180 fields, leniently: an unterminated quote runs to the end, ragged rows are kept.
    static QList<QStringList> parseCsv(const QString &text, QChar separator);
};

} // namespace kessai::render
