// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace kessai {
struct AttachmentRecord;
}

namespace kessai::cli {

class CliContext;

/// A document's attachments: attachments DOC, attachment move|rename|remove, export-blob.
class AttachmentCommands
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentCommands)

public:
    explicit AttachmentCommands(CliContext &context);

    /// attachments DOC
    int list(const QStringList &arguments);
    /// attachment move|rename|remove DOC POS ...
    int attachment(const QStringList &arguments);
    /// export-blob DOC POS OUT
    int exportBlob(const QStringList &arguments);

    /// Text columns: position, display name, MIME type, size, sha256.
    static const QStringList &attachmentColumns();
    static QJsonObject attachmentJson(const AttachmentRecord &attachment);

private:
    int move(const QStringList &arguments);
    int rename(const QStringList &arguments);
    int remove(const QStringList &arguments);

    CliContext &m_context;
};

} // namespace kessai::cli
