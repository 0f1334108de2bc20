// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>

namespace kessai::render {

/// What a PDF declares that Poppler cannot be stopped in the middle of, read from the file's
/// bytes before anything is drawn. Poppler asks its abort callback between drawing operators
/// of one content stream only: not while it decodes one image (a 50,000² image holds a thread
/// for minutes), and in effect not inside nested forms (each nested stream restarts the count
/// it checks by), so forms drawing forms drawing forms — 20 calls a level, seven levels — run
/// for hours. Both are refused from what the file declares.
///
/// Image and form XObjects are streams, and streams never sit in compressed object streams, so
/// their dictionaries are in the file as plain text. What escapes the scan: a /Width or
/// /Height given as an indirect object, resources given as an indirect object (their nesting is
/// not followed), inline images in compressed content. Those are bounded by the per-page time
/// only where Poppler checks it.
class PdfStructureScan
{
public:
    struct Result
    {
        QSize largestImage;     ///< width × height of the largest image XObject (empty: none)
        int formNesting = 0;    ///< the deepest chain of forms drawing forms (1: forms draw no form)
        bool formCycle = false; ///< a form draws itself, directly or through others
    };

    static Result scan(const QString &path);
    static Result scan(const QByteArray &pdf);
};

} // namespace kessai::render
