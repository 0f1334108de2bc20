// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/FilingCatalog.h"

#include "core/store/SqlQuery.h"
#include "core/store/StoreError.h"

namespace kessai {

FilingCatalog::FilingCatalog(StoreConnection &connection)
    : m_connection(connection)
{}

QList<FilingCatalog::DecisionLevel> FilingCatalog::decisionLevels()
{
    SqlQuery q(m_connection, QStringLiteral("SELECT id, code, name, approver_rank FROM decision_levels "
                                            "ORDER BY sort_order, approver_rank"));
    q.exec();
    QList<DecisionLevel> list;
    while (q.next())
        list.append(DecisionLevel{q.id(0), q.text(1), q.text(2), q.value(3).toInt()});
    return list;
}

QList<FilingCatalog::FileEntry> FilingCatalog::files(qint64 unitId, int fiscalYear, bool includeClosed)
{
    // A 係 files into its 課's 簿冊: walk up two levels at most (係 → 課 → 部).
    SqlQuery q(
        m_connection,
        QStringLiteral("SELECT f.id, f.unit_id, f.fiscal_year, f.name, f.retention_years, f.disposition "
                       "FROM files f WHERE f.active%1 AND f.fiscal_year = ? AND (f.unit_id = ? OR f.unit_id = "
                       "(SELECT parent_id FROM units WHERE id = ?) OR f.unit_id = (SELECT p.parent_id FROM "
                       "units u JOIN units p ON p.id = u.parent_id WHERE u.id = ?)) ORDER BY f.name")
            .arg(includeClosed ? QString() : QStringLiteral(" AND f.status = 'open'")));
    q.bind(fiscalYear).bind(unitId).bind(unitId).bind(unitId).exec();
    QList<FileEntry> list;
    while (q.next()) {
        FileEntry entry;
        entry.id = q.id(0);
        entry.unitId = q.id(1);
        entry.fiscalYear = q.value(2).toInt();
        entry.name = q.text(3);
        if (!q.value(4).isNull())
            entry.retentionYears = q.value(4).toInt();
        entry.disposition = fromCode<Disposition>(q.text(5)).value_or(Disposition::Destroy);
        list.append(entry);
    }
    return list;
}

QString FilingCatalog::filingRefusal(qint64 fileId)
{
    if (!fileId)
        return {};
    SqlQuery q(m_connection, QStringLiteral("SELECT name, status FROM files WHERE id = ?"));
    q.bind(fileId).exec();
    if (!q.next())
        return tr("簿冊 %1 does not exist").arg(fileId);
    if (q.text(1) != QLatin1String("open"))
        return tr("簿冊 %1 (%2) is closed (完結): nothing more is filed into it").arg(fileId).arg(q.text(0));
    return {};
}

void FilingCatalog::requireOpen(qint64 fileId)
{
    const QString refusal = filingRefusal(fileId);
    if (!refusal.isEmpty())
        throw StoreError(StoreError::Kind::Refused, refusal);
}

} // namespace kessai
