// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace kessai {

/// 編集セッション: one user editing one attachment from one machine. Saves are coalesced into
/// the working content; the end makes at most one new version.
struct EditSessionRecord
{
    enum class State
    {
        Open,      ///< editing; holds the lock
        Finished,  ///< ended; resultVersion is the version it made (0: content unchanged)
        Discarded, ///< ended without a version (its working content stays readable)
        Broken     ///< its lock was broken; the owner may still finish or discard it
    };

    qint64 id = 0;
    qint64 attachmentId = 0;
    qint64 documentId = 0;
    qint64 userId = 0;
    QString userLogin;
    QString userName;
    QString machine;
    int baseVersion = 0;    ///< the version the session started from
    QString baseSha256;     ///< its content
    QString workingSha256;  ///< the content as last saved (empty: nothing saved yet)
    qint64 workingSize = 0; ///< its size
    int saves = 0;          ///< saves that changed the working content
    State state = State::Open;
    QDateTime startedAt;
    QDateTime lastSavedAt;
    QDateTime endedAt;
    int resultVersion = 0;
    QString note;
    bool resumed = false; ///< begin() found this session already open for the same user and machine

    bool isEnded() const { return state == State::Finished || state == State::Discarded; }
    /// The content the user is working on: the last save, else the base version's.
    QString currentSha256() const { return workingSha256.isEmpty() ? baseSha256 : workingSha256; }
    static QString toCode(State state);
    static State fromCode(const QString &code);
};

} // namespace kessai
