// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QSizeF>
#include <QString>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace kessai::render {

/// The qpdf side of the record PDF (RecordPdfWriter): copies pages of PDF files exactly (content
/// streams, fonts and text untouched), lays generated stamps (footer, watermark) over each, and adds the
/// bookmarks, embedded files and document information; writes through QSaveFile so the file
/// appears complete or not at all. All of qpdf stays in this class.
class RecordPdfAssembly
{
    Q_DECLARE_TR_FUNCTIONS(RecordPdfAssembly)

public:
    /// One page of the output: page of source (−1: of the generated PDF), and its size.
    struct OutputPage
    {
        int source = -1;
        int page = 0;
        QSizeF size;
    };
    struct Bookmark
    {
        QString title;
        int page = 0;
    };
    /// What lies over one output page: a frame (a page of the stamp PDF, page-sized) and marks
    /// (small stamp pages, e.g. the digits of the page number) placed in the frame's coordinates
    /// (points, y up). Frames and marks are drawn once and shared by every page that uses them.
    struct Mark
    {
        int stamp = 0;
        QPointF offset;
    };
    struct Overlay
    {
        int frame = -1; ///< −1: nothing over this page
        QList<Mark> marks;
    };
    struct EmbeddedFile
    {
        QString path;
        QString name;
        QString mimeType;
        QString description;
    };

    RecordPdfAssembly();
    ~RecordPdfAssembly();
    Q_DISABLE_COPY_MOVE(RecordPdfAssembly)

    /// Opens a PDF whose pages go into the record and keeps it open until written (each file is
    /// read once): its index for OutputPage::source, and its displayed page sizes (points,
    /// rotation applied). −1 with why set when it cannot be opened (why == passwordProblem()
    /// for a wrong or missing password).
    int open(const QString &path, const QString &password, QList<QSizeF> *sizes, QString *why);
    static QString passwordProblem();
    /// For a PDF/A-1b record: why the pages of the PDF opened as source cannot go into one
    /// (fonts not embedded, transparency, CMYK without its profile …); empty when they can.
    QString pdfAObstacle(int source);

    /// The PDFs Kessai drew: its own pages, and the stamps laid over the output pages
    /// (overlays: one per output page, in order).
    void setGenerated(const QString &generated, const QString &stamps, const QList<Overlay> &overlays);
    /// Writes PDF/A-1b (ISO 19005-1, level B): XMP metadata matching the document information,
    /// the sRGB output intent, PDF 1.4 without object streams. Embedded files are not allowed
    /// in PDF/A-1: the caller passes none.
    void setPdfA(bool pdfA) { m_pdfA = pdfA; }
    /// progress(pages done) returns false to stop. False with error() on failure.
    bool write(const QList<OutputPage> &pages, const QList<Bookmark> &bookmarks, const QList<EmbeddedFile> &files,
               const QList<std::pair<QString, QString>> &information, const QString &path,
               const std::function<bool(int)> &progress);
    QString error() const { return m_error; }

private:
    struct Opened;
    QString m_generated;
    QString m_stamps;
    QList<Overlay> m_overlays;
    std::vector<std::unique_ptr<Opened>> m_sources;
    QString m_error;
    bool m_pdfA = false;
};

} // namespace kessai::render
