// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/RecordTerms.h"

#include "core/CodeTable.h"

#include <QCoreApplication>

namespace kessai::RecordTerms {

namespace {
constexpr CodeTable<RetentionPeriod, 7> kRetention{{{RetentionPeriod::UnderOneYear, "under_1"},
                                                   {RetentionPeriod::OneYear, "1"},
                                                   {RetentionPeriod::ThreeYears, "3"},
                                                   {RetentionPeriod::FiveYears, "5"},
                                                   {RetentionPeriod::TenYears, "10"},
                                                   {RetentionPeriod::ThirtyYears, "30"},
                                                   {RetentionPeriod::InUse, "in_use"}}};
constexpr CodeTable<FileMedium, 3> kMedium{
    {{FileMedium::Electronic, "electronic"}, {FileMedium::Paper, "paper"}, {FileMedium::Mixed, "mixed"}}};
constexpr CodeTable<FileState, 5> kState{{{FileState::Open, "open"},
                                          {FileState::Closed, "closed"},
                                          {FileState::TransferPending, "transfer_pending"},
                                          {FileState::Transferred, "transferred"},
                                          {FileState::Destroyed, "destroyed"}}};
constexpr CodeTable<FileLifecycle, 8> kLifecycle{{{FileLifecycle::InUse, "in_use"},
                                                  {FileLifecycle::Completed, "completed"},
                                                  {FileLifecycle::Kept, "kept"},
                                                  {FileLifecycle::ExpiringSoon, "expiring"},
                                                  {FileLifecycle::Extended, "extended"},
                                                  {FileLifecycle::TransferPending, "transfer_pending"},
                                                  {FileLifecycle::Transferred, "transferred"},
                                                  {FileLifecycle::Destroyed, "destroyed"}}};

} // namespace

QString code(RetentionPeriod value)
{
    return codeOf(kRetention, value);
}

std::optional<RetentionPeriod> retentionFromCode(const QString &code)
{
    return valueOf(kRetention, code);
}

std::optional<RetentionPeriod> retentionFromText(const QString &text)
{
    QString t = text.trimmed();
    if (t == QStringLiteral("常用") || t == QLatin1String("in_use"))
        return RetentionPeriod::InUse;
    if (t == QStringLiteral("1年未満") || t == QLatin1String("under_1"))
        return RetentionPeriod::UnderOneYear;
    if (t.endsWith(QStringLiteral("年")))
        t.chop(1);
    return valueOf(kRetention, t);
}

std::optional<int> years(RetentionPeriod value)
{
    switch (value) {
    case RetentionPeriod::UnderOneYear:
        return 0;
    case RetentionPeriod::OneYear:
        return 1;
    case RetentionPeriod::ThreeYears:
        return 3;
    case RetentionPeriod::FiveYears:
        return 5;
    case RetentionPeriod::TenYears:
        return 10;
    case RetentionPeriod::ThirtyYears:
        return 30;
    case RetentionPeriod::InUse:
        break;
    }
    return std::nullopt;
}

QString label(RetentionPeriod value)
{
    switch (value) {
    case RetentionPeriod::UnderOneYear:
        return QCoreApplication::translate("RecordTerms", "under 1 year");
    case RetentionPeriod::InUse:
        return QCoreApplication::translate("RecordTerms", "while in use");
    default:
        return QCoreApplication::translate("RecordTerms", "%n year(s)", nullptr, *years(value));
    }
}

QString code(FileMedium value)
{
    return codeOf(kMedium, value);
}

std::optional<FileMedium> mediumFromCode(const QString &code)
{
    return valueOf(kMedium, code);
}

QString label(FileMedium value)
{
    switch (value) {
    case FileMedium::Electronic:
        return QCoreApplication::translate("RecordTerms", "electronic");
    case FileMedium::Paper:
        return QCoreApplication::translate("RecordTerms", "paper");
    case FileMedium::Mixed:
        return QCoreApplication::translate("RecordTerms", "mixed");
    }
    return {};
}

QString code(FileState value)
{
    return codeOf(kState, value);
}

std::optional<FileState> stateFromCode(const QString &code)
{
    return valueOf(kState, code);
}

QString code(FileLifecycle value)
{
    return codeOf(kLifecycle, value);
}

QString label(FileLifecycle value)
{
    switch (value) {
    case FileLifecycle::InUse:
        return QCoreApplication::translate("RecordTerms", "in use");
    case FileLifecycle::Completed:
        return QCoreApplication::translate("RecordTerms", "completed");
    case FileLifecycle::Kept:
        return QCoreApplication::translate("RecordTerms", "kept");
    case FileLifecycle::ExpiringSoon:
        return QCoreApplication::translate("RecordTerms", "expiring");
    case FileLifecycle::Extended:
        return QCoreApplication::translate("RecordTerms", "extended");
    case FileLifecycle::TransferPending:
        return QCoreApplication::translate("RecordTerms", "transfer decided");
    case FileLifecycle::Transferred:
        return QCoreApplication::translate("RecordTerms", "transferred");
    case FileLifecycle::Destroyed:
        return QCoreApplication::translate("RecordTerms", "destroyed");
    }
    return {};
}

} // namespace kessai::RecordTerms
