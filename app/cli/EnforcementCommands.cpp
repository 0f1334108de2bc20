// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/EnforcementCommands.h"

#include "cli/CliContext.h"
#include "core/DomainLabels.h"
#include "core/documents/AttachmentStore.h"
#include "core/documents/DocumentStore.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/workflow/EnforcementStore.h"
#include "core/workflow/WorkflowStore.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace kessai::cli {

namespace {
const auto kDate = QStringLiteral("date");
const auto kTo = QStringLiteral("to");
const auto kMethod = QStringLiteral("method");
const auto kSeal = QStringLiteral("seal");
const auto kNoSeal = QStringLiteral("no-seal");
const auto kCheckedBy = QStringLiteral("checked-by");
const auto kDocument = QStringLiteral("document");

StoreError badData(const QString &message)
{
    return StoreError(StoreError::Kind::BadData, message);
}

/// The attachment named on the command line: its position (1, 2 …) or its name as listed.
AttachmentRecord attachmentOf(StoreConnection &connection, qint64 documentId, const QString &given)
{
    const QList<AttachmentRecord> attachments = AttachmentStore(connection).list(documentId);
    bool isNumber = false;
    const int position = given.toInt(&isNumber);
    for (const AttachmentRecord &a : attachments) {
        if ((isNumber && a.position == position) || a.displayName == given || a.originalName == given)
            return a;
    }
    QStringList names;
    for (const AttachmentRecord &a : attachments)
        names << QStringLiteral("%1 %2").arg(a.position).arg(a.displayName);
    throw badData(EnforcementCommands::tr("--document: document %1 has no attachment “%2” (it has: %3)")
                      .arg(documentId)
                      .arg(given, names.isEmpty() ? EnforcementCommands::tr("none") : names.join(QStringLiteral(", "))));
}
} // namespace

EnforcementCommands::EnforcementCommands(CliContext &context)
    : m_context(context)
{}

int EnforcementCommands::run(const QStringList &arguments)
{
    const QString command = QStringLiteral("enforce");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("施行: records that a decided document went out, on a day not before its 決裁日: where to (施行先, "
           "--to once per destination, names from the shared list of correspondents; a new name is added to "
           "it), how (施行方法), with the official seal or without (公印 / 公印省略), who checked the fair copy "
           "(浄書), and which attachment is the issued document (施行文書) — which must be exactly the version "
           "that was decided. Recorded once; a correction is a note on the 鑑 by a records manager."));
    parser.addPositionalArgument(QStringLiteral("doc"), tr("Id of the document."), tr("DOC"));
    parser.addOption({kDate, tr("The 施行日, YYYY-MM-DD (default: today)."), tr("date")});
    parser.addOption({kTo, tr("A 施行先 (destination); repeat for several."), tr("name")});
    parser.addOption({kMethod, tr("The 施行方法: %1.").arg(enforcementMethodCodes()), tr("method")});
    parser.addOption({kSeal, tr("The official seal is affixed (押印; the default).")});
    parser.addOption({kNoSeal, tr("The official seal is omitted (公印省略).")});
    parser.addOption({kCheckedBy, tr("Login of who checked the fair copy (浄書)."), tr("login")});
    parser.addOption({kDocument, tr("The 施行文書: an attachment by its position or name."), tr("attachment")});
    if (!m_context.parse(parser, command, arguments, 1))
        return ExitOk;

    Enforcement input;
    input.documentId = CliContext::positiveNumber(parser.positionalArguments(), 0, tr("DOC"), command);
    if (parser.isSet(kDate)) {
        input.enforcedOn = QDate::fromString(parser.value(kDate).trimmed(), Qt::ISODate);
        if (!input.enforcedOn.isValid())
            throw CliContext::usageError(tr("--date \"%1\" is not a date (YYYY-MM-DD)").arg(parser.value(kDate)),
                                         command);
    }
    const QStringList destinations = parser.values(kTo);
    if (destinations.isEmpty())
        throw CliContext::usageError(tr("--to: give at least one 施行先 (destination)"), command);
    for (const QString &name : destinations)
        input.destinations.append({0, name.trimmed()});
    const QString method = m_context.required(parser, kMethod, command);
    const auto methodValue = fromCode<EnforcementMethod>(method.trimmed());
    if (!methodValue)
        throw CliContext::usageError(
            tr("--method \"%1\" is not one of: %2").arg(method, enforcementMethodCodes()), command);
    input.method = *methodValue;
    if (parser.isSet(kSeal) && parser.isSet(kNoSeal))
        throw CliContext::usageError(tr("--seal and --no-seal: give one of them"), command);
    input.seal = parser.isSet(kNoSeal) ? OfficialSeal::Omitted : OfficialSeal::Affixed;

    const auto connection = m_context.connect();
    const Session session(*connection, m_context.actAs());
    if (parser.isSet(kCheckedBy)) {
        const QString login = parser.value(kCheckedBy).trimmed();
        const auto checker = OrgStore(*connection).userByLogin(login);
        if (!checker || !checker->active)
            throw badData(tr("--checked-by: no active user with login \"%1\"").arg(login));
        input.fairCopyCheckerId = checker->id;
    }
    if (parser.isSet(kDocument))
        input.issuedAttachmentId = attachmentOf(*connection, input.documentId, parser.value(kDocument).trimmed()).id;
    EnforcementStore::validate(input);
    // The version this 施行 is based on: whoever acts in between makes it fail, not act twice.
    int version = 0;
    WorkflowStore(*connection).load(input.documentId, &version);
    const int newVersion = EnforcementStore(*connection).record(session, input, version);

    const auto after = DocumentStore(*connection).document(input.documentId);
    const std::optional<Enforcement> recorded = EnforcementStore(*connection).read(input.documentId);
    if (!after || !recorded)
        throw StoreError(StoreError::Kind::Internal,
                         tr("document %1: the 施行 was recorded but cannot be read back").arg(input.documentId));
    QJsonObject json = recorded->toJson();
    json.insert(QStringLiteral("document"), input.documentId);
    json.insert(QStringLiteral("action"), QStringLiteral("enforce"));
    json.insert(QStringLiteral("status"), toCode(after->status));
    json.insert(QStringLiteral("number"), after->numberLabel.isEmpty() ? QJsonValue() : QJsonValue(after->numberLabel));
    json.insert(QStringLiteral("row_version"), newVersion);
    m_context.output().printResult(
        tr("Document %1 enforced (施行) on %2 to %3 by %4, %5; status: %6.")
            .arg(input.documentId)
            .arg(recorded->enforcedOn.toString(Qt::ISODate), recorded->destinationNames().join(QStringLiteral("、")),
                 enforcementMethodLabel(recorded->method), officialSealLabel(recorded->seal),
                 DomainLabels::label(after->status)),
        json);
    return ExitOk;
}

} // namespace kessai::cli
