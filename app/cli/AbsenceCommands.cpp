// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/AbsenceCommands.h"

#include "cli/CliContext.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace kessai::cli {

namespace {
const auto kFrom = QStringLiteral("from");
const auto kTo = QStringLiteral("to");
const auto kProxy = QStringLiteral("proxy");
const auto kUser = QStringLiteral("user");
const auto kReason = QStringLiteral("reason");

User userOf(OrgStore &org, const QString &option, const QString &login)
{
    const auto user = org.userByLogin(login);
    if (!user)
        throw StoreError(StoreError::Kind::BadData,
                         AbsenceCommands::tr("--%1: no user with login \"%2\"").arg(option, login));
    return *user;
}

QDate dateOption(const QCommandLineParser &parser, const QString &option, const QString &command)
{
    const QDate date = QDate::fromString(parser.value(option).trimmed(), Qt::ISODate);
    if (!date.isValid())
        throw CliContext::usageError(
            AbsenceCommands::tr("--%1 \"%2\" is not a date (YYYY-MM-DD)").arg(option, parser.value(option)),
            command);
    return date;
}

QJsonObject absenceJson(const Absence &absence, const QString &login, const QString &proxyLogin)
{
    return {{QStringLiteral("id"), absence.id},
            {QStringLiteral("user"), login},
            {QStringLiteral("from"), absence.startsOn.toString(Qt::ISODate)},
            {QStringLiteral("to"), absence.endsOn.toString(Qt::ISODate)},
            {QStringLiteral("proxy"), proxyLogin.isEmpty() ? QJsonValue() : QJsonValue(proxyLogin)},
            {QStringLiteral("reason"), absence.reason}};
}

const QStringList &absenceColumns()
{
    static const QStringList columns{QStringLiteral("id"), QStringLiteral("user"),  QStringLiteral("from"),
                                     QStringLiteral("to"), QStringLiteral("proxy"), QStringLiteral("reason")};
    return columns;
}
} // namespace

AbsenceCommands::AbsenceCommands(CliContext &context)
    : m_context(context)
{}

int AbsenceCommands::absence(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("add"))
        return add(arguments.mid(1));
    if (sub == QLatin1String("list"))
        return list(arguments.mid(1));
    return m_context.groupHelp(QStringLiteral("absence"), {QStringLiteral("add"), QStringLiteral("list")},
                               arguments);
}

int AbsenceCommands::add(const QStringList &arguments)
{
    const QString command = QStringLiteral("absence add");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Registers an absence (不在) and the proxy (代理者) who acts meanwhile: your own, or another "
           "user's (administrators). Prints the absence: id, user, from, to, proxy, reason."));
    parser.addOption({kFrom, tr("First day away, YYYY-MM-DD."), tr("date")});
    parser.addOption({kTo, tr("Last day away, YYYY-MM-DD."), tr("date")});
    parser.addOption({kProxy, tr("Login of the proxy."), tr("login")});
    parser.addOption({kUser, tr("Login of the absent user (default: you)."), tr("login")});
    parser.addOption({kReason, tr("Why (e.g. 出張, 休暇)."), tr("text")});
    if (!m_context.parse(parser, command, arguments))
        return ExitOk;
    m_context.required(parser, kFrom, command);
    m_context.required(parser, kTo, command);
    const QString proxyLogin = m_context.required(parser, kProxy, command);
    Absence absence;
    absence.startsOn = dateOption(parser, kFrom, command);
    absence.endsOn = dateOption(parser, kTo, command);
    absence.reason = parser.value(kReason).trimmed();
    if (absence.reason.isNull())
        absence.reason = QStringLiteral(""); // absences.reason is NOT NULL

    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    OrgStore org(*connection);
    const QString userLogin = parser.value(kUser).trimmed();
    const User user = userLogin.isEmpty() ? session.user() : userOf(org, kUser, userLogin);
    const User proxy = userOf(org, kProxy, proxyLogin);
    absence.userId = user.id;
    absence.proxyUserId = proxy.id;
    absence.id = org.addAbsence(session, absence);
    m_context.output().printRecord(absenceJson(absence, user.login, proxy.login), absenceColumns());
    return ExitOk;
}

int AbsenceCommands::list(const QStringList &arguments)
{
    const QString command = QStringLiteral("absence list");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the absences of a user (default: you): id, user, from, to, proxy, reason."));
    parser.addOption({kUser, tr("Login of the user (default: you)."), tr("login")});
    if (!m_context.parse(parser, command, arguments))
        return ExitOk;

    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    OrgStore org(*connection);
    const QString userLogin = parser.value(kUser).trimmed();
    const User user = userLogin.isEmpty() ? session.user() : userOf(org, kUser, userLogin);
    QList<QJsonObject> rows;
    const QList<Absence> absences = org.absences(user.id);
    for (const Absence &absence : absences) {
        const auto proxy = absence.proxyUserId ? org.userById(absence.proxyUserId) : std::nullopt;
        rows.append(absenceJson(absence, user.login, proxy ? proxy->login : QString()));
    }
    m_context.output().printList(rows, absenceColumns());
    return ExitOk;
}

} // namespace kessai::cli
