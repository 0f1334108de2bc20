// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace kessai::cli {

class CliContext;

/// render DOC --out DIR: every page of a document's attachments, in order, to PNG files
/// through the single view's render engine. convert DOC: make the PDF renditions of its office
/// attachments now (what the single view would otherwise wait for).
class RenderCommands
{
    Q_DECLARE_TR_FUNCTIONS(RenderCommands)

public:
    /// Exit status when the dossier was written but some attachment could not be rendered.
    static constexpr int ExitIncomplete = 3;

    explicit RenderCommands(CliContext &context);

    int render(const QStringList &arguments);
    int convert(const QStringList &arguments);

private:
    CliContext &m_context;
};

} // namespace kessai::cli
