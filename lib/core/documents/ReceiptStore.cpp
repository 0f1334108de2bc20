// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/ReceiptStore.h"

#include "core/content/AttachmentFile.h"
#include "core/content/StagedBlob.h"
#include "core/documents/AttachmentStore.h"
#include "core/documents/DocumentNumbering.h"
#include "core/documents/DocumentRecord.h"
#include "core/documents/DocumentStore.h"
#include "core/documents/SenderList.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/store/SqlQuery.h"
#include "core/store/StorableText.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Timestamps.h"
#include "core/store/Transaction.h"

#include <QFile>
#include <QJsonObject>

#include <memory>
#include <vector>

namespace kessai {

namespace {
const auto kReceiptSelect = QStringLiteral(
    "SELECT r.document_id, r.unit_id, n.name, r.fiscal_year, r.receipt_number, r.number_label, r.received_on, "
    "r.sender_id, r.sender_name, r.addressee, r.source_date, r.source_number, d.title, r.channel, r.handling, "
    "r.registered_by, u.display_name, r.registered_at, "
    "(SELECT count(*) FROM attachments a WHERE a.document_id = r.document_id AND a.removed_at IS NULL), "
    "r.source_file "
    "FROM receipts r JOIN documents d ON d.id = r.document_id JOIN units n ON n.id = r.unit_id "
    "JOIN users u ON u.id = r.registered_by");

ReceiptRecord readReceipt(const SqlQuery &q)
{
    ReceiptRecord r;
    r.documentId = q.id(0);
    r.unitId = q.id(1);
    r.unitName = q.text(2);
    r.fiscalYear = q.value(3).toInt();
    r.number = q.value(4).toInt();
    r.numberLabel = q.text(5);
    r.receivedOn = Timestamps::dateFromText(q.text(6));
    r.senderId = q.id(7);
    r.senderName = q.text(8);
    r.addressee = q.text(9);
    r.sourceDate = Timestamps::dateFromText(q.text(10));
    r.sourceNumber = q.text(11);
    r.title = q.text(12);
    r.channel = fromCode<ReceiptChannel>(q.text(13)).value_or(ReceiptChannel::Post);
    r.handling = fromCode<ReceiptHandling>(q.text(14)).value_or(ReceiptHandling::Circulate);
    r.registeredBy = q.id(15);
    r.registeredByName = q.text(16);
    r.registeredAt = Timestamps::fromText(q.text(17));
    r.attachmentCount = q.value(18).toInt();
    r.sourceFile = q.text(19);
    return r;
}

/// The 課 (or 部) a unit belongs to: itself when it is one, else the nearest above; the unit
/// itself when none is (as the server's kessai_unit_scope has it).
qint64 divisionOf(OrgStore &org, qint64 unitId)
{
    qint64 id = unitId;
    for (int depth = 0; id && depth < 64; ++depth) { // depth: a cycle cannot hang us
        const auto unit = org.unitById(id);
        if (!unit)
            break;
        if (unit->level == UnitLevel::Division || unit->level == UnitLevel::Department)
            return unit->id;
        id = unit->parentId;
    }
    return unitId;
}
} // namespace

ReceiptStore::ReceiptStore(StoreConnection &connection)
    : m_connection(connection)
{}

void ReceiptStore::validate(const ReceiptRecord &receipt) const
{
    if (receipt.title.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::BadData, tr("件名 (title) is required"));
    if (receipt.senderName.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::BadData, tr("差出人 (sender) is required"));
    if (!receipt.receivedOn.isValid())
        throw StoreError(StoreError::Kind::BadData, tr("収受日 (date received) is required"));
    if (receipt.receivedOn > QDate::currentDate())
        throw StoreError(StoreError::Kind::BadData,
                         tr("収受日 (date received) %1 is in the future").arg(receipt.receivedOn.toString(Qt::ISODate)));
    if (receipt.sourceDate.isValid() && receipt.sourceDate > receipt.receivedOn)
        throw StoreError(StoreError::Kind::BadData,
                         tr("文書の日付 (date on the document) %1 is after the 収受日 %2")
                             .arg(receipt.sourceDate.toString(Qt::ISODate),
                                  receipt.receivedOn.toString(Qt::ISODate)));
    StorableText::require(receipt.title, tr("the title (件名)"));
    StorableText::require(receipt.addressee, tr("the addressee (宛先)"));
    StorableText::require(receipt.sourceNumber, tr("the number on the document (文書の番号)"));
}

bool ReceiptStore::registersFor(const Session &session, qint64 unitId)
{
    const qint64 mine = session.user().unitId;
    if (!mine || !unitId)
        return false;
    if (unitId == mine)
        return true;
    OrgStore org(m_connection);
    const qint64 division = divisionOf(org, mine);
    // unitId is in the 課 when the 課 is on its way up.
    qint64 id = unitId;
    for (int depth = 0; id && depth < 64; ++depth) {
        if (id == division)
            return true;
        const auto unit = org.unitById(id);
        if (!unit)
            return false;
        id = unit->parentId;
    }
    return false;
}

qint64 ReceiptStore::registerReceipt(const Session &session, const ReceiptRecord &receipt)
{
    validate(receipt);
    const qint64 unitId = receipt.unitId ? receipt.unitId : session.user().unitId;
    if (!unitId)
        throw StoreError(StoreError::Kind::BadData,
                         tr("%1 belongs to no unit; give the receipt a unit").arg(session.user().login));
    if (!registersFor(session, unitId))
        throw StoreError(StoreError::Kind::Refused,
                         tr("only the 係 or 課 concerned registers what it receives: %1 is not in the unit %2")
                             .arg(session.user().login)
                             .arg(unitId));
    Transaction transaction(m_connection);
    const SenderList::Sender sender = SenderList(m_connection).findOrAdd(session, receipt.senderName);
    DocumentRecord document;
    document.kind = DocumentKind::Received;
    document.title = receipt.title.trimmed();
    document.unitId = unitId;
    const qint64 id = DocumentStore(m_connection).createDraft(session, document);
    SqlQuery(m_connection,
             QStringLiteral("INSERT INTO receipts (document_id, unit_id, received_on, sender_id, sender_name, "
                            "addressee, source_date, source_number, channel, handling, registered_by, "
                            "registered_at, source_file, source_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(id)
        .bind(unitId)
        .bind(Timestamps::dateToText(receipt.receivedOn))
        .bind(sender.id)
        .bind(sender.name)
        .bind(receipt.addressee.trimmed())
        .bind(receipt.sourceDate.isValid() ? Timestamps::dateToText(receipt.sourceDate) : QString())
        .bind(receipt.sourceNumber.trimmed())
        .bind(toCode(receipt.channel))
        .bind(toCode(receipt.handling))
        .bind(session.user().id)
        .bind(Timestamps::toText(Timestamps::now()))
        .bind(receipt.sourceFile)
        .bind(receipt.sourceSha256.toLower())
        .exec();
    const DocumentNumbering::Number number =
        DocumentNumbering(m_connection).assignReceipt(id, unitId, receipt.receivedOn);
    session.audit(QStringLiteral("receipt.register"), QStringLiteral("document"), id,
                  {{QStringLiteral("receipt_number"), number.label},
                   {QStringLiteral("received_on"), Timestamps::dateToText(receipt.receivedOn)},
                   {QStringLiteral("sender"), sender.name},
                   {QStringLiteral("channel"), toCode(receipt.channel)},
                   {QStringLiteral("handling"), toCode(receipt.handling)},
                   {QStringLiteral("source_file"), receipt.sourceFile}});
    transaction.commit();
    return id;
}

qint64 ReceiptStore::registerWithFiles(const Session &session, const ReceiptRecord &receipt, const QStringList &paths)
{
    validate(receipt);
    AttachmentStore attachments(m_connection);
    const qint64 limit = attachments.sizeLimit();
    QList<AttachmentFile> files;
    for (const QString &path : paths)
        files.append(AttachmentFile::inspect(path, limit));
    BlobStore blobs(m_connection);
    std::vector<StagedBlob> staged;
    for (const AttachmentFile &file : files) {
        const std::unique_ptr<QFile> content = file.open();
        staged.push_back(blobs.stage(*content, file.displayPath()));
    }
    Transaction transaction(m_connection);
    const qint64 id = registerReceipt(session, receipt);
    for (qsizetype i = 0; i < files.size(); ++i) {
        const BlobStore::Blob blob = blobs.publish(staged.at(size_t(i)));
        attachments.attachBlob(session, id, blob.sha256,
                               {files.at(i).originalName(), {}, files.at(i).mimeType()});
    }
    transaction.commit();
    return id;
}

std::optional<ReceiptRecord> ReceiptStore::receipt(qint64 documentId)
{
    const QList<ReceiptRecord> found = query(QStringLiteral("r.document_id = ?"), {documentId});
    return found.isEmpty() ? std::nullopt : std::optional<ReceiptRecord>(found.first());
}

QList<ReceiptRecord> ReceiptStore::list(int fiscalYear, qint64 unitId)
{
    // "? = 0 OR …": one statement whatever is given, each value bound.
    return query(QStringLiteral("(? = 0 OR r.fiscal_year = ?) AND (? = 0 OR r.unit_id = ?)"),
                 {fiscalYear, fiscalYear, unitId, unitId});
}

qint64 ReceiptStore::answer(const Session &session, qint64 receiptId, DocumentRecord draft)
{
    const auto answered = receipt(receiptId);
    if (!answered)
        throw StoreError(StoreError::Kind::BadData, tr("document %1 is not a receipt (収受) you can see").arg(receiptId));
    if (draft.title.trimmed().isEmpty())
        draft.title = answerTitle(*answered);
    draft.kind = DocumentKind::Decision;
    draft.sourceDocumentId = receiptId;
    Transaction transaction(m_connection);
    const qint64 id = DocumentStore(m_connection).createDraft(session, draft);
    session.audit(QStringLiteral("receipt.answer"), QStringLiteral("document"), receiptId,
                  {{QStringLiteral("draft_id"), id}, {QStringLiteral("receipt_number"), answered->numberLabel}});
    transaction.commit();
    return id;
}

bool ReceiptStore::mayAnswer(const Session &session, qint64 receiptId)
{
    return session.user().unitId != 0 && receipt(receiptId).has_value();
}

QString ReceiptStore::answerTitle(const ReceiptRecord &receipt)
{
    return tr("Answer: %1").arg(receipt.title);
}

QList<qint64> ReceiptStore::answers(qint64 receiptId)
{
    SqlQuery q(m_connection, QStringLiteral("SELECT id FROM documents WHERE source_document_id = ? AND kind <> "
                                            "'received' ORDER BY id"));
    q.bind(receiptId).exec();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.id(0));
    return ids;
}

std::optional<ReceiptRecord> ReceiptStore::answeredReceipt(qint64 documentId)
{
    const QList<ReceiptRecord> found = query(
        QStringLiteral("r.document_id = (SELECT source_document_id FROM documents WHERE id = ?)"), {documentId});
    return found.isEmpty() ? std::nullopt : std::optional<ReceiptRecord>(found.first());
}

std::optional<ReceiptRecord> ReceiptStore::findPickedUp(qint64 unitId, const QString &fileName,
                                                       const QString &sha256)
{
    const QList<ReceiptRecord> found =
        query(QStringLiteral("r.unit_id = ? AND r.source_file = ? AND (r.source_sha256 = ? OR EXISTS (SELECT 1 "
                             "FROM attachments a JOIN attachment_versions v ON v.attachment_id = a.id "
                             "JOIN blobs b ON b.id = v.blob_id WHERE a.document_id = r.document_id AND b.sha256 = ?))"),
              {unitId, fileName, sha256.toLower(), sha256.toLower()});
    return found.isEmpty() ? std::nullopt : std::optional<ReceiptRecord>(found.first());
}

QList<ReceiptRecord> ReceiptStore::query(const QString &where, const QVariantList &values)
{
    SqlQuery q(m_connection, QStringLiteral("%1 WHERE %2 ORDER BY r.fiscal_year DESC, r.unit_id, "
                                            "r.receipt_number DESC")
                                 .arg(kReceiptSelect, where));
    for (const QVariant &value : values)
        q.bind(value);
    q.exec();
    QList<ReceiptRecord> receipts;
    while (q.next())
        receipts.append(readReceipt(q));
    return receipts;
}

} // namespace kessai
