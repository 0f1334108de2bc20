// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BenchOrganization.h"
#include "core/DomainEnums.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QRandomGenerator>
#include <QString>

#include <functional>
#include <memory>

namespace kessai {
class StoreConnection;
}

namespace kessai::bench {

class BulkInserter;

/// Fills the store with documents and their routes in bulk (multi-row INSERTs, a commit every
/// 20,000 documents), the way years of use would leave it: most documents decided, enforced
/// or closed, 1% in review at some step, a few returned or still drafts; about half the decisions
/// were made on paper (書面決裁: a paper_decisions record, no route), more of them years ago. A 課長専決 route is
/// 係長 → 課長補佐 → [合議] → 課長 (決裁); a 部長決裁 route (30%) adds 課長 and 次長 before the
/// 部長. Half the routes have a 合議 stage of one or two other 課長, a fifth a 後閲 step; 2% of the
/// decisions were 代決, half of those still owing their 後閲. Numbers run per division and
/// fiscal year, and number_counters continues them.
class DocumentGenerator
{
public:
    /// One client of the numbering run: a drafter and their drafts, ready to submit.
    struct NumberingClient
    {
        QString login;
        QList<qint64> drafts;
    };

    DocumentGenerator(StoreConnection &connection, const BenchOrganization &org, QRandomGenerator &random);
    ~DocumentGenerator();

    void generate(qint64 documents, const std::function<void(qint64 done)> &progress);
    /// 件名 and 本文 of each generated document (default: "業務文書 N の件", no body).
    using TextSource = std::function<QPair<QString, QString>(qint64 documentId)>;
    void setTextSource(TextSource source) { m_textSource = std::move(source); }
    /// Drafts (with level, file and a 3-step route) of `clients` drafters of one division.
    QList<NumberingClient> addNumberingDrafts(int clients, int draftsPerClient);
    /// Writes number_counters; on PostgreSQL moves the id sequences past the ids written here.
    void finish();

    qint64 stageCount() const { return m_stageCount; }
    qint64 stepCount() const { return m_stepCount; }
    qint64 numberingUnitId() const;

private:
    /// A decision kind, most often 一般 (decision_kinds, schema v17).
    qint64 pickKind();
    struct Step
    {
        StepKind kind;
        qint64 assignee;
    };
    using Route = QList<QList<Step>>;
    enum class Fate
    {
        Draft,
        InReview,
        Returned,
        Decided,
        Enforced,
        Closed
    };

    void openInserters();
    void closeInserters();
    Route planRoute(int sectionIndex, bool departmentLevel, int *decideStage);
    void writeDocument(qint64 drafter, int sectionIndex, bool departmentLevel, Fate fate);
    QVariant fileFor(int division, int fiscalYear);
    QString stamp(const QDateTime &time) const;
    qint64 proxyFor(int sectionIndex, bool departmentLevel) const;

    StoreConnection &m_connection;
    const BenchOrganization &m_org;
    QRandomGenerator &m_random;
    QDateTime m_now;
    qint64 m_levelDivision = 0;
    qint64 m_levelDepartment = 0;
    qint64 m_retention = 0;
    qint64 m_nextDocument = 0;
    qint64 m_nextStage = 0;
    qint64 m_nextStep = 0;
    qint64 m_nextFile = 0;
    qint64 m_stageCount = 0;
    qint64 m_stepCount = 0;
    QHash<QPair<qint64, int>, int> m_counters; ///< (unit, fiscal year) → last number
    QHash<QPair<int, int>, qint64> m_files;    ///< (division, fiscal year) → 簿冊
    TextSource m_textSource;
    std::unique_ptr<BulkInserter> m_documents;
    std::unique_ptr<BulkInserter> m_stages;
    std::unique_ptr<BulkInserter> m_steps;
    std::unique_ptr<BulkInserter> m_fileRows;
    std::unique_ptr<BulkInserter> m_paperRows;
    QList<qint64> m_paperReasons; ///< paper_reasons ids, the last one "other"
    QList<qint64> m_decisionKinds; ///< decision_kinds ids, in the office's order
};

} // namespace kessai::bench
