// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/DocumentRecord.h"
#include "core/documents/ReceiptRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace kessai {

class Session;
class StoreConnection;

/// 収受: registering what arrives. Each receipt is a document of kind Received (so it has
/// attachments, a visibility and, later, a 供覧 route like any document) with a row of its own
/// holding the 収受番号, 収受日, 差出人 and what is written on it. Only the 係 or 課 concerned
/// registers it: the unit is the registrar's own, or one in their 課; the PostgreSQL server
/// checks the same (schema 11).
class ReceiptStore
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptStore)

public:
    explicit ReceiptStore(StoreConnection &connection);

    /// Checks every field, then creates the received document and its receipt, adds the sender
    /// to the list if new, gives the 収受番号 and writes the audit event — in the caller's
    /// transaction (or one of its own). Returns the document id. Attach the files in the same
    /// transaction. StoreError(BadData) names the field; Refused for a unit not the user's.
    qint64 registerReceipt(const Session &session, const ReceiptRecord &receipt);

    /// Checks every file first (AttachmentFile::inspect: StoreError(BadData) naming it), streams
    /// them in, then registers the receipt with them attached in order, in one transaction: a bad
    /// file leaves nothing behind. Call it outside a transaction (the GUI's 収受登録).
    qint64 registerWithFiles(const Session &session, const ReceiptRecord &receipt, const QStringList &paths);

    std::optional<ReceiptRecord> receipt(qint64 documentId);

    /// 起案 from a 収受 (回答 etc.): a new draft by the session's user with draft's fields, linked to
    /// the receipt (documents.source_document_id), both audited. Returns the draft's id.
    /// StoreError(BadData) when receiptId is not a receipt the user sees.
    qint64 answer(const Session &session, qint64 receiptId, DocumentRecord draft);
    /// May session's user answer receiptId in their own unit (what answer() needs without a unit
    /// given): a receipt they see, and a unit of theirs for the draft. The GUI offers 回答を起案 by it.
    bool mayAnswer(const Session &session, qint64 receiptId);
    /// The 件名 an answer gets when none is given: "Answer: " and the receipt's.
    static QString answerTitle(const ReceiptRecord &receipt);
    /// The drafts made from this receipt, oldest first (the link seen from the receipt).
    QList<qint64> answers(qint64 receiptId);
    /// The receipt this document was drafted from, if any (the link seen from the draft).
    std::optional<ReceiptRecord> answeredReceipt(qint64 documentId);
    /// Receipts of fiscal year fiscalYear (0: every year), of unit unitId (0: every unit the
    /// reader sees), newest number first.
    QList<ReceiptRecord> list(int fiscalYear = 0, qint64 unitId = 0);

    /// The receipt of unitId picked up from a hot folder file named fileName whose content is
    /// sha256: a file registered before the app could remove it from the folder.
    std::optional<ReceiptRecord> findPickedUp(qint64 unitId, const QString &fileName, const QString &sha256);

    /// May session's user register receipts for unitId (their unit, or one within their 課)?
    bool registersFor(const Session &session, qint64 unitId);

private:
    void validate(const ReceiptRecord &receipt) const;
    QList<ReceiptRecord> query(const QString &where, const QVariantList &values);

    StoreConnection &m_connection;
};

} // namespace kessai
