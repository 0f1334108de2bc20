// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DomainEnums.h"

#include <QDate>
#include <QString>

namespace kessai {

/// 書面決裁 (paper decision): a decision made on paper, registered afterwards so that the
/// 電子決裁率 counts it. It becomes a decided document with documents.paper set, numbered like
/// an electronic one (in the fiscal year of its 起案日), and a paper_decisions record.
struct PaperDecision
{
    QString title;             ///< 件名
    qint64 drafterId = 0;      ///< 起案者
    qint64 unitId = 0;         ///< 所属 (the unit the decision belongs to)
    qint64 decisionLevelId = 0; ///< 決裁区分; 0 = not recorded
    qint64 fileId = 0;         ///< 簿冊; 0 = not recorded
    qint64 decisionKindId = 0; ///< 文書の種類 (DecisionKind); 0 = not recorded
    Classification classification = Classification::Public;
    QDate draftedOn;           ///< 起案日
    QDate decidedOn;           ///< 決裁日
    QString decider;           ///< 決裁者, as written on the paper
    qint64 reasonId = 0;       ///< paper_reasons.id
    QString reasonText;        ///< required when the reason needs text (その他)
    int number = 0;            ///< 文書番号 already given on paper; 0 = the next of the unit
};

/// What registering gave the paper decision.
struct RegisteredPaperDecision
{
    qint64 documentId = 0;
    int fiscalYear = 0;
    int number = 0;
    QString numberLabel; ///< 文書番号
};

} // namespace kessai
