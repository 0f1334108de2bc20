// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DomainEnums.h"

#include <QString>

#include <optional>

namespace kessai {

/// 収受区分: how a received document arrived — 郵送 (post), 持参 (hand), 電子メール (email),
/// 庁内 (internal mail), ファクス (fax).
enum class ReceiptChannel
{
    Post,
    Hand,
    Email,
    Internal,
    Fax
};

/// 処理区分: what is to be done with it — 供覧 (circulate), 起案 (answer by a draft), 保存のみ
/// (file only).
enum class ReceiptHandling
{
    Circulate,
    Draft,
    FileOnly
};

QString toCode(ReceiptChannel value);
QString toCode(ReceiptHandling value);
template <>
std::optional<ReceiptChannel> fromCode<ReceiptChannel>(const QString &code);
template <>
std::optional<ReceiptHandling> fromCode<ReceiptHandling>(const QString &code);

/// The words people read (translated): 郵送, 供覧 ….
QString receiptChannelLabel(ReceiptChannel value);
QString receiptHandlingLabel(ReceiptHandling value);
/// Every code, in order, for help texts and messages: "post, hand, email, internal, fax".
QString receiptChannelCodes();
QString receiptHandlingCodes();

} // namespace kessai
