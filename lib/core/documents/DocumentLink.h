// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace kessai {

/// A link to one document (文書へのリンク), to put in a mail such as 「決裁をお願いします」:
/// either the URL kessai://ID (optionally ?database=URL) or a small ".kessai" file naming the
/// database and the document:
///
///     [Kessai Link]
///     Database=postgresql://kessai.example.lg.jp/kessai
///     Document=42
///
/// Opening one shows that document's single view (一覧表示). A relative SQLite path in a file
/// is taken relative to the file's folder (a link next to a shared database keeps working).
class DocumentLink
{
    Q_DECLARE_TR_FUNCTIONS(DocumentLink)

public:
    static constexpr auto kScheme = "kessai";
    static constexpr auto kFileSuffix = ".kessai";
    static constexpr auto kFileGroup = "[Kessai Link]";
    /// A link file is a few lines; anything bigger is not one.
    static constexpr qint64 kMaxFileSize = 16 * 1024;

    DocumentLink() = default;
    DocumentLink(qint64 documentId, QString database);

    /// A kessai: URL, a file:// URL or a path of a .kessai file. On failure returns an invalid
    /// link and sets error to a sentence naming the argument (or file and line) and the reason.
    static DocumentLink parse(const QString &argument, QString *error);
    /// The contents of a .kessai file (file names where it was read, for messages and the folder).
    static DocumentLink fromFileContents(const QByteArray &contents, const QString &fileName, QString *error);

    bool isValid() const { return m_documentId > 0; }
    qint64 documentId() const { return m_documentId; }
    /// The database named by the link; empty: the user's usual one.
    QString database() const { return m_database; }

    QString toUrl() const;
    QByteArray toFileContents() const;

private:
    static DocumentLink fromUrl(const QString &argument, QString *error);
    static DocumentLink fromFile(const QString &path, QString *error);

    qint64 m_documentId = 0;
    QString m_database;
};

} // namespace kessai
