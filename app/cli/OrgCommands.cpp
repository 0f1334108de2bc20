// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/OrgCommands.h"

#include "cli/CliContext.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/org/UnitLevelText.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QRegularExpression>

namespace kessai::cli {

namespace {
const auto kAll = QStringLiteral("all");

StoreError badData(const QString &message)
{
    return StoreError(StoreError::Kind::BadData, message);
}
} // namespace

OrgCommands::OrgCommands(CliContext &context)
    : m_context(context)
{}

const QStringList &OrgCommands::unitColumns()
{
    static const QStringList columns{
        QStringLiteral("id"),     QStringLiteral("code"),  QStringLiteral("name"),  QStringLiteral("level"),
        QStringLiteral("parent"), QStringLiteral("order"), QStringLiteral("active")};
    return columns;
}

const QStringList &OrgCommands::userColumns()
{
    static const QStringList columns{QStringLiteral("id"),    QStringLiteral("login"), QStringLiteral("name"),
                                     QStringLiteral("kana"),  QStringLiteral("title"), QStringLiteral("unit"),
                                     QStringLiteral("roles"), QStringLiteral("active"), QStringLiteral("extension")};
    return columns;
}

int OrgCommands::unit(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("add"))
        return addUnit(arguments.mid(1));
    if (sub == QLatin1String("list"))
        return listUnits(arguments.mid(1));
    return m_context.groupHelp(QStringLiteral("unit"), {QStringLiteral("add"), QStringLiteral("list")},
                               arguments);
}

int OrgCommands::user(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("add"))
        return addUser(arguments.mid(1));
    if (sub == QLatin1String("list"))
        return listUsers(arguments.mid(1));
    return m_context.groupHelp(QStringLiteral("user"), {QStringLiteral("add"), QStringLiteral("list")},
                               arguments);
}

QHash<qint64, QString> OrgCommands::unitCodes(OrgStore &org)
{
    QHash<qint64, QString> codes;
    const QList<Unit> units = org.units(true);
    for (const Unit &unit : units)
        codes.insert(unit.id, unit.code);
    return codes;
}

QJsonObject OrgCommands::unitJson(const Unit &unit, const QHash<qint64, QString> &codes)
{
    const QJsonValue parent = unit.parentId ? QJsonValue(codes.value(unit.parentId)) : QJsonValue();
    return {{QStringLiteral("id"), unit.id},        {QStringLiteral("code"), unit.code},
            {QStringLiteral("name"), unit.name},    {QStringLiteral("level"), toCode(unit.level)},
            {QStringLiteral("parent"), parent},     {QStringLiteral("order"), unit.sortOrder},
            {QStringLiteral("active"), unit.active}};
}

QJsonObject OrgCommands::userJson(const User &user, const QHash<qint64, QString> &codes)
{
    const QJsonValue unitCode = user.unitId ? QJsonValue(codes.value(user.unitId)) : QJsonValue();
    QJsonArray roles;
    for (Role role : user.roles)
        roles.append(toCode(role));
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("login"), user.login},
            {QStringLiteral("name"), user.displayName},
            {QStringLiteral("display_name"), user.displayName},
            {QStringLiteral("kana"), user.kana},
            {QStringLiteral("extension"), user.extension},
            {QStringLiteral("title"), user.titleName.isEmpty() ? QJsonValue() : QJsonValue(user.titleName)},
            {QStringLiteral("unit"), unitCode},
            {QStringLiteral("unit_code"), unitCode},
            {QStringLiteral("unit_name"), user.unitName.isEmpty() ? QJsonValue() : QJsonValue(user.unitName)},
            {QStringLiteral("roles"), roles},
            {QStringLiteral("active"), user.active}};
}

int OrgCommands::addUnit(const QStringList &arguments)
{
    const QString command = QStringLiteral("unit add");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Adds a unit (department, division, section or office)."));
    parser.addOption({QStringLiteral("code"),
                      tr("Short code, unique, used in document numbers (e.g. the division's abbreviation)."),
                      tr("code")});
    parser.addOption({QStringLiteral("name"), tr("Full name of the unit."), tr("name")});
    parser.addOption({QStringLiteral("level"), tr("department, division, section or office."), tr("level")});
    parser.addOption({QStringLiteral("parent"), tr("Code of the unit it belongs to."), tr("code")});
    parser.addOption({QStringLiteral("order"), tr("Sort order among its siblings (a number)."), tr("n")});
    if (!m_context.parse(parser, command, arguments))
        return ExitOk;

    Unit unit;
    unit.code = m_context.required(parser, QStringLiteral("code"), command);
    unit.name = m_context.required(parser, QStringLiteral("name"), command);
    const QString levelText = m_context.required(parser, QStringLiteral("level"), command);
    const auto level = parseUnitLevel(levelText);
    if (!level)
        throw CliContext::usageError(
            tr("--level \"%1\" is not department, division, section or office").arg(levelText), command);
    unit.level = *level;
    if (parser.isSet(QStringLiteral("order"))) {
        bool ok = false;
        unit.sortOrder = parser.value(QStringLiteral("order")).trimmed().toInt(&ok);
        if (!ok)
            throw CliContext::usageError(
                tr("--order \"%1\" is not a number").arg(parser.value(QStringLiteral("order"))), command);
    }

    const auto connection = m_context.connect();
    Session session(*connection, m_context.actAs());
    OrgStore org(*connection);
    const QString parentCode = parser.value(QStringLiteral("parent")).trimmed();
    if (!parentCode.isEmpty()) {
        const auto parent = org.unitByCode(parentCode);
        if (!parent)
            throw badData(tr("--parent: no unit with code \"%1\"").arg(parentCode));
        unit.parentId = parent->id;
    }
    if (!parser.isSet(QStringLiteral("order")))
        unit.sortOrder = int(org.units(true).size() + 1) * 10;
    unit.id = org.addUnit(session, unit);
    m_context.output().printRecord(unitJson(*org.unitById(unit.id), unitCodes(org)), unitColumns());
    return ExitOk;
}

int OrgCommands::listUnits(const QStringList &arguments)
{
    const QString command = QStringLiteral("unit list");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the units: id, code, name, level, parent code, order, active (yes/no)."));
    parser.addOption({kAll, tr("Include inactive units.")});
    if (!m_context.parse(parser, command, arguments))
        return ExitOk;

    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    OrgStore org(*connection);
    QList<QJsonObject> rows;
    const QHash<qint64, QString> codes = unitCodes(org);
    const QList<Unit> units = org.units(parser.isSet(kAll));
    for (const Unit &unit : units)
        rows.append(unitJson(unit, codes));
    m_context.output().printList(rows, unitColumns());
    return ExitOk;
}

int OrgCommands::addUser(const QStringList &arguments)
{
    const QString command = QStringLiteral("user add");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Adds a member of staff. The login is their operating-system account (SQLite) or their "
           "PostgreSQL role."));
    parser.addOption({QStringLiteral("login"), tr("Login name."), tr("login")});
    parser.addOption({QStringLiteral("name"), tr("Display name."), tr("name")});
    parser.addOption({QStringLiteral("kana"), tr("Reading of the name in kana, for sorting."), tr("kana")});
    parser.addOption({QStringLiteral("title"), tr("Job title, as in the title list."), tr("title")});
    parser.addOption({QStringLiteral("unit"), tr("Code of the unit they belong to."), tr("code")});
    parser.addOption({QStringLiteral("extension"), tr("Telephone extension (内線), shown on the cover sheet."),
                      tr("number")});
    parser.addOption({QStringLiteral("roles"),
                      tr("Comma-separated roles: clerk, approver, records_manager, admin (default: clerk)."),
                      tr("roles")});
    if (!m_context.parse(parser, command, arguments))
        return ExitOk;

    User user;
    user.login = m_context.required(parser, QStringLiteral("login"), command);
    user.displayName = m_context.required(parser, QStringLiteral("name"), command);
    user.kana = parser.value(QStringLiteral("kana")).trimmed(); // none: SqlQuery::bind stores ''
    user.extension = parser.value(QStringLiteral("extension"));
    static const QRegularExpression separator(QStringLiteral("[,|\\s]+"));
    const QStringList roleCodes = parser.value(QStringLiteral("roles")).split(separator, Qt::SkipEmptyParts);
    for (const QString &code : roleCodes) {
        const auto role = fromCode<Role>(code.toLower());
        if (!role)
            throw CliContext::usageError(
                tr("--roles: unknown role \"%1\" (clerk, approver, records_manager, admin)").arg(code),
                command);
        if (!user.roles.contains(*role))
            user.roles.append(*role);
    }
    if (user.roles.isEmpty())
        user.roles.append(Role::Clerk);

    const auto connection = m_context.connect();
    Session session(*connection, m_context.actAs());
    OrgStore org(*connection);
    const QString title = parser.value(QStringLiteral("title")).trimmed();
    if (!title.isEmpty()) {
        const auto found = org.titleByName(title);
        if (!found)
            throw badData(tr("--title: unknown title \"%1\"").arg(title));
        user.titleId = found->id;
    }
    const QString unitCode = parser.value(QStringLiteral("unit")).trimmed();
    if (!unitCode.isEmpty()) {
        const auto unit = org.unitByCode(unitCode);
        if (!unit)
            throw badData(tr("--unit: no unit with code \"%1\"").arg(unitCode));
        user.unitId = unit->id;
    }
    const qint64 id = org.addUser(session, user);
    m_context.output().printRecord(userJson(*org.userById(id), unitCodes(org)), userColumns());
    return ExitOk;
}

int OrgCommands::listUsers(const QStringList &arguments)
{
    const QString command = QStringLiteral("user list");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the staff: id, login, name, kana, title, unit code, roles, active (yes/no), extension."));
    parser.addOption({kAll, tr("Include inactive users.")});
    if (!m_context.parse(parser, command, arguments))
        return ExitOk;

    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    OrgStore org(*connection);
    QList<QJsonObject> rows;
    const QHash<qint64, QString> codes = unitCodes(org);
    const QList<User> users = org.users(parser.isSet(kAll));
    for (const User &user : users)
        rows.append(userJson(user, codes));
    m_context.output().printList(rows, userColumns());
    return ExitOk;
}

} // namespace kessai::cli
