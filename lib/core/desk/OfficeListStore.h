// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kessai {

class Session;
class StoreConnection;

/// The two lists the office keeps for its desk: 文書の種類 (decision kinds, the 電子決裁率 is read
/// by them) and 紙決裁の理由 (paper reasons). Anyone reads them; administrators add an entry,
/// rename it, retire it (it stays on the documents that carry it and in past figures, and is no
/// longer offered) or restore it. An entry is never deleted and keeps its code. Each change is one
/// transaction with its audit event (office_list.add, .rename, .retire, .restore); on PostgreSQL
/// the server refuses the same to anyone else (kessai_guard_admin_only, kessai_guard_office_list).
class OfficeListStore
{
    Q_DECLARE_TR_FUNCTIONS(OfficeListStore)

public:
    enum class List
    {
        DecisionKinds, ///< decision_kinds
        PaperReasons   ///< paper_reasons
    };

    struct Entry
    {
        qint64 id = 0;
        QString code; ///< stable, ASCII: what the CLI, CSV files and exclusion rules name
        QString name;
        bool needsText = false; ///< paper reasons: the reason needs words (その他)
        bool active = true;     ///< false: retired
    };

    explicit OfficeListStore(StoreConnection &connection);

    /// Every entry in the list's order, retired ones included.
    QList<Entry> entries(List list);
    /// Adds an entry at the end of the list; StoreError BadData names what is wrong (a code not
    /// of letters, digits, '-' or '_', a code or name taken, an empty name). Returns its id.
    qint64 add(const Session &session, List list, const QString &code, const QString &name, bool needsText = false);
    void rename(const Session &session, List list, const QString &code, const QString &name);
    /// Retires (active false) or restores an entry.
    void setActive(const Session &session, List list, const QString &code, bool active);

    /// "decision_kinds" or "paper_reasons".
    static QString table(List list);

private:
    Entry require(List list, const QString &code);
    void requireFreeName(List list, const QString &name, qint64 except);

    StoreConnection &m_connection;
};

} // namespace kessai
