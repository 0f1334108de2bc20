// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <utility>

class QPDF;
class QPDFPageObjectHelper;

namespace kessai::render {

/// PDF/A-1b (ISO 19005-1, conformance level B: the pages look the same in any reader, years on)
/// on the qpdf side of the record PDF (RecordPdfAssembly): what a copied page must not use, and
/// the marks a conforming file carries — XMP metadata saying so and matching the document
/// information, and the sRGB output intent that gives DeviceRGB and DeviceGray their meaning.
/// The check is not a full validator (veraPDF is not packaged for Debian): it refuses what
/// attachments really bring — fonts not embedded, transparency, JPEG 2000, CMYK colour without
/// a CMYK profile, hidden or non-printing annotations.
class PdfA1b
{
    Q_DECLARE_TR_FUNCTIONS(PdfA1b)

public:
    /// The output intent's condition (and the profile's colour space).
    static constexpr const char *kOutputCondition = "sRGB IEC61966-2.1";

    /// Why page cannot go into a PDF/A-1 file as it is (the first reason found); empty when it can.
    static QString obstacle(QPDFPageObjectHelper &page);
    /// Adds the XMP metadata (pdfaid part 1, conformance B; title, author, subject, keywords,
    /// creator, dates and Kessai's own keys, as in the document information) and the output intent.
    static void mark(QPDF &pdf, const QList<std::pair<QString, QString>> &information, const QDateTime &created);
    /// The XMP packet mark() embeds.
    static QByteArray xmp(const QList<std::pair<QString, QString>> &information, const QDateTime &created);
    /// The sRGB ICC profile of the output intent: the one Qt's own PDF/A writer embeds
    /// (sRGB2014, International Color Consortium), else the one Qt generates for QColorSpace::SRgb.
    static QByteArray srgbProfile();
};

} // namespace kessai::render
