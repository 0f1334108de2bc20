// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace kessai {

class StoreConnection;

/// 移管 package of a 簿冊 for the archives: one folder (or one zip of it) per 簿冊 holding, for
/// each document, its 原議 (原議.pdf: the record PDF RecordPdfWriter makes, the same file as
/// kessai-cli export-pdf; the caller makes it, lib/core does not paint), its cover (cover.txt:
/// 件名, 文書番号, 起案者, 決裁日, 伺い文 and the route with who acted when) and its attachments as
/// stored (current versions, in order), plus manifest.json (the 簿冊 as the 管理簿 lists it, every
/// document with its fields and route, every file with its SHA-256 and size) and SHA256SUMS
/// (sha256sum's format). Content is read with its hash checked; the package is written under a
/// temporary name and renamed when complete, so a failure leaves no package.
class TransferPackage
{
    Q_DECLARE_TR_FUNCTIONS(TransferPackage)

public:
    explicit TransferPackage(StoreConnection &connection);

    struct Options
    {
        /// Document id → its 原議 PDF, made beforehand (RecordPdfWriter). Every document of the
        /// 簿冊 needs one: a package without its 原議 is refused.
        QHash<qint64, QString> recordPdfs;
        /// One zip (ZipArchive) instead of the folder.
        bool zip = false;
    };
    /// The name of each document's 原議 in the package.
    static QString recordPdfName();

    /// The documents of the 簿冊, in the package's order (whose 原議 the caller makes first).
    QList<qint64> documentIds(qint64 fileId);
    /// Writes the package of fileId under outDir; returns the path of the folder (or zip).
    /// progress(done, total) after each document; returning false cancels (StoreError
    /// Cancelled, nothing left).
    QString write(qint64 fileId, const QString &outDir, const Options &options,
                  const std::function<bool(int, int)> &progress = {});

private:
    StoreConnection &m_connection;
};

} // namespace kessai
