// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/ReceiptCodes.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace kessai {

/// 収受: a document that arrived, as registered. It is a document of kind Received (its 件名,
/// its files as attachments, its visibility); these are the fields only a receipt has.
struct ReceiptRecord
{
    qint64 documentId = 0;
    qint64 unitId = 0; ///< the 係 or 課 that received it (0: the registrar's own unit)
    QString unitName;
    int fiscalYear = 0;   ///< of the 収受日
    int number = 0;       ///< 収受番号, running per unit and fiscal year
    QString numberLabel;  ///< e.g. 総務収第3号
    QDate receivedOn;     ///< 収受日
    qint64 senderId = 0;  ///< in the list of senders
    QString senderName;   ///< 差出人
    QString addressee;    ///< 宛先, as written on it
    QDate sourceDate;     ///< 文書の日付, as written on it (may be unknown)
    QString sourceNumber; ///< 文書の番号, as written on it (e.g. 財第123号)
    QString title;        ///< 件名
    ReceiptChannel channel = ReceiptChannel::Post;
    ReceiptHandling handling = ReceiptHandling::Circulate;
    qint64 registeredBy = 0;
    QString registeredByName;
    QDateTime registeredAt;
    int attachmentCount = 0;
    QString sourceFile; ///< its file's name in the hot folder it was picked up from ('' otherwise)
    /// That file's SHA-256 ('' otherwise): unique with the unit and sourceFile (one scan, one receipt).
    QString sourceSha256;
};

} // namespace kessai
