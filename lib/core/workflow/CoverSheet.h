// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/DocumentRecord.h"
#include "core/workflow/Enforcement.h"
#include "core/workflow/RouteStep.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace kessai {

/// Everything the 鑑 (cover sheet) of a document shows, read in one go by CoverSheetReader: the
/// fields, the route for the 決裁欄 (approval boxes), whose データ印 (date seal) goes where, the
/// 記事 (remarks: 差戻し history, comments, 修正, 鑑への付記) and the 決裁 event of the audit log.
struct CoverSheet
{
    /// What a データ印 needs of a person: the unit's short name on top, the surname below.
    struct SealOwner
    {
        QString surname;
        QString unitShortName;
    };

    /// One line of the 記事 area.
    struct Remark
    {
        QDateTime at;
        QString who;  ///< 職 and name
        QString what; ///< 差戻し, 却下, 修正 …, translated
        QString text; ///< the comment or note itself
    };

    /// The audit event of the 決裁 (or 代決): the record PDF names it so it can be checked.
    struct Decision
    {
        qint64 eventId = 0; ///< 0: not decided (yet)
        QString hash;       ///< the chain hash of that event
        QDateTime at;
        QString action; ///< workflow.decide or workflow.proxy_decide
    };

    DocumentRecord document;
    QString organizationName;
    QString drafterTitle;     ///< 職
    QString drafterUnitName;  ///< 所属
    QString drafterExtension; ///< 内線, from the organization data (users.extension; blank line when empty)
    std::optional<Disposition> disposition; ///< 満了時の措置, from the 簿冊 (nullopt: no 簿冊)
    QList<RouteStep> route;   ///< 回議 order
    QHash<qint64, SealOwner> owners; ///< user id → seal contents
    QList<Remark> remarks;           ///< oldest first
    Decision decision;
    /// The 施行 (施行日, 施行先, 方法, 公印, 浄書確認), once recorded.
    std::optional<Enforcement> enforcement;

    /// The seal contents of userId (a blank seal for an unknown user).
    SealOwner owner(qint64 userId) const { return owners.value(userId); }
    /// The surname of a display name: the part before the first space ("山田 太郎" → "山田").
    static QString surnameOf(const QString &displayName);
};

} // namespace kessai
