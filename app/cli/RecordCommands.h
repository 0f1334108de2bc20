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
    /// Called by audit verify when --pdf is given.
    int verifyPdf(const QString &path);

private:
    CliContext &m_context;
};

} // namespace kessai::cli
