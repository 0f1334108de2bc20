// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DomainEnums.h"

#include <QCoreApplication>

namespace kessai {

/// Human labels of the domain values, translated (Japanese in kessai_ja.ts). Shared by the
/// GUI and the CLI so that a status reads the same everywhere.
class DomainLabels
{
    Q_DECLARE_TR_FUNCTIONS(DomainLabels)

public:
    static QString label(DocumentKind value);
    static QString label(DocumentStatus value);
    static QString label(StepKind value);
    static QString label(StepState value);
    static QString label(Role value);
    static QString label(UnitLevel value);
    static QString label(Classification value);
    static QString label(Disposition value);
    static QString label(InboxFolder value);
    /// 保存期間: "10 years", or "permanent (in use)" for NULL (常用).
    static QString retention(std::optional<int> years);
};

} // namespace kessai
