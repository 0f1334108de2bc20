// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSizeF>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

namespace kessai::render {

/// The qpdf side of the record PDF (RecordPdfWriter): copies pages of PDF files exactly (content
/// streams, fonts and text untouched), lays a generated overlay page over each, and adds the
/// bookmarks, embedded files and document information; writes through QSaveFile so the file
/// appears complete or not at all. All of qpdf stays in this class.
class RecordPdfAssembly
{
    Q_DECLARE_TR_FUNCTIONS(RecordPdfAssembly)

public:
    /// A PDF to copy pages from (path empty: the item has no PDF pages).
    struct Source
    {
        QString path;
        QString password;
    };
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
    struct EmbeddedFile
    {
        QString path;
        QString name;
        QString mimeType;
        QString description;
    };

    /// The displayed page sizes (points, rotation applied) of a PDF; nullopt with why set when it
    /// cannot be opened (why == passwordProblem() for a wrong or missing password).
    static std::optional<QList<QSizeF>> pageSizes(const QString &path, const QString &password, QString *why);
    static QString passwordProblem();

    void setSources(const QString &generated, const QString &overlay, const QList<Source> &sources);
    /// progress(pages done) returns false to stop. False with error() on failure.
    bool write(const QList<OutputPage> &pages, const QList<Bookmark> &bookmarks, const QList<EmbeddedFile> &files,
               const QList<std::pair<QString, QString>> &information, const QString &path,
               const std::function<bool(int)> &progress);
    QString error() const { return m_error; }

private:
    QString m_generated;
    QString m_overlay;
    QList<Source> m_sources;
    QString m_error;
};

} // namespace kessai::render
