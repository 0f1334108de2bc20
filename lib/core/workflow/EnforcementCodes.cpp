// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workflow/EnforcementCodes.h"

#include "core/CodeTable.h"

#include <QCoreApplication>

namespace kessai {

namespace {
constexpr CodeTable<EnforcementMethod, 6> kMethods{{{EnforcementMethod::Post, "post"},
                                                     {EnforcementMethod::Email, "email"},
                                                     {EnforcementMethod::Hand, "hand"},
                                                     {EnforcementMethod::Internal, "internal"},
                                                     {EnforcementMethod::NoticeBoard, "notice_board"},
                                                     {EnforcementMethod::System, "system"}}};
constexpr CodeTable<OfficialSeal, 2> kSeals{{{OfficialSeal::Affixed, "affixed"}, {OfficialSeal::Omitted, "omitted"}}};
} // namespace

QString toCode(EnforcementMethod value)
{
    return codeOf(kMethods, value);
}

QString toCode(OfficialSeal value)
{
    return codeOf(kSeals, value);
}

template <>
std::optional<EnforcementMethod> fromCode<EnforcementMethod>(const QString &code)
{
    return valueOf(kMethods, code);
}

template <>
std::optional<OfficialSeal> fromCode<OfficialSeal>(const QString &code)
{
    return valueOf(kSeals, code);
}

QString enforcementMethodLabel(EnforcementMethod value)
{
    switch (value) {
    case EnforcementMethod::Post:
        return QCoreApplication::translate("EnforcementCodes", "Post");
    case EnforcementMethod::Email:
        return QCoreApplication::translate("EnforcementCodes", "E-mail");
    case EnforcementMethod::Hand:
        return QCoreApplication::translate("EnforcementCodes", "By hand");
    case EnforcementMethod::Internal:
        return QCoreApplication::translate("EnforcementCodes", "Internal mail");
    case EnforcementMethod::NoticeBoard:
        return QCoreApplication::translate("EnforcementCodes", "Notice board");
    case EnforcementMethod::System:
        return QCoreApplication::translate("EnforcementCodes", "System linkage");
    }
    return {};
}

QString officialSealLabel(OfficialSeal value)
{
    switch (value) {
    case OfficialSeal::Affixed:
        return QCoreApplication::translate("EnforcementCodes", "Seal affixed");
    case OfficialSeal::Omitted:
        return QCoreApplication::translate("EnforcementCodes", "Seal omitted");
    }
    return {};
}

QString enforcementMethodCodes()
{
    return codeList(kMethods);
}

QList<EnforcementMethod> enforcementMethods()
{
    QList<EnforcementMethod> methods;
    for (const auto &entry : kMethods)
        methods.append(entry.first);
    return methods;
}

} // namespace kessai
