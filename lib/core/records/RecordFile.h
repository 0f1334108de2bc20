// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DomainEnums.h"
#include "core/records/RecordTerms.h"

#include <QDate>
#include <QString>

#include <optional>

namespace kessai {

/// 簿冊 (行政文書ファイル) as the register (管理簿) knows it. Called "file" in code and database
/// (`files`), as in docs/glossary.md.
struct RecordFile
{
    qint64 id = 0;
    qint64 unitId = 0;
    QString unitName;
    int fiscalYear = 0; ///< 作成・取得年度
    QString name;       ///< 名称
    qint64 filingClassId = 0;
    QString majorClass;  ///< 大分類
    QString middleClass; ///< 中分類
    RetentionPeriod retention = RetentionPeriod::TenYears;
    Disposition disposition = Disposition::Destroy;
    QDate startsOn;  ///< 起算日
    QDate expiresOn; ///< 保存期間満了日 (invalid for 常用)
    FileMedium medium = FileMedium::Electronic;
    QString location; ///< 保存場所
    QString manager;  ///< 管理者
    QString note;     ///< 備考
    FileState state = FileState::Open;
    FileLifecycle lifecycle = FileLifecycle::InUse;
    bool extended = false;
    int documentCount = 0;
};

/// What a 簿冊 is created from: the 課, the year, the name, a leaf of the 分類表; the 保存期間 and
/// 措置 default to the leaf's (a longer period may be chosen, never a shorter one).
struct RecordFileDraft
{
    qint64 unitId = 0;
    int fiscalYear = 0;
    QString name;
    qint64 filingClassId = 0;
    std::optional<RetentionPeriod> retention;
    std::optional<Disposition> disposition;
    FileMedium medium = FileMedium::Electronic;
    QString location;
    QString manager; ///< empty: "<課名>長"
    QString note;
};

} // namespace kessai
