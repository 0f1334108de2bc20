// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace kessai::cli {

class CliContext;

/// export-pdf DOC --out FILE: the 原議 (record PDF) of a document — the 鑑 with its 決裁欄, every
/// attachment in order, the originals embedded, the 決裁 event of the audit log named.
/// audit verify --pdf FILE (verifyPdf): whether such a file matches the store's audit log.
class RecordCommands
{
    Q_DECLARE_TR_FUNCTIONS(RecordCommands)

public:
    explicit RecordCommands(CliContext &context);

    int exportPdf(const QStringList &arguments);

    /// What writeRecordPdf wrote.
    struct Written
    {
        int pages = 0;
        bool decided = false;
        qint64 auditEvent = 0;
    };
    /// Writes the record PDF (原議) of a document to out as export-pdf does (also the 原議 of
    /// each document in a 移管 package, kessai-cli file transfer). Throws CliError.
    Written writeRecordPdf(qint64 documentId, const QString &out, int timeoutSeconds, const QString &password,
                           bool pdfA = false);
    /// Called by audit verify when --pdf is given.
    int verifyPdf(const QString &path);

private:
    CliContext &m_context;
};

} // namespace kessai::cli
