// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace kessai {

/// 文書の種別: 決裁 (decision), 報告 / 供覧 (report, circulated for information), 収受 (received).
enum class DocumentKind
{
    Decision,
    Report,
    Received
};

/// 文書の状態: 起案中, 回議中, 差戻し, 決裁済, 却下, 施行済, 完結.
enum class DocumentStatus
{
    Draft,
    InReview,
    Returned,
    Decided,
    Rejected,
    Enforced,
    Closed
};

/// 経路の手順の種類: 回議 (review on the deciding line), 合議 (consult, outside the line),
/// 決裁 (decide), 供覧 (circulate, read only), 後閲 (post-review, read afterwards).
enum class StepKind
{
    Review,
    Consult,
    Decide,
    Circulate,
    PostReview
};

/// A step's state: 待機 (waiting for earlier stages), 未決 (pending, their turn), 承認, 差戻し,
/// 却下, 決裁, 閲覧済 (read), 飛ばし (skipped by 引上げ).
enum class StepState
{
    Waiting,
    Pending,
    Approved,
    Returned,
    Rejected,
    Decided,
    Read,
    Skipped
};

/// 権限: 起案者 (clerk), 承認者 (approver), 文書管理者 (records manager), 管理者 (admin).
enum class Role
{
    Clerk,
    Approver,
    RecordsManager,
    Admin
};

/// 所属の階層: 部 (department), 課 (division), 係 (section), その他 (office).
enum class UnitLevel
{
    Department,
    Division,
    Section,
    Office
};

/// 公開区分: 公開 / 秘.
enum class Classification
{
    Public,
    Secret
};

/// 保存期間満了時の措置: 移管 (transfer to archives), 廃棄 (destroy), 延長 (extend).
enum class Disposition
{
    Transfer,
    Destroy,
    Extend
};

/// The main window's folders: 未決 (waiting for me), 起案中, 差戻し, 既決 (decided: mine or acted on
/// by me), 全文書, and 回議中 (InProgress: submitted or acted on by me, still on its route).
enum class InboxFolder
{
    Pending,
    Drafts,
    Returned,
    Done,
    All,
    InProgress
};

/// 不在時の扱い (from the 専決規程): the 代理者 acts for the absent assignee (代決 on the 決裁
/// step), or the step is passed and becomes 後閲. Registered with the delegation (org) and
/// applied by the workflow.
enum class AbsenceRule
{
    Proxy,
    PostReview
};

/// Stable codes stored in the database and printed by the CLI (never translated).
QString toCode(DocumentKind value);
QString toCode(DocumentStatus value);
QString toCode(StepKind value);
QString toCode(StepState value);
QString toCode(Role value);
QString toCode(UnitLevel value);
QString toCode(Classification value);
QString toCode(Disposition value);
QString toCode(InboxFolder value);
QString toCode(AbsenceRule value);

template <typename Enum>
std::optional<Enum> fromCode(const QString &code);

} // namespace kessai
