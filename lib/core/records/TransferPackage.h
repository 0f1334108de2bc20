// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace kessai {

class StoreConnection;

/// 移管 package of a 簿冊 for the archives: one folder per 簿冊 holding, for each document, its
/// cover (cover.txt: 件名, 文書番号, 起案者, 決裁日, 伺い文 and the route with who acted when) and
/// its attachments as stored (current versions, in order), plus manifest.json (the 簿冊 as the
/// 管理簿 lists it, every document with its fields and route, every file with its SHA-256 and
/// size) and SHA256SUMS (sha256sum's format). Content is read with its hash checked; the folder
/// is written under a temporary name and renamed when complete, so a failure leaves no package.
class TransferPackage
{
    Q_DECLARE_TR_FUNCTIONS(TransferPackage)

public:
    explicit TransferPackage(StoreConnection &connection);

    /// Writes the package of fileId under outDir; returns the folder's path. progress(done,
    /// total) after each document; returning false cancels (StoreError Cancelled, nothing left).
    QString write(qint64 fileId, const QString &outDir, const std::function<bool(int, int)> &progress = {});

private:
    StoreConnection &m_connection;
};

} // namespace kessai
