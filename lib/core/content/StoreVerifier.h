// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace kessai {

class StoreConnection;

/// 検証: checks everything the store keeps that can be checked — every stored content (its
/// chunks all there, none extra, each of the right size, the SHA-256 of the whole), the sizes
/// the attachment versions record, chunks that belong to nothing, and the audit log's hash
/// chain — and reports every problem found, one line each. It only reads, one chunk per query
/// and no transaction, so other clients keep working meanwhile. Used by `kessai-cli store
/// verify` and Tools → 検証.
class StoreVerifier
{
    Q_DECLARE_TR_FUNCTIONS(StoreVerifier)

public:
    struct Progress
    {
        qint64 bytesDone = 0;
        qint64 bytesTotal = 0;
        qint64 blobsDone = 0;
        qint64 blobsTotal = 0;
    };
    /// Called after each chunk; return false to cancel (run() then throws StoreError(Cancelled)).
    using ProgressCallback = std::function<bool(const Progress &)>;

    struct Report
    {
        qint64 blobsChecked = 0;
        qint64 bytesChecked = 0;
        qint64 auditEventsChecked = 0;
        qint64 stagedUploads = 0; ///< uploads in progress or abandoned: not a problem, discarded in time
        QStringList problems;     ///< one line each, naming what is affected and what is wrong
        bool ok() const { return problems.isEmpty(); }
    };

    explicit StoreVerifier(StoreConnection &connection);

    Report run(const ProgressCallback &progress = {});

private:
    void checkBlobs(Report &report, const ProgressCallback &progress);
    void checkRecordedSizes(Report &report);
    void checkOrphanChunks(Report &report);
    void checkAuditLog(Report &report);

    StoreConnection &m_connection;
};

} // namespace kessai
