// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workflow/EnforcementCodes.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace kessai {

/// 施行の記録: how a decided document went out — 施行日, 施行先 (one or many destinations,
/// from the shared list of correspondents, 差出人の一覧), 施行方法, 公印 (押印 / 公印省略), who
/// checked the 浄書 (fair copy) and when, and the 施行文書 (the attachment issued, exactly as
/// decided). Written once, with the 施行 itself (EnforcementStore::record).
struct Enforcement
{
    /// 施行先: a name from the list of correspondents (senders.id, 0 until stored).
    struct Destination
    {
        qint64 correspondentId = 0;
        QString name;
    };

    qint64 documentId = 0;
    QDate enforcedOn; ///< 施行日 (invalid = today)
    QList<Destination> destinations;
    EnforcementMethod method = EnforcementMethod::Post;
    OfficialSeal seal = OfficialSeal::Affixed;
    qint64 fairCopyCheckerId = 0; ///< 浄書確認者 (0: none recorded)
    QString fairCopyCheckerName;  ///< display name, as read back
    QString fairCopyCheckerLogin;
    QDateTime fairCopyCheckedAt;
    qint64 issuedAttachmentId = 0; ///< 施行文書 (0: none marked)
    QString issuedAttachmentName;
    int issuedVersionNo = 0;
    QString issuedSha256;
    qint64 recordedById = 0;
    QString recordedByName;
    QDateTime recordedAt;

    QStringList destinationNames() const;
    /// As the audit event, kessai-cli enforce --json and the request's outcome file give it:
    /// enforced_on, destinations, method, seal, fair_copy_checked_by (login or null),
    /// issued_attachment ({id, name, version, sha256} or null).
    QJsonObject toJson() const;
};

} // namespace kessai
