// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/ReceiptCodes.h"

#include "core/CodeTable.h"

#include <QCoreApplication>

namespace kessai {

namespace {
constexpr CodeTable<ReceiptChannel, 5> kChannels{{{ReceiptChannel::Post, "post"},
                                                  {ReceiptChannel::Hand, "hand"},
                                                  {ReceiptChannel::Email, "email"},
                                                  {ReceiptChannel::Internal, "internal"},
                                                  {ReceiptChannel::Fax, "fax"}}};
constexpr CodeTable<ReceiptHandling, 3> kHandlings{{{ReceiptHandling::Circulate, "circulate"},
                                                    {ReceiptHandling::Draft, "draft"},
                                                    {ReceiptHandling::FileOnly, "file_only"}}};

} // namespace

QString toCode(ReceiptChannel value)
{
    return codeOf(kChannels, value);
}

QString toCode(ReceiptHandling value)
{
    return codeOf(kHandlings, value);
}

template <>
std::optional<ReceiptChannel> fromCode<ReceiptChannel>(const QString &code)
{
    return valueOf(kChannels, code);
}

template <>
std::optional<ReceiptHandling> fromCode<ReceiptHandling>(const QString &code)
{
    return valueOf(kHandlings, code);
}

QString receiptChannelLabel(ReceiptChannel value)
{
    switch (value) {
    case ReceiptChannel::Post:
        return QCoreApplication::translate("ReceiptCodes", "Post");
    case ReceiptChannel::Hand:
        return QCoreApplication::translate("ReceiptCodes", "Brought in person");
    case ReceiptChannel::Email:
        return QCoreApplication::translate("ReceiptCodes", "E-mail");
    case ReceiptChannel::Internal:
        return QCoreApplication::translate("ReceiptCodes", "Internal mail");
    case ReceiptChannel::Fax:
        return QCoreApplication::translate("ReceiptCodes", "Fax");
    }
    return {};
}

QString receiptHandlingLabel(ReceiptHandling value)
{
    switch (value) {
    case ReceiptHandling::Circulate:
        return QCoreApplication::translate("ReceiptCodes", "Circulate for information");
    case ReceiptHandling::Draft:
        return QCoreApplication::translate("ReceiptCodes", "Answer by a draft");
    case ReceiptHandling::FileOnly:
        return QCoreApplication::translate("ReceiptCodes", "File only");
    }
    return {};
}

QString receiptChannelCodes()
{
    return codeList(kChannels);
}

QString receiptHandlingCodes()
{
    return codeList(kHandlings);
}

} // namespace kessai
