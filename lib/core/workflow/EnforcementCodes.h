// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DomainEnums.h"

#include <QList>
#include <QString>

#include <optional>

namespace kessai {

/// 施行方法: how a decided document is sent out — 郵送 (post), 電子メール (email), 手渡し (hand),
/// 庁内 (internal mail), 掲示 (notice board), システム連携 (another business system).
enum class EnforcementMethod
{
    Post,
    Email,
    Hand,
    Internal,
    NoticeBoard,
    System
};

/// 公印: the official seal on what is sent — 押印 (affixed) or 公印省略 (omitted).
enum class OfficialSeal
{
    Affixed,
    Omitted
};

QString toCode(EnforcementMethod value);
QString toCode(OfficialSeal value);
template <>
std::optional<EnforcementMethod> fromCode<EnforcementMethod>(const QString &code);
template <>
std::optional<OfficialSeal> fromCode<OfficialSeal>(const QString &code);

/// The words people read (translated): 郵送, 公印省略 ….
QString enforcementMethodLabel(EnforcementMethod value);
QString officialSealLabel(OfficialSeal value);
/// Every method code, in order, for help texts and messages: "post, email, hand, …".
QString enforcementMethodCodes();
/// Every method, in order (the GUI's list).
QList<EnforcementMethod> enforcementMethods();

} // namespace kessai
