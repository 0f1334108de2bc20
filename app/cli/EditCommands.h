// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace kessai {
struct AttachmentRecord;
class StoreConnection;
} // namespace kessai

namespace kessai::cli {

class CliContext;

/// 直接編集 from the shell: versions, checkout, checkin, unlock and restore of an attachment.
/// checkout takes the edit lock and writes the current version to a file; checkin stores the
/// file as a new version if its content changed and releases the lock. A refusal (after 決裁,
/// someone else's lock) or a conflict (another version arrived since the checkout) exits with
/// 2, stores nothing and never touches the user's file.
class EditCommands
{
    Q_DECLARE_TR_FUNCTIONS(EditCommands)

public:
    explicit EditCommands(CliContext &context);

    static bool handles(const QString &command);
    int run(const QString &command, const QStringList &arguments);

    /// versions DOC POS
    int versions(const QStringList &arguments);
    /// checkout DOC POS OUT
    int checkout(const QStringList &arguments);
    /// checkin DOC POS FILE [--note N] [--keep-mine]
    int checkin(const QStringList &arguments);
    /// unlock DOC POS [--force] [--reason R]
    int unlock(const QStringList &arguments);
    /// restore DOC POS VERSION [--note N]
    int restore(const QStringList &arguments);

private:
    static AttachmentRecord attachmentAt(StoreConnection &connection, qint64 documentId, int position);

    CliContext &m_context;
};

} // namespace kessai::cli
