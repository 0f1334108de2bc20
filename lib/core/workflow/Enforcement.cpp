// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workflow/Enforcement.h"

#include <QJsonArray>

namespace kessai {

QStringList Enforcement::destinationNames() const
{
    QStringList names;
    for (const Destination &d : destinations)
        names.append(d.name);
    return names;
}

QJsonObject Enforcement::toJson() const
{
    QJsonObject issued;
    if (issuedAttachmentId)
        issued = {{QStringLiteral("id"), issuedAttachmentId},
                  {QStringLiteral("name"), issuedAttachmentName},
                  {QStringLiteral("version"), issuedVersionNo},
                  {QStringLiteral("sha256"), issuedSha256}};
    return {{QStringLiteral("enforced_on"), enforcedOn.toString(Qt::ISODate)},
            {QStringLiteral("destinations"), QJsonArray::fromStringList(destinationNames())},
            {QStringLiteral("method"), toCode(method)},
            {QStringLiteral("seal"), toCode(seal)},
            {QStringLiteral("fair_copy_checked_by"),
             fairCopyCheckerLogin.isEmpty() ? QJsonValue() : QJsonValue(fairCopyCheckerLogin)},
            {QStringLiteral("issued_attachment"), issued.isEmpty() ? QJsonValue() : QJsonValue(issued)}};
}

} // namespace kessai
