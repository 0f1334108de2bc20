// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace kessai {

class Session;

/// The yearly 人事異動 load: one CSV of units and staff, applied as one transaction. Units and
/// users are matched by code and login: new ones are added, existing ones updated (moved,
/// retitled, deactivated). Any invalid row aborts the whole import with its line and column.
///
/// Header (any column order; unknown columns are an error):
///   record,code,name,level,parent,order,login,kana,title,unit,roles,active
/// record is "unit" or "user". level: department|division|section|office (or 部|課|係|その他).
/// roles: clerk|approver|records_manager|admin separated by '|' or spaces. active: yes/no (default yes).
class OrgCsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(OrgCsvImporter)

public:
    struct Result
    {
        int unitsAdded = 0;
        int unitsUpdated = 0;
        int usersAdded = 0;
        int usersUpdated = 0;
    };

    explicit OrgCsvImporter(Session &session);

    Result import(const QByteArray &csv, const QString &sourceName);

private:
    Session &m_session;
};

} // namespace kessai
