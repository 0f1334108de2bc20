// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DomainEnums.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace kessai {

/// 起案文書 (or 報告・収受 document) as stored: the fields of its 鑑 (cover) and its state.
struct DocumentRecord
{
    qint64 id = 0;
    DocumentKind kind = DocumentKind::Decision;
    QString title; ///< 件名
    QString body;  ///< 伺い文
    qint64 drafterId = 0;
    QString drafterName;
    qint64 unitId = 0;
    QString unitName;
    qint64 decisionLevelId = 0;
    QString decisionLevelName; ///< 決裁区分
    qint64 decisionKindId = 0;  ///< 文書の種類 (DecisionKind); 0 = not recorded
    QString decisionKindName;
    qint64 fileId = 0;
    QString fileName;                  ///< 簿冊
    std::optional<int> retentionYears; ///< 保存期間; nullopt = 常用
    Classification classification = Classification::Public;
    DocumentStatus status = DocumentStatus::Draft;
    bool urgent = false;         ///< 至急
    QDate plannedEnforceOn;      ///< 施行予定日
    int fiscalYear = 0;          ///< 0 until submitted
    int number = 0;              ///< running number within unit and fiscal year; 0 until submitted
    QString numberLabel;         ///< 文書番号, e.g. 総務第12号
    bool paper = false;          ///< 紙決裁
    qint64 sourceDocumentId = 0; ///< 引用起案 source
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime submittedAt;
    QDateTime decidedAt;
    QDateTime enforcedAt;
    QDateTime closedAt;
    int rowVersion = 1;
};

} // namespace kessai
