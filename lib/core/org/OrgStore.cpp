// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/org/OrgStore.h"

#include "core/org/LoginRoles.h"
#include "core/org/Session.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Timestamps.h"
#include "core/store/Transaction.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace kessai {

namespace {
Unit readUnit(const SqlQuery &q)
{
    Unit unit;
    unit.id = q.id(0);
    unit.code = q.text(1);
    unit.name = q.text(2);
    unit.level = fromCode<UnitLevel>(q.text(3)).value_or(UnitLevel::Office);
    unit.parentId = q.id(4);
    unit.sortOrder = q.value(5).toInt();
    unit.active = q.flag(6);
    return unit;
}

const auto kUnitColumns = QStringLiteral("id, code, name, level, parent_id, sort_order, active");

StoreError badData(const QString &message)
{
    return StoreError(StoreError::Kind::BadData, message);
}
} // namespace

OrgStore::OrgStore(StoreConnection &connection)
    : m_connection(connection)
{}

bool OrgStore::organizationExists()
{
    return SqlQuery(m_connection, QStringLiteral("SELECT count(*) FROM organization")).scalar().toInt() > 0;
}

QString OrgStore::organizationName()
{
    return SqlQuery(m_connection, QStringLiteral("SELECT name FROM organization WHERE id = 1"))
        .scalar()
        .toString();
}

QList<Unit> OrgStore::units(bool includeInactive)
{
    SqlQuery q(
        m_connection,
        QStringLiteral("SELECT %1 FROM units WHERE active OR ? ORDER BY sort_order, code").arg(kUnitColumns));
    q.bind(includeInactive).exec();
    QList<Unit> list;
    while (q.next())
        list.append(readUnit(q));
    return list;
}

std::optional<Unit> OrgStore::unitByCode(const QString &code)
{
    SqlQuery q(m_connection, QStringLiteral("SELECT %1 FROM units WHERE code = ?").arg(kUnitColumns));
    q.bind(code).exec();
    return q.next() ? std::optional<Unit>(readUnit(q)) : std::nullopt;
}

std::optional<Unit> OrgStore::unitById(qint64 id)
{
    SqlQuery q(m_connection, QStringLiteral("SELECT %1 FROM units WHERE id = ?").arg(kUnitColumns));
    q.bind(id).exec();
    return q.next() ? std::optional<Unit>(readUnit(q)) : std::nullopt;
}

QList<Title> OrgStore::titles()
{
    SqlQuery q(m_connection, QStringLiteral("SELECT id, name, rank FROM titles ORDER BY rank, name"));
    q.exec();
    QList<Title> list;
    while (q.next())
        list.append(Title{q.id(0), q.text(1), q.value(2).toInt()});
    return list;
}

std::optional<Title> OrgStore::titleByName(const QString &name)
{
    SqlQuery q(m_connection, QStringLiteral("SELECT id, name, rank FROM titles WHERE name = ?"));
    q.bind(name).exec();
    if (!q.next())
        return std::nullopt;
    return Title{q.id(0), q.text(1), q.value(2).toInt()};
}

QList<User> OrgStore::queryUsers(const QString &where, const QVariant &value)
{
    SqlQuery q(
        m_connection,
        QStringLiteral("SELECT u.id, u.login, u.display_name, u.kana, u.title_id, t.name, t.rank, u.unit_id, "
                       "n.name, u.active, u.extension FROM users u "
                       "LEFT JOIN titles t ON t.id = u.title_id LEFT JOIN units n ON n.id = u.unit_id "
                       "WHERE %1 ORDER BY n.sort_order, t.rank DESC, u.kana, u.login")
            .arg(where));
    q.bind(value).exec();
    QList<User> list;
    while (q.next()) {
        User user;
        user.id = q.id(0);
        user.login = q.text(1);
        user.displayName = q.text(2);
        user.kana = q.text(3);
        user.titleId = q.id(4);
        user.titleName = q.text(5);
        user.titleRank = q.value(6).toInt();
        user.unitId = q.id(7);
        user.unitName = q.text(8);
        user.active = q.flag(9);
        user.extension = q.text(10);
        list.append(user);
    }
    SqlQuery roles(m_connection,
                   QStringLiteral("SELECT role FROM user_roles WHERE user_id = ? ORDER BY role"));
    for (User &user : list) {
        roles.bind(user.id).exec();
        while (roles.next()) {
            if (const auto role = fromCode<Role>(roles.text(0)))
                user.roles.append(*role);
        }
    }
    return list;
}

QList<User> OrgStore::users(bool includeInactive)
{
    return queryUsers(QStringLiteral("(u.active OR ?)"), includeInactive);
}

std::optional<User> OrgStore::userByLogin(const QString &login)
{
    const QList<User> list = queryUsers(QStringLiteral("u.login = ?"), login);
    return list.isEmpty() ? std::nullopt : std::optional<User>(list.first());
}

std::optional<User> OrgStore::userById(qint64 id)
{
    const QList<User> list = queryUsers(QStringLiteral("u.id = ?"), id);
    return list.isEmpty() ? std::nullopt : std::optional<User>(list.first());
}

QList<Absence> OrgStore::absences(qint64 userId)
{
    SqlQuery q(m_connection, QStringLiteral("SELECT id, user_id, starts_on, ends_on, proxy_user_id, reason "
                                            "FROM absences WHERE user_id = ? ORDER BY starts_on"));
    q.bind(userId).exec();
    QList<Absence> list;
    while (q.next()) {
        list.append(Absence{q.id(0), q.id(1), Timestamps::dateFromText(q.text(2)),
                            Timestamps::dateFromText(q.text(3)), q.id(4), q.text(5)});
    }
    return list;
}

void OrgStore::validateLogin(const QString &login)
{
    // Logins are OS accounts or PostgreSQL roles: keep them to what both accept.
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,62}$"));
    if (!valid.match(login).hasMatch())
        throw badData(tr("login \"%1\" is not valid: use 1-63 letters, digits, '_', '.' or '-'").arg(login));
}

QString OrgStore::normalizedExtension(const QString &extension)
{
    // 内線 as typed in a Japanese office: full-width digits become ASCII (NFKC); a number, not prose.
    const QString value = extension.normalized(QString::NormalizationForm_KC).trimmed();
    static const QRegularExpression valid(QStringLiteral("^[0-9+()#*\\- ]{0,20}$"));
    if (!valid.match(value).hasMatch())
        throw badData(tr("extension \"%1\" is not valid: use at most 20 digits, spaces or '-', '+', '(', ')', "
                         "'#', '*'")
                          .arg(extension));
    return value;
}

qint64 OrgStore::addUnit(const Session &session, const Unit &unit)
{
    session.require(Role::Admin, tr("adding a unit"));
    const QString code = unit.code.trimmed(); // checked as stored
    if (code.isEmpty() || unit.name.trimmed().isEmpty())
        throw badData(tr("a unit needs a code and a name"));
    Transaction transaction(m_connection);
    if (unitByCode(code))
        throw badData(tr("unit code \"%1\" already exists").arg(code));
    if (unit.parentId && !unitById(unit.parentId))
        throw badData(tr("parent unit %1 does not exist").arg(unit.parentId));
    const qint64 id =
        SqlQuery(m_connection, QStringLiteral("INSERT INTO units (code, name, level, parent_id, "
                                              "sort_order, active) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"))
            .bind(code)
            .bind(unit.name.trimmed())
            .bind(toCode(unit.level))
            .bindOptionalId(unit.parentId)
            .bind(unit.sortOrder)
            .bind(unit.active)
            .scalar()
            .toLongLong();
    session.audit(QStringLiteral("unit.add"), QStringLiteral("unit"), id,
                  {{QStringLiteral("code"), code}, {QStringLiteral("name"), unit.name}});
    transaction.commit();
    return id;
}

void OrgStore::updateUnit(const Session &session, const Unit &unit)
{
    session.require(Role::Admin, tr("changing a unit"));
    if (unit.name.trimmed().isEmpty())
        throw badData(tr("unit \"%1\" needs a name").arg(unit.code));
    if (unit.parentId == unit.id)
        throw badData(tr("unit \"%1\" cannot be its own parent").arg(unit.code));
    Transaction transaction(m_connection);
    const std::optional<Unit> before = unitById(unit.id);
    if (!before)
        throw badData(tr("unit %1 does not exist").arg(unit.id));
    if (const QStringList cycle = parentCycle(unit); !cycle.isEmpty())
        throw badData(tr("unit \"%1\" cannot be placed there: the units would form a cycle (%2)")
                          .arg(before->code, cycle.join(QStringLiteral(" → "))));
    SqlQuery(m_connection,
             QStringLiteral("UPDATE units SET name = ?, level = ?, parent_id = ?, sort_order = ?, "
                            "active = ? WHERE id = ?"))
        .bind(unit.name.trimmed())
        .bind(toCode(unit.level))
        .bindOptionalId(unit.parentId)
        .bind(unit.sortOrder)
        .bind(unit.active)
        .bind(unit.id)
        .exec();
    session.audit(QStringLiteral("unit.update"), QStringLiteral("unit"), unit.id,
                  {{QStringLiteral("code"), before->code},
                   {QStringLiteral("name_before"), before->name},
                   {QStringLiteral("name"), unit.name},
                   {QStringLiteral("parent_id"), unit.parentId},
                   {QStringLiteral("active"), unit.active}});
    transaction.commit();
}

QStringList OrgStore::parentCycle(const Unit &unit)
{
    QStringList codes;
    QList<qint64> seen;
    qint64 next = unit.parentId;
    while (next && !seen.contains(next)) {
        if (next == unit.id) {
            const std::optional<Unit> self = unitById(unit.id);
            const QString code = self ? self->code : unit.code;
            return QStringList{code} + codes + QStringList{code};
        }
        seen.append(next);
        const std::optional<Unit> parent = unitById(next);
        if (!parent)
            break;
        codes.append(parent->code);
        next = parent->parentId;
    }
    return {};
}

qint64 OrgStore::addTitle(const Session &session, const Title &title)
{
    session.require(Role::Admin, tr("adding a title"));
    if (title.name.trimmed().isEmpty())
        throw badData(tr("a title needs a name"));
    Transaction transaction(m_connection);
    const qint64 id =
        SqlQuery(m_connection, QStringLiteral("INSERT INTO titles (name, rank) VALUES (?, ?) RETURNING id"))
            .bind(title.name.trimmed())
            .bind(title.rank)
            .scalar()
            .toLongLong();
    session.audit(QStringLiteral("title.add"), QStringLiteral("title"), id,
                  {{QStringLiteral("name"), title.name}, {QStringLiteral("rank"), title.rank}});
    transaction.commit();
    return id;
}

void OrgStore::setRoles(qint64 userId, const QList<Role> &roles)
{
    SqlQuery(m_connection, QStringLiteral("DELETE FROM user_roles WHERE user_id = ?")).bind(userId).exec();
    SqlQuery insert(m_connection, QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (?, ?)"));
    QList<Role> seen;
    for (Role role : roles) {
        if (seen.contains(role))
            continue;
        seen.append(role);
        insert.bind(userId).bind(toCode(role)).exec();
    }
}

qint64 OrgStore::addUser(const Session &session, const User &user)
{
    session.require(Role::Admin, tr("adding a user"));
    validateLogin(user.login);
    if (user.displayName.trimmed().isEmpty())
        throw badData(tr("user \"%1\" needs a display name").arg(user.login));
    const QString extension = normalizedExtension(user.extension);
    Transaction transaction(m_connection);
    if (userByLogin(user.login))
        throw badData(tr("login \"%1\" already exists").arg(user.login));
    if (user.unitId && !unitById(user.unitId))
        throw badData(tr("unit %1 does not exist").arg(user.unitId));
    const qint64 id =
        SqlQuery(m_connection,
                 QStringLiteral("INSERT INTO users (login, display_name, kana, extension, title_id, unit_id, "
                                "active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"))
            .bind(user.login)
            .bind(user.displayName.trimmed())
            .bind(user.kana.trimmed())
            .bind(extension)
            .bindOptionalId(user.titleId)
            .bindOptionalId(user.unitId)
            .bind(user.active)
            .bind(Timestamps::toText(Timestamps::now()))
            .scalar()
            .toLongLong();
    setRoles(id, user.roles);
    LoginRoles(m_connection).sync(user.login, user.roles, user.active);
    QJsonArray roles;
    for (Role role : user.roles)
        roles.append(toCode(role));
    session.audit(QStringLiteral("user.add"), QStringLiteral("user"), id,
                  {{QStringLiteral("login"), user.login},
                   {QStringLiteral("name"), user.displayName},
                   {QStringLiteral("unit_id"), user.unitId},
                   {QStringLiteral("extension"), extension},
                   {QStringLiteral("roles"), roles}});
    transaction.commit();
    return id;
}

void OrgStore::updateUser(const Session &session, const User &user)
{
    session.require(Role::Admin, tr("changing a user"));
    if (user.displayName.trimmed().isEmpty())
        throw badData(tr("user \"%1\" needs a display name").arg(user.login));
    const QString extension = normalizedExtension(user.extension);
    Transaction transaction(m_connection);
    const std::optional<User> before = userById(user.id);
    if (!before)
        throw badData(tr("user %1 does not exist").arg(user.id));
    if (before->active && before->hasRole(Role::Admin) && !(user.active && user.roles.contains(Role::Admin)))
        requireAnotherActiveAdministrator(*before);
    SqlQuery(m_connection,
             QStringLiteral("UPDATE users SET display_name = ?, kana = ?, extension = ?, title_id = ?, "
                            "unit_id = ?, active = ? WHERE id = ?"))
        .bind(user.displayName.trimmed())
        .bind(user.kana.trimmed())
        .bind(extension)
        .bindOptionalId(user.titleId)
        .bindOptionalId(user.unitId)
        .bind(user.active)
        .bind(user.id)
        .exec();
    setRoles(user.id, user.roles);
    LoginRoles(m_connection).sync(before->login, user.roles, user.active);
    QJsonArray roles;
    for (Role role : user.roles)
        roles.append(toCode(role));
    session.audit(QStringLiteral("user.update"), QStringLiteral("user"), user.id,
                  {{QStringLiteral("login"), before->login},
                   {QStringLiteral("unit_id_before"), before->unitId},
                   {QStringLiteral("unit_id"), user.unitId},
                   {QStringLiteral("title_id"), user.titleId},
                   {QStringLiteral("active"), user.active},
                   {QStringLiteral("extension"), extension},
                   {QStringLiteral("roles"), roles}});
    transaction.commit();
}

void OrgStore::requireAnotherActiveAdministrator(const User &leaving)
{
    // Two clients demoting the two last administrators at once must not both succeed: on
    // PostgreSQL they queue on the organization row (SQLite's BEGIN IMMEDIATE already does).
    if (m_connection.isPostgreSQL())
        SqlQuery(m_connection, QStringLiteral("SELECT id FROM organization WHERE id = 1 FOR UPDATE")).exec();
    const qint64 others =
        SqlQuery(m_connection,
                 QStringLiteral("SELECT count(*) FROM users u JOIN user_roles r ON r.user_id = u.id "
                                "WHERE r.role = ? AND u.active AND u.id <> ?"))
            .bind(toCode(Role::Admin))
            .bind(leaving.id)
            .scalar()
            .toLongLong();
    if (others == 0)
        throw StoreError(StoreError::Kind::Refused,
                         tr("\"%1\" is the last active administrator and stays one: make another user an "
                            "administrator first")
                             .arg(leaving.login));
}

qint64 OrgStore::addAbsence(const Session &session, const Absence &absence)
{
    if (absence.userId != session.user().id)
        session.require(Role::Admin, tr("registering another user's absence"));
    if (!absence.startsOn.isValid() || !absence.endsOn.isValid() || absence.endsOn < absence.startsOn)
        throw badData(tr("an absence needs a start and an end date, the end not before the start"));
    if (absence.proxyUserId == absence.userId)
        throw badData(tr("a user cannot be their own proxy"));
    Transaction transaction(m_connection);
    const qint64 id =
        SqlQuery(m_connection,
                 QStringLiteral("INSERT INTO absences (user_id, starts_on, ends_on, proxy_user_id, reason, "
                                "created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"))
            .bind(absence.userId)
            .bind(Timestamps::dateToText(absence.startsOn))
            .bind(Timestamps::dateToText(absence.endsOn))
            .bindOptionalId(absence.proxyUserId)
            .bind(absence.reason)
            .bind(Timestamps::toText(Timestamps::now()))
            .scalar()
            .toLongLong();
    session.audit(QStringLiteral("absence.add"), QStringLiteral("user"), absence.userId,
                  {{QStringLiteral("absence_id"), id},
                   {QStringLiteral("from"), Timestamps::dateToText(absence.startsOn)},
                   {QStringLiteral("to"), Timestamps::dateToText(absence.endsOn)},
                   {QStringLiteral("proxy_user_id"), absence.proxyUserId}});
    transaction.commit();
    return id;
}

} // namespace kessai
