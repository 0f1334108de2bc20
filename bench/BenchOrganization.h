// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace kessai {
class StoreConnection;
}

namespace kessai::bench {

/// The organization the workflow benchmark runs in, written with bulk inserts: departments
/// (部: a 部長 and two 次長), divisions (課: a 課長 and three 課長補佐), sections (係: about one
/// 係長 per 13 people, the rest 係員 who draft), 200 units and 16,500 users by default, and
/// about two past absences per user plus a few approvers away today with a proxy.
class BenchOrganization
{
public:
    struct Department
    {
        qint64 unitId = 0;
        qint64 head = 0;     ///< 部長
        QList<qint64> vices; ///< 次長
    };
    struct Division
    {
        qint64 unitId = 0;
        QString code;
        int department = 0;
        qint64 head = 0;        ///< 課長
        QList<qint64> deputies; ///< 課長補佐
        QList<int> sections;
    };
    struct Section
    {
        qint64 unitId = 0;
        int division = 0;
        QList<qint64> chiefs; ///< 係長
        QList<qint64> clerks; ///< 係員, the drafters
    };

    /// Adds units and users to an initialized organization (the connection's identity is its
    /// administrator). Returns after committing.
    void generate(StoreConnection &connection, int units, int users, QRandomGenerator &random);

    static QString loginOf(qint64 userId)
    {
        return QStringLiteral("u%1").arg(userId, 6, 10, QLatin1Char('0'));
    }

    QList<Department> departments;
    QList<Division> divisions;
    QList<Section> sections;
    QList<qint64> approvers;
    QHash<qint64, qint64> unitOf; ///< user → unit
    int userCount = 0;
    int absenceCount = 0;

private:
    void addAbsences(StoreConnection &connection, QRandomGenerator &random);
};

} // namespace kessai::bench
