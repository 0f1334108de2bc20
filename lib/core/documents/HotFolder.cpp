// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/HotFolder.h"

#include "core/content/AttachmentFile.h"
#include "core/content/BlobStore.h"
#include "core/content/StagedBlob.h"
#include "core/documents/AttachmentStore.h"
#include "core/documents/ReceiptStore.h"
#include "core/org/Session.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <memory>
#include <optional>

namespace kessai {

HotFolder::HotFolder(const QString &directory, qint64 settleMilliseconds, Clock clock)
    : m_directory(QDir::cleanPath(directory))
    , m_settleMilliseconds(settleMilliseconds)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{}

QString HotFolder::stateCode(FileState state)
{
    switch (state) {
    case FileState::Waiting:
        return QStringLiteral("waiting");
    case FileState::Ready:
        return QStringLiteral("ready");
    case FileState::Empty:
        return QStringLiteral("empty");
    case FileState::Locked:
        return QStringLiteral("locked");
    case FileState::Unreadable:
        return QStringLiteral("unreadable");
    }
    return {};
}

bool HotFolder::isTemporary(const QString &fileName)
{
    return fileName.startsWith(QLatin1Char('.')) || fileName.startsWith(QLatin1Char('~'))
           || fileName.endsWith(QLatin1String(".tmp"), Qt::CaseInsensitive)
           || fileName.endsWith(QLatin1String(".part"), Qt::CaseInsensitive)
           || fileName.endsWith(QLatin1String(".lock"), Qt::CaseInsensitive);
}

QList<HotFolder::Entry> HotFolder::scan()
{
    QDir dir(m_directory);
    if (!dir.exists() || !QFileInfo(m_directory).isReadable())
        throw StoreError(StoreError::Kind::BadData,
                         tr("the hot folder %1 does not exist or cannot be read").arg(QDir::toNativeSeparators(m_directory)));
    const QDateTime now = m_clock();
    const QFileInfoList files = dir.entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    QList<Entry> entries;
    QHash<QString, Seen> stillThere;
    for (const QFileInfo &info : files) {
        if (isTemporary(info.fileName()))
            continue;
        Entry entry;
        entry.fileName = info.fileName();
        entry.path = info.absoluteFilePath();
        entry.size = info.size();
        entry.modified = info.lastModified().toUTC();
        classify(entry, now);
        stillThere.insert(entry.fileName, m_seen.value(entry.fileName));
        entries.append(entry);
    }
    m_seen = stillThere; // forget what left the folder
    return entries;
}

void HotFolder::classify(Entry &entry, const QDateTime &now)
{
    auto seen = m_seen.find(entry.fileName);
    if (seen == m_seen.end() || seen->size != entry.size || seen->modified != entry.modified) {
        // New, or it changed since the last look: the settle time starts again.
        m_seen.insert(entry.fileName, {entry.size, entry.modified, now});
        entry.state = FileState::Waiting;
        entry.reason = seen == m_seen.end() ? tr("new: waiting until it stops changing")
                                            : tr("still being written: its size or time changed");
        return;
    }
    if (seen->since.msecsTo(now) < m_settleMilliseconds) {
        entry.state = FileState::Waiting;
        entry.reason = tr("waiting until it stops changing");
        return;
    }
    if (QFileInfo::exists(entry.path + QStringLiteral(".lock"))) {
        entry.state = FileState::Locked;
        entry.reason = tr("locked by the scanner (%1.lock is there)").arg(entry.fileName);
        return;
    }
    if (entry.size == 0) {
        entry.state = FileState::Empty;
        entry.reason = tr("the file is empty: nothing to register");
        return;
    }
    QFile file(entry.path);
    if (!file.open(QIODevice::ReadOnly)) {
        // Windows refuses to open a file the scanner still holds; elsewhere it is the permissions.
        const bool permissions = file.error() == QFileDevice::PermissionsError || !QFileInfo(entry.path).isReadable();
        entry.state = permissions ? FileState::Unreadable : FileState::Locked;
        entry.reason = permissions ? tr("cannot be read: %1").arg(file.errorString())
                                   : tr("cannot be opened, perhaps still held by the scanner: %1").arg(file.errorString());
        return;
    }
    entry.state = FileState::Ready;
    entry.reason.clear();
}

HotFolder::PickUp HotFolder::pickUp(StoreConnection &connection, const Session &session, const Entry &entry,
                                    ReceiptRecord receipt)
{
    PickUp result = store(connection, session, entry, std::move(receipt));
    if (!result.gone)
        remove(entry, result);
    return result;
}

HotFolder::PickUp HotFolder::store(StoreConnection &connection, const Session &session, const Entry &entry,
                                   ReceiptRecord receipt)
{
    const QString shown = QDir::toNativeSeparators(entry.path);
    if (entry.state != FileState::Ready)
        throw StoreError(StoreError::Kind::BadData, tr("%1 is not ready to be registered: %2").arg(shown, entry.reason));
    // Another client watching the folder may take the file at any moment until it is read.
    auto gone = [&shown] {
        PickUp taken;
        taken.gone = true;
        taken.problem = tr("%1 is no longer in the hot folder: another client may have registered it").arg(shown);
        return taken;
    };
    const QFileInfo now(entry.path);
    if (!now.exists())
        return gone();
    if (now.size() != entry.size || now.lastModified().toUTC() != entry.modified)
        throw StoreError(StoreError::Kind::BadData,
                         tr("%1 changed since it was listed: it stays, look again").arg(shown));
    AttachmentStore attachments(connection);
    std::optional<AttachmentFile> file;
    std::optional<StagedBlob> staging;
    try {
        file.emplace(AttachmentFile::inspect(entry.path, attachments.sizeLimit()));
        // Streamed in before the transaction (short commits of its own), like any attachment.
        const std::unique_ptr<QFile> content = file->open();
        staging.emplace(BlobStore(connection).stage(*content, shown));
    } catch (const StoreError &) {
        if (!QFileInfo::exists(entry.path))
            return gone();
        throw;
    }
    StagedBlob &staged = *staging;
    if (staged.size() != entry.size)
        throw StoreError(StoreError::Kind::BadData,
                         tr("%1 changed while it was being read (%2 bytes instead of %3): it stays")
                             .arg(shown)
                             .arg(staged.size())
                             .arg(entry.size));
    const qint64 unitId = receipt.unitId ? receipt.unitId : session.user().unitId;
    ReceiptStore receipts(connection);
    PickUp result;
    auto registeredBefore = [&] {
        const auto before = receipts.findPickedUp(unitId, entry.fileName, staged.sha256());
        if (before) {
            result.documentId = before->documentId;
            result.numberLabel = before->numberLabel;
            result.registeredBefore = true;
        }
        return before.has_value();
    };
    if (receipt.title.trimmed().isEmpty())
        receipt.title = QFileInfo(entry.fileName).completeBaseName();
    receipt.unitId = unitId;
    receipt.sourceFile = entry.fileName;
    receipt.sourceSha256 = staged.sha256();
    // Another client watching the same folder may register this file at the same moment: the
    // store's unique key (unit, name, content) lets one receipt through. Looked for inside the
    // transaction (SQLite's writers take turns: the other's commit is seen here); on PostgreSQL
    // the second insert waits for the first and fails, and the first one's receipt is found.
    try {
        Transaction transaction(connection);
        if (registeredBefore())
            return result;
        result.documentId = receipts.registerReceipt(session, receipt);
        const BlobStore::Blob blob = BlobStore(connection).publish(staged);
        attachments.attachBlob(session, result.documentId, blob.sha256,
                               {file->originalName(), {}, file->mimeType()});
        transaction.commit();
    } catch (const StoreError &) {
        result = {};
        if (registeredBefore())
            return result;
        throw;
    }
    result.numberLabel = receipts.receipt(result.documentId)->numberLabel;
    return result;
}

void HotFolder::remove(const Entry &entry, PickUp &pickUp)
{
    const QFileInfo now(entry.path);
    if (!now.exists()) {
        pickUp.removed = true;
        return;
    }
    if (now.size() != entry.size || now.lastModified().toUTC() != entry.modified) {
        pickUp.problem = tr("%1 changed after it was registered: it stays in the folder")
                             .arg(QDir::toNativeSeparators(entry.path));
        return;
    }
    QFile file(entry.path);
    pickUp.removed = file.remove();
    if (!pickUp.removed)
        pickUp.problem = tr("%1 is registered as %2 but could not be removed: %3")
                             .arg(QDir::toNativeSeparators(entry.path), pickUp.numberLabel, file.errorString());
}

} // namespace kessai
