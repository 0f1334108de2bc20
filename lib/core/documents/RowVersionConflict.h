// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/StoreError.h"

#include <QCoreApplication>
#include <QString>

namespace kessai {

class StoreConnection;

/// The refusal when a document changed after the caller read it (documents.row_version no
/// longer the one the caller saw): who changed it last, when and how, from the audit log.
/// Built here only, for the document store and the workflow alike.
class RowVersionConflict
{
    Q_DECLARE_TR_FUNCTIONS(RowVersionConflict)

public:
    /// "document 12 was already processed by 佐藤 由美 (sato_y) at 2026-05-01 10:00:00
    /// (workflow.approve); reload it", or without the who and when if the log has nothing.
    static QString message(StoreConnection &connection, qint64 documentId);
    /// StoreError::Kind::Conflict with message().
    static StoreError error(StoreConnection &connection, qint64 documentId);
};

} // namespace kessai
