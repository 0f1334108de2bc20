// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchOrganization.h"

#include "BulkInserter.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/Timestamps.h"
#include "core/store/Transaction.h"

#include <QDate>

#include <algorithm>
#include <stdexcept>

namespace kessai::bench {

namespace {
qint64 nextId(StoreConnection &connection, const QString &table)
{
    return SqlQuery(connection, QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM %1").arg(table))
        .scalar()
        .toLongLong();
}

qint64 titleId(StoreConnection &connection, int rank)
{
    const qint64 id = SqlQuery(connection, QStringLiteral("SELECT id FROM titles WHERE rank = ?"))
                          .bind(rank)
                          .scalar()
                          .toLongLong();
    if (!id)
        throw std::runtime_error("the organization has no title of the expected rank");
    return id;
}
} // namespace

void BenchOrganization::generate(StoreConnection &connection, int units, int users, QRandomGenerator &random)
{
    const int departmentCount = std::max(1, units / 20);
    const int divisionCount = std::max(1, units * 19 / 100);
    const int sectionCount = std::max(1, units - departmentCount - divisionCount);
    const QString now = Timestamps::toText(Timestamps::now());
    Transaction transaction(connection);

    BulkInserter unitRows(connection, QStringLiteral("units"),
                          {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name"),
                           QStringLiteral("level"), QStringLiteral("parent_id"),
                           QStringLiteral("sort_order")});
    qint64 unitId = nextId(connection, QStringLiteral("units"));
    for (int i = 0; i < departmentCount; ++i) {
        departments.append(Department{unitId++, 0, {}});
        unitRows.add({departments.last().unitId, QStringLiteral("B%1").arg(i + 1),
                      QStringLiteral("第%1部").arg(i + 1), QStringLiteral("department"),
                      BulkInserter::nullId(), i});
    }
    for (int i = 0; i < divisionCount; ++i) {
        Division d;
        d.unitId = unitId++;
        d.department = i % departmentCount;
        d.code = QStringLiteral("K%1").arg(i + 1);
        divisions.append(d);
        unitRows.add({d.unitId, d.code, QStringLiteral("第%1課").arg(i + 1), QStringLiteral("division"),
                      departments.at(d.department).unitId, i});
    }
    for (int i = 0; i < sectionCount; ++i) {
        Section s;
        s.unitId = unitId++;
        s.division = i % divisionCount;
        divisions[s.division].sections.append(i);
        sections.append(s);
        unitRows.add({s.unitId, QStringLiteral("S%1").arg(i + 1), QStringLiteral("第%1係").arg(i + 1),
                      QStringLiteral("section"), divisions.at(s.division).unitId, i});
    }
    unitRows.flush();

    const qint64 clerk = titleId(connection, 10);
    const qint64 chief = titleId(connection, 30);
    const qint64 deputy = titleId(connection, 40);
    const qint64 divisionHead = titleId(connection, 50);
    const qint64 vice = titleId(connection, 60);
    const qint64 departmentHead = titleId(connection, 70);
    BulkInserter userRows(connection, QStringLiteral("users"),
                          {QStringLiteral("id"), QStringLiteral("login"), QStringLiteral("display_name"),
                           QStringLiteral("title_id"), QStringLiteral("unit_id"),
                           QStringLiteral("created_at")});
    BulkInserter roleRows(connection, QStringLiteral("user_roles"),
                          {QStringLiteral("user_id"), QStringLiteral("role")});
    roleRows.setParent(&userRows);
    qint64 userId = nextId(connection, QStringLiteral("users"));
    auto addUser = [&](qint64 title, qint64 unit, bool approver) {
        const qint64 id = userId++;
        userRows.add({id, loginOf(id), QStringLiteral("職員 %1").arg(id), title, unit, now});
        roleRows.add({id, QStringLiteral("clerk")});
        if (approver) {
            roleRows.add({id, QStringLiteral("approver")});
            approvers.append(id);
        }
        unitOf.insert(id, unit);
        ++userCount;
        return id;
    };
    for (Department &d : departments) {
        d.head = addUser(departmentHead, d.unitId, true);
        d.vices = {addUser(vice, d.unitId, true), addUser(vice, d.unitId, true)};
    }
    for (Division &d : divisions) {
        d.head = addUser(divisionHead, d.unitId, true);
        for (int i = 0; i < 3; ++i)
            d.deputies.append(addUser(deputy, d.unitId, true));
    }
    const int perSection = std::max(2, (users - userCount) / sectionCount);
    for (int i = 0; i < sectionCount; ++i) {
        Section &s = sections[i];
        const int size = i == sectionCount - 1 ? std::max(2, users - userCount) : perSection;
        const int chiefs = std::max(1, size / 13);
        for (int k = 0; k < size; ++k) {
            if (k < chiefs)
                s.chiefs.append(addUser(chief, s.unitId, true));
            else
                s.clerks.append(addUser(clerk, s.unitId, false));
        }
    }
    userRows.flush();
    roleRows.flush();
    addAbsences(connection, random);
    transaction.commit();
}

void BenchOrganization::addAbsences(StoreConnection &connection, QRandomGenerator &random)
{
    BulkInserter rows(connection, QStringLiteral("absences"),
                      {QStringLiteral("user_id"), QStringLiteral("starts_on"), QStringLiteral("ends_on"),
                       QStringLiteral("proxy_user_id"), QStringLiteral("reason"),
                       QStringLiteral("created_at")});
    const QDate today = QDate::currentDate();
    const QString now = Timestamps::toText(Timestamps::now());
    const QList<qint64> everyone = unitOf.keys();
    // History: about two short absences per user over the past three years.
    for (qint64 user : everyone) {
        const int count = int(random.bounded(5));
        for (int i = 0; i < count; ++i) {
            const QDate from = today.addDays(-1 - qint64(random.bounded(3 * 365)));
            const QDate to = from.addDays(random.bounded(5));
            if (to >= today)
                continue;
            const qint64 proxy = approvers.at(random.bounded(int(approvers.size())));
            rows.add({user, Timestamps::dateToText(from), Timestamps::dateToText(to),
                      proxy == user ? BulkInserter::nullId() : QVariant(proxy), QStringLiteral("休暇"), now});
        }
    }
    // Today: one approver in a hundred is away, a colleague of the same unit standing in.
    for (qint64 user : approvers) {
        if (random.bounded(100) != 0)
            continue;
        qint64 proxy = 0;
        for (qint64 other : approvers) {
            if (other != user && unitOf.value(other) == unitOf.value(user)) {
                proxy = other;
                break;
            }
        }
        if (!proxy)
            continue;
        rows.add({user, Timestamps::dateToText(today.addDays(-1)), Timestamps::dateToText(today.addDays(2)),
                  proxy, QStringLiteral("出張"), now});
    }
    rows.flush();
    absenceCount = int(rows.rowCount());
}

} // namespace kessai::bench
