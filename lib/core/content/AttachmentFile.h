// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/BlobStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

class QFile;

namespace kessai {

/// A file on this machine offered as an attachment, checked before anything is stored: it
/// exists, is a regular readable file, is not empty and not over the size limit. Every
/// failure is a StoreError(BadData) whose message names the file and the reason.
///
/// The path is kept as raw bytes (from QFile::encodeName or a file URL), so a name that is
/// not valid UTF-8 can still be opened; the name shown is decoded faithfully.
class AttachmentFile
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentFile)

public:
    static AttachmentFile inspect(const QByteArray &rawPath, qint64 sizeLimit);
    static AttachmentFile inspect(const QString &path, qint64 sizeLimit);

    QByteArray rawPath() const { return m_rawPath; }
    QString displayPath() const { return m_displayPath; }
    QString originalName() const { return m_originalName; }
    qint64 size() const { return m_size; }
    QString mimeType() const { return m_mimeType; }

    /// Opens the file for reading; throws BadData if it vanished or became unreadable.
    std::unique_ptr<QFile> open() const;
    /// SHA-256 (lowercase hex), streamed in 1 MiB reads. Progress returning false cancels
    /// (StoreError::Cancelled).
    QString sha256(const BlobStore::Progress &progress = {}) const;

private:
    QByteArray m_rawPath;
    QString m_displayPath;
    QString m_originalName;
    qint64 m_size = 0;
    QString m_mimeType;
};

} // namespace kessai
