// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/desk/DeskFixture.h"

#include "core/store/SqlQuery.h"
#include "core/store/Timestamps.h"

#include <QTimeZone>

namespace kessai::test {

namespace {
qint64 insert(StoreConnection &owner, const WorkflowOrg &org, qint64 unit, const QString &kind, const QString &status,
              const QDateTime &submitted, const QDateTime &decided, qint64 level, const QString &title)
{
    static int serial = 0;
    ++serial;
    const QString now = Timestamps::toText(Timestamps::now());
    return SqlQuery(owner, QStringLiteral("INSERT INTO documents (kind, title, drafter_id, unit_id, decision_level_id, "
                                          "status, created_at, updated_at, submitted_at, decided_at, decided_on, "
                                          "fiscal_year, number_unit_id, doc_number, number_label) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"))
        .bind(kind)
        .bind(title.isEmpty() ? QStringLiteral("電子決裁 %1").arg(serial) : title)
        .bind(org.ito)
        .bind(unit)
        .bind(level ? level : org.levelDivision)
        .bind(status)
        .bind(now)
        .bind(now)
        .bind(Timestamps::toText(submitted))
        .bind(Timestamps::toText(decided))
        .bind(decided.date().toString(Qt::ISODate))
        .bind(9000 + serial) // fiscal years no real document uses: numbers never collide
        .bind(unit)
        .bind(serial)
        .bind(QStringLiteral("試験第%1号").arg(serial))
        .scalar()
        .toLongLong();
}
} // namespace

qint64 DeskFixture::electronic(StoreConnection &owner, const WorkflowOrg &org, qint64 unit, const QDateTime &submitted,
                               const QDateTime &decided, qint64 level, const QString &title)
{
    return insert(owner, org, unit, QStringLiteral("decision"), QStringLiteral("decided"), submitted, decided, level,
                  title);
}

qint64 DeskFixture::other(StoreConnection &owner, const WorkflowOrg &org, const QString &kind, const QString &status,
                          const QDate &decidedOn)
{
    const QDateTime at(decidedOn, QTime(9, 0), Qt::UTC);
    return insert(owner, org, org.division, kind, status, at.addDays(-1), at, 0, {});
}

} // namespace kessai::test
