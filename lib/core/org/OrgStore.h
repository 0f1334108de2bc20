// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/org/Absence.h"
#include "core/org/Title.h"
#include "core/org/Unit.h"
#include "core/org/User.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace kessai {

class Session;
class StoreConnection;

/// The organization: units (所属), titles (役職), users with their roles, absences (不在).
/// Reads need only a connection; changes need a Session (permission check + audit).
class OrgStore
{
    Q_DECLARE_TR_FUNCTIONS(OrgStore)

public:
    explicit OrgStore(StoreConnection &connection);

    bool organizationExists();
    QString organizationName();

    QList<Unit> units(bool includeInactive = false);
    std::optional<Unit> unitByCode(const QString &code);
    std::optional<Unit> unitById(qint64 id);
    QList<Title> titles();
    std::optional<Title> titleByName(const QString &name);
    QList<User> users(bool includeInactive = false);
    std::optional<User> userByLogin(const QString &login);
    std::optional<User> userById(qint64 id);
    QList<Absence> absences(qint64 userId);

    // Changes: each in its own transaction (or the caller's), each audited.
    qint64 addUnit(const Session &session, const Unit &unit);
    /// Changes name, level, parent, order and active of the unit with unit.id (code stays).
    /// A parent that would make the units a cycle is BadData.
    void updateUnit(const Session &session, const Unit &unit);
    /// The codes of the cycle that giving unit (by id) the parent unit.parentId would make,
    /// starting and ending with unit's own code ("A", "B", "A"); empty when there is none.
    QStringList parentCycle(const Unit &unit);
    qint64 addTitle(const Session &session, const Title &title);
    /// The unit and title are given by id; roles replace the user's roles.
    qint64 addUser(const Session &session, const User &user);
    /// Refused (StoreError::Refused) when it would leave no active administrator.
    void updateUser(const Session &session, const User &user);
    qint64 addAbsence(const Session &session, const Absence &absence);

    /// Validation shared by the CLI, the CSV import and the GUI; throws StoreError(BadData).
    static void validateLogin(const QString &login);
    /// The 内線 as stored (full-width digits made ASCII); throws StoreError(BadData) if it is not one.
    static QString normalizedExtension(const QString &extension);

private:
    void setRoles(qint64 userId, const QList<Role> &roles);
    /// Throws StoreError(Refused) unless an active administrator other than leaving remains:
    /// nobody could ever administer the organization again.
    void requireAnotherActiveAdministrator(const User &leaving);
    QList<User> queryUsers(const QString &where, const QVariant &value);

    StoreConnection &m_connection;
};

} // namespace kessai
