// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace kessai {
class OrgStore;
struct Unit;
struct User;
} // namespace kessai

namespace kessai::cli {

class CliContext;

/// The organization's units (所属) and staff: unit add|list, user add|list.
class OrgCommands
{
    Q_DECLARE_TR_FUNCTIONS(OrgCommands)

public:
    explicit OrgCommands(CliContext &context);

    /// unit add|list ...
    int unit(const QStringList &arguments);
    /// user add|list ...
    int user(const QStringList &arguments);

    static const QStringList &unitColumns();
    static const QStringList &userColumns();

private:
    int addUnit(const QStringList &arguments);
    int listUnits(const QStringList &arguments);
    int addUser(const QStringList &arguments);
    int listUsers(const QStringList &arguments);

    /// Unit id → code, to show parents and users' units by the code one types.
    static QHash<qint64, QString> unitCodes(OrgStore &org);
    static QJsonObject unitJson(const Unit &unit, const QHash<qint64, QString> &codes);
    static QJsonObject userJson(const User &user, const QHash<qint64, QString> &codes);

    CliContext &m_context;
};

} // namespace kessai::cli
