// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/org/DelegationRule.h"

namespace kessai {

QString DelegationRule::scopeCode(Scope scope)
{
    switch (scope) {
    case Scope::Section:
        return QStringLiteral("section");
    case Scope::Division:
        return QStringLiteral("division");
    case Scope::Department:
        return QStringLiteral("department");
    case Scope::Organization:
        return QStringLiteral("organization");
    }
    return {};
}

std::optional<DelegationRule::Scope> DelegationRule::scopeFromCode(const QString &code)
{
    for (Scope scope : {Scope::Section, Scope::Division, Scope::Department, Scope::Organization}) {
        if (scopeCode(scope) == code)
            return scope;
    }
    return std::nullopt;
}

} // namespace kessai
