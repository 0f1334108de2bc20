// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/DomainEnums.h"

#include "core/CodeTable.h"

namespace kessai {

namespace {
constexpr CodeTable<DocumentKind, 3> kKinds{{{DocumentKind::Decision, "decision"},
                                             {DocumentKind::Report, "report"},
                                             {DocumentKind::Received, "received"}}};
constexpr CodeTable<DocumentStatus, 7> kStatuses{{{DocumentStatus::Draft, "draft"},
                                                  {DocumentStatus::InReview, "in_review"},
                                                  {DocumentStatus::Returned, "returned"},
                                                  {DocumentStatus::Decided, "decided"},
                                                  {DocumentStatus::Rejected, "rejected"},
                                                  {DocumentStatus::Enforced, "enforced"},
                                                  {DocumentStatus::Closed, "closed"}}};
constexpr CodeTable<StepKind, 5> kStepKinds{{{StepKind::Review, "review"},
                                             {StepKind::Consult, "consult"},
                                             {StepKind::Decide, "decide"},
                                             {StepKind::Circulate, "circulate"},
                                             {StepKind::PostReview, "post_review"}}};
constexpr CodeTable<StepState, 8> kStepStates{{{StepState::Waiting, "waiting"},
                                               {StepState::Pending, "pending"},
                                               {StepState::Approved, "approved"},
                                               {StepState::Returned, "returned"},
                                               {StepState::Rejected, "rejected"},
                                               {StepState::Decided, "decided"},
                                               {StepState::Read, "read"},
                                               {StepState::Skipped, "skipped"}}};
constexpr CodeTable<Role, 4> kRoles{{{Role::Clerk, "clerk"},
                                     {Role::Approver, "approver"},
                                     {Role::RecordsManager, "records_manager"},
                                     {Role::Admin, "admin"}}};
constexpr CodeTable<UnitLevel, 4> kLevels{{{UnitLevel::Department, "department"},
                                           {UnitLevel::Division, "division"},
                                           {UnitLevel::Section, "section"},
                                           {UnitLevel::Office, "office"}}};
constexpr CodeTable<Classification, 2> kClassifications{
    {{Classification::Public, "public"}, {Classification::Secret, "secret"}}};
constexpr CodeTable<Disposition, 3> kDispositions{{{Disposition::Transfer, "transfer"},
                                                   {Disposition::Destroy, "destroy"},
                                                   {Disposition::Extend, "extend"}}};
constexpr CodeTable<InboxFolder, 6> kFolders{{{InboxFolder::Pending, "pending"},
                                              {InboxFolder::Drafts, "drafts"},
                                              {InboxFolder::Returned, "returned"},
                                              {InboxFolder::Done, "done"},
                                              {InboxFolder::All, "all"},
                                              {InboxFolder::InProgress, "in_progress"}}};
constexpr CodeTable<AbsenceRule, 2> kAbsenceRules{
    {{AbsenceRule::Proxy, "proxy"}, {AbsenceRule::PostReview, "post_review"}}};
} // namespace

QString toCode(DocumentKind value)
{
    return codeOf(kKinds, value);
}
QString toCode(DocumentStatus value)
{
    return codeOf(kStatuses, value);
}
QString toCode(StepKind value)
{
    return codeOf(kStepKinds, value);
}
QString toCode(StepState value)
{
    return codeOf(kStepStates, value);
}
QString toCode(Role value)
{
    return codeOf(kRoles, value);
}
QString toCode(UnitLevel value)
{
    return codeOf(kLevels, value);
}
QString toCode(Classification value)
{
    return codeOf(kClassifications, value);
}
QString toCode(Disposition value)
{
    return codeOf(kDispositions, value);
}
QString toCode(InboxFolder value)
{
    return codeOf(kFolders, value);
}
QString toCode(AbsenceRule value)
{
    return codeOf(kAbsenceRules, value);
}

template <>
std::optional<DocumentKind> fromCode<DocumentKind>(const QString &code)
{
    return valueOf(kKinds, code);
}
template <>
std::optional<DocumentStatus> fromCode<DocumentStatus>(const QString &code)
{
    return valueOf(kStatuses, code);
}
template <>
std::optional<StepKind> fromCode<StepKind>(const QString &code)
{
    return valueOf(kStepKinds, code);
}
template <>
std::optional<StepState> fromCode<StepState>(const QString &code)
{
    return valueOf(kStepStates, code);
}
template <>
std::optional<Role> fromCode<Role>(const QString &code)
{
    return valueOf(kRoles, code);
}
template <>
std::optional<UnitLevel> fromCode<UnitLevel>(const QString &code)
{
    return valueOf(kLevels, code);
}
template <>
std::optional<Classification> fromCode<Classification>(const QString &code)
{
    return valueOf(kClassifications, code);
}
template <>
std::optional<Disposition> fromCode<Disposition>(const QString &code)
{
    return valueOf(kDispositions, code);
}
template <>
std::optional<InboxFolder> fromCode<InboxFolder>(const QString &code)
{
    return valueOf(kFolders, code);
}
template <>
std::optional<AbsenceRule> fromCode<AbsenceRule>(const QString &code)
{
    return valueOf(kAbsenceRules, code);
}

} // namespace kessai
