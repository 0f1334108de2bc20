// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/DomainLabels.h"

namespace kessai {

QString DomainLabels::label(DocumentKind value)
{
    switch (value) {
    case DocumentKind::Decision:
        return tr("Decision");
    case DocumentKind::Report:
        return tr("Report (circulation)");
    case DocumentKind::Received:
        return tr("Received");
    }
    return {};
}

QString DomainLabels::label(DocumentStatus value)
{
    switch (value) {
    case DocumentStatus::Draft:
        return tr("Drafting");
    case DocumentStatus::InReview:
        return tr("In review");
    case DocumentStatus::Returned:
        return tr("Sent back");
    case DocumentStatus::Decided:
        return tr("Decided");
    case DocumentStatus::Rejected:
        return tr("Rejected");
    case DocumentStatus::Enforced:
        return tr("Enforced");
    case DocumentStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QString DomainLabels::label(StepKind value)
{
    switch (value) {
    case StepKind::Review:
        return tr("Review");
    case StepKind::Consult:
        return tr("Consultation");
    case StepKind::Decide:
        return tr("Decision");
    case StepKind::Circulate:
        return tr("Circulation");
    case StepKind::PostReview:
        return tr("Post-review");
    }
    return {};
}

QString DomainLabels::label(StepState value)
{
    switch (value) {
    case StepState::Waiting:
        return tr("Waiting");
    case StepState::Pending:
        return tr("Pending");
    case StepState::Approved:
        return tr("Approved");
    case StepState::Returned:
        return tr("Sent back");
    case StepState::Rejected:
        return tr("Rejected");
    case StepState::Decided:
        return tr("Decided");
    case StepState::Read:
        return tr("Read");
    case StepState::Skipped:
        return tr("Skipped");
    }
    return {};
}

QString DomainLabels::label(Role value)
{
    switch (value) {
    case Role::Clerk:
        return tr("Clerk");
    case Role::Approver:
        return tr("Approver");
    case Role::RecordsManager:
        return tr("Records manager");
    case Role::Admin:
        return tr("Administrator");
    }
    return {};
}

QString DomainLabels::label(UnitLevel value)
{
    switch (value) {
    case UnitLevel::Department:
        return tr("Department");
    case UnitLevel::Division:
        return tr("Division");
    case UnitLevel::Section:
        return tr("Section");
    case UnitLevel::Office:
        return tr("Office");
    }
    return {};
}

QString DomainLabels::label(Classification value)
{
    switch (value) {
    case Classification::Public:
        return tr("Public");
    case Classification::Secret:
        return tr("Confidential");
    }
    return {};
}

QString DomainLabels::label(Disposition value)
{
    switch (value) {
    case Disposition::Transfer:
        return tr("Transfer to archives");
    case Disposition::Destroy:
        return tr("Destroy");
    case Disposition::Extend:
        return tr("Extend");
    }
    return {};
}

QString DomainLabels::label(InboxFolder value)
{
    switch (value) {
    case InboxFolder::Pending:
        return tr("Awaiting me");
    case InboxFolder::Drafts:
        return tr("My drafts");
    case InboxFolder::Returned:
        return tr("Sent back to me");
    case InboxFolder::Done:
        return tr("Decided documents");
    case InboxFolder::All:
        return tr("All documents");
    case InboxFolder::InProgress:
        return tr("In circulation");
    }
    return {};
}

QString DomainLabels::retention(std::optional<int> years)
{
    if (!years)
        return tr("Permanent (while in use)");
    return tr("%n year(s)", nullptr, *years);
}

} // namespace kessai
