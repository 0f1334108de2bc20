// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/ReceiptRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace kessai {

class Session;
class StoreConnection;

/// ホットフォルダ: the folder a 課's multifunction scanner writes to. Its files are the 収受待ち
/// (waiting to be registered). A file is picked up only once it has stopped changing (a scan
/// still being written is left alone), and it leaves the folder only after the store has
/// committed its receipt: if the app stops in between, the file is still there, and picking it
/// up again finds the receipt already made (same name, same content) and only removes it.
/// A file that is empty, locked or unreadable stays, with its reason.
class HotFolder
{
    Q_DECLARE_TR_FUNCTIONS(HotFolder)

public:
    enum class FileState
    {
        Waiting,   ///< new or still changing: not picked up yet
        Ready,     ///< unchanged for the settle time, readable, not empty
        Empty,     ///< stays: nothing to register
        Locked,    ///< stays: the scanner holds it (a lock marker, or it cannot be opened)
        Unreadable ///< stays: no permission to read it
    };

    struct Entry
    {
        QString fileName;
        QString path;
        qint64 size = 0;
        QDateTime modified;
        FileState state = FileState::Waiting;
        QString reason; ///< why it is not Ready, for people
    };

    struct PickUp
    {
        qint64 documentId = 0;
        QString numberLabel;
        bool registeredBefore = false; ///< found already registered (an earlier run stopped midway)
        bool removed = false;          ///< the file left the folder
        /// It was no longer in the folder: another client watching it took it (or someone moved
        /// it). Nothing was registered here; problem says so.
        bool gone = false;
        QString problem;               ///< why it could not be removed (it stays; registered all the same)
    };

    using Clock = std::function<QDateTime()>;
    static constexpr qint64 kSettleMilliseconds = 2000;

    /// clock: for tests (default: the system clock).
    explicit HotFolder(const QString &directory, qint64 settleMilliseconds = kSettleMilliseconds, Clock clock = {});

    QString directory() const { return m_directory; }

    /// The files waiting in the folder, in name order, with their state. A file is Ready once this
    /// object has seen it with the same size and modification time for the settle time. Hidden
    /// files, temporary names (~…, ….tmp, ….part) and lock markers (….lock) are not listed.
    /// StoreError(BadData) when the folder cannot be read.
    QList<Entry> scan();

    /// Registers a Ready entry as a receipt (receipt's fields; the title defaults to the file's base
    /// name), its content attached, then removes the file. StoreError (BadData naming the file) when
    /// it changed since the scan: nothing is registered and it stays. A file no longer there is
    /// PickUp::gone. Several clients may watch one folder: a scan is registered once (the store's
    /// unique key on the unit, the file's name and its content), the others find that receipt.
    PickUp pickUp(StoreConnection &connection, const Session &session, const Entry &entry, ReceiptRecord receipt);

    /// The two halves of pickUp: the receipt committed (or found registered before) …
    PickUp store(StoreConnection &connection, const Session &session, const Entry &entry, ReceiptRecord receipt);
    /// … then the file removed, unless it changed after it was stored (a new scan of the same name).
    void remove(const Entry &entry, PickUp &pickUp);

    static QString stateCode(FileState state);

private:
    struct Seen
    {
        qint64 size = 0;
        QDateTime modified;
        QDateTime since;
    };
    static bool isTemporary(const QString &fileName);
    void classify(Entry &entry, const QDateTime &now);

    QString m_directory;
    qint64 m_settleMilliseconds;
    Clock m_clock;
    QHash<QString, Seen> m_seen;
};

} // namespace kessai
