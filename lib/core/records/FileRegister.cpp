// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/FileRegister.h"

#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/records/FilingClassStore.h"
#include "core/records/RetentionRules.h"
#include "core/store/SqlQuery.h"
#include "core/store/StorableText.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Timestamps.h"
#include "core/store/Transaction.h"

#include <QJsonObject>

namespace kessai {

namespace {
QString levelName(int depth)
{
    const QString d = QString::number(depth);
    return QStringLiteral("COALESCE(CASE WHEN c.depth = %1 THEN c.name END, CASE WHEN p1.depth = %1 THEN p1.name END, "
                          "CASE WHEN p2.depth = %1 THEN p2.name END, CASE WHEN p3.depth = %1 THEN p3.name END, '')")
        .arg(d);
}

QString selectFiles()
{
    return QStringLiteral(
               "SELECT f.id, f.unit_id, u.name, f.fiscal_year, f.name, f.filing_class_id, %1, %2, f.retention, "
               "f.disposition, f.started_on, f.expires_on, f.medium, f.location, f.manager, f.note, f.status, "
               "(SELECT count(*) FROM file_history h WHERE h.file_id = f.id AND h.event = 'extend'), "
               "(SELECT count(*) FROM documents d WHERE d.file_id = f.id) "
               "FROM files f JOIN units u ON u.id = f.unit_id "
               "LEFT JOIN filing_classes c ON c.id = f.filing_class_id "
               "LEFT JOIN filing_classes p1 ON p1.id = c.parent_id "
               "LEFT JOIN filing_classes p2 ON p2.id = p1.parent_id "
               "LEFT JOIN filing_classes p3 ON p3.id = p2.parent_id ")
        .arg(levelName(1), levelName(2));
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}
} // namespace

FileRegister::FileRegister(StoreConnection &connection)
    : m_connection(connection)
{}

void FileRegister::setToday(const QDate &today)
{
    m_today = today;
}

QDate FileRegister::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

QList<RecordFile> FileRegister::list(qint64 unitId, int fiscalYear)
{
    SqlQuery q(m_connection, selectFiles() + QStringLiteral("WHERE (? = 0 OR f.unit_id = ?) AND (? = 0 OR f.fiscal_year = ?) "
                                                            "ORDER BY f.fiscal_year DESC, u.sort_order, u.name, f.name, f.id"));
    q.bind(unitId).bind(unitId).bind(fiscalYear).bind(fiscalYear).exec();
    QList<RecordFile> files;
    while (q.next())
        files.append(read(q));
    return files;
}

std::optional<RecordFile> FileRegister::byId(qint64 fileId)
{
    SqlQuery q(m_connection, selectFiles() + QStringLiteral("WHERE f.id = ?"));
    q.bind(fileId).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

RecordFile FileRegister::read(SqlQuery &q) const
{
    RecordFile f;
    f.id = q.id(0);
    f.unitId = q.id(1);
    f.unitName = q.text(2);
    f.fiscalYear = q.value(3).toInt();
    f.name = q.text(4);
    f.filingClassId = q.id(5);
    f.majorClass = q.text(6);
    f.middleClass = q.text(7);
    f.retention = RecordTerms::retentionFromCode(q.text(8)).value_or(RetentionPeriod::InUse);
    f.disposition = fromCode<Disposition>(q.text(9)).value_or(Disposition::Destroy);
    f.startsOn = QDate::fromString(q.text(10), Qt::ISODate);
    f.expiresOn = QDate::fromString(q.text(11), Qt::ISODate);
    f.medium = RecordTerms::mediumFromCode(q.text(12)).value_or(FileMedium::Electronic);
    f.location = q.text(13);
    f.manager = q.text(14);
    f.note = q.text(15);
    f.state = RecordTerms::stateFromCode(q.text(16)).value_or(FileState::Open);
    f.extended = q.value(17).toInt() > 0;
    f.documentCount = q.value(18).toInt();
    f.lifecycle = RetentionRules::lifecycle(f.state, f.startsOn, f.expiresOn, f.extended, today());
    return f;
}

QList<RecordFile> FileRegister::expiring(const QDate &until)
{
    const QDate horizon = until.isValid() ? until : RetentionRules::nextFiscalYearEnd(today());
    QList<RecordFile> due;
    const QList<RecordFile> all = list();
    for (const RecordFile &f : all) {
        if (f.state == FileState::Closed && f.expiresOn.isValid() && f.expiresOn <= horizon)
            due.append(f);
    }
    std::sort(due.begin(), due.end(), [](const RecordFile &a, const RecordFile &b) {
        return a.expiresOn != b.expiresOn ? a.expiresOn < b.expiresOn : a.id < b.id;
    });
    return due;
}

qint64 FileRegister::retentionScheduleId(RetentionPeriod period)
{
    // files.retention_id (schema 1) names the 保存期間表 row of the same length.
    SqlQuery q(m_connection, QStringLiteral("SELECT id, retention_years FROM retention_schedule ORDER BY id"));
    q.exec();
    const std::optional<int> years = RecordTerms::years(period);
    qint64 fallback = 0;
    while (q.next()) {
        if (!fallback)
            fallback = q.id(0);
        const bool inUse = q.value(1).isNull();
        if ((!years && inUse) || (years && !inUse && q.value(1).toInt() == std::max(1, *years)))
            return q.id(0);
    }
    if (!fallback)
        throw StoreError(StoreError::Kind::BadData, tr("the organization has no retention schedule (保存期間表)"));
    return fallback;
}

int FileRegister::unfinishedDocuments(qint64 fileId)
{
    return SqlQuery(m_connection, QStringLiteral("SELECT count(*) FROM documents WHERE file_id = ? AND status IN "
                                                 "('draft', 'in_review', 'returned')"))
        .bind(fileId)
        .scalar()
        .toInt();
}

QDate FileRegister::lastCompleted(qint64 fileId)
{
    // The same reading as the server's kessai_file_starts_on: 決裁日, or the day a 報告 closed.
    const QString last = SqlQuery(m_connection, QStringLiteral("SELECT max(COALESCE(decided_on, substr(closed_at, 1, 10))) "
                                                               "FROM documents WHERE file_id = ?"))
                             .bind(fileId)
                             .scalar()
                             .toString();
    return QDate::fromString(last, Qt::ISODate);
}

QList<FileRegister::FiledDocument> FileRegister::documents(qint64 fileId)
{
    SqlQuery q(m_connection, QStringLiteral("SELECT id, number_label, title, status FROM documents WHERE file_id = ? "
                                            "ORDER BY fiscal_year, doc_number, id"));
    q.bind(fileId).exec();
    QList<FiledDocument> list;
    while (q.next())
        list.append({q.id(0), q.text(1), q.text(2), q.text(3)});
    return list;
}

qint64 FileRegister::create(const Session &session, const RecordFileDraft &draft)
{
    session.require(Role::RecordsManager, tr("Creating a 簿冊"));
    const QString name = draft.name.trimmed();
    if (name.isEmpty())
        throw StoreError(StoreError::Kind::BadData, tr("a 簿冊 needs a name"));
    StorableText::require(name, tr("name"));
    StorableText::require(draft.location, tr("location"));
    StorableText::require(draft.note, tr("note"));
    if (draft.fiscalYear < 1900 || draft.fiscalYear > 9999)
        throw StoreError(StoreError::Kind::BadData, tr("%1 is not a fiscal year").arg(draft.fiscalYear));
    Transaction transaction(m_connection);
    const auto unit = OrgStore(m_connection).unitById(draft.unitId);
    if (!unit)
        throw StoreError(StoreError::Kind::BadData, tr("unit %1 does not exist").arg(draft.unitId));
    FilingClassStore filing_classes(m_connection);
    std::optional<RetentionPeriod> retention = draft.retention;
    std::optional<Disposition> disposition = draft.disposition;
    if (draft.filingClassId) {
        const auto leaf = filing_classes.byId(draft.filingClassId);
        if (!leaf || leaf->unitId != draft.unitId)
            throw StoreError(StoreError::Kind::BadData,
                             tr("classification %1 is not in the 分類表 of %2").arg(draft.filingClassId).arg(unit->name));
        if (!leaf->retention || !leaf->disposition)
            throw StoreError(StoreError::Kind::BadData,
                             tr("classification %1 (%2) has entries below it: a 簿冊 is made from a leaf")
                                 .arg(leaf->code, leaf->name));
        if (retention && *retention < *leaf->retention)
            throw StoreError(StoreError::Kind::Refused,
                             tr("the 保存期間 %1 is shorter than classification %2 (%3) allows: %4 at least")
                                 .arg(RecordTerms::label(*retention), leaf->code, leaf->name,
                                      RecordTerms::label(*leaf->retention)));
        retention = retention.value_or(*leaf->retention);
        disposition = disposition.value_or(*leaf->disposition);
    }
    if (!retention || !disposition)
        throw StoreError(StoreError::Kind::BadData,
                         tr("a 簿冊 without a classification needs its 保存期間 and 満了時の措置"));
    if (*disposition == Disposition::Extend)
        throw StoreError(StoreError::Kind::BadData, tr("the 措置 at expiry is 移管 or 廃棄; 延長 is decided later"));
    const QDate starts = RetentionRules::startsOn(draft.fiscalYear, {});
    const QDate expires = RetentionRules::expiresOn(starts, *retention);
    const QString manager = draft.manager.trimmed().isEmpty() ? tr("%1長").arg(unit->name) : draft.manager.trimmed();
    const std::optional<int> years = RecordTerms::years(*retention);
    SqlQuery insert(m_connection,
                    QStringLiteral("INSERT INTO files (unit_id, fiscal_year, name, retention_id, retention_years, disposition, "
                                   "location, active, filing_class_id, retention, started_on, expires_on, medium, "
                                   "manager, note, status, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?, ?, ?, ?, ?, "
                                   "'open', ?) RETURNING id"));
    insert.bind(draft.unitId).bind(draft.fiscalYear).bind(name).bind(retentionScheduleId(*retention));
    if (years)
        insert.bind(*years);
    else
        insert.bindNull();
    insert.bind(toCode(*disposition)).bind(draft.location.trimmed()).bindOptionalId(draft.filingClassId);
    insert.bind(RecordTerms::code(*retention)).bind(dateText(starts)).bindOptional(dateText(expires));
    insert.bind(RecordTerms::code(draft.medium)).bind(manager).bind(draft.note.trimmed()).bind(session.realLogin());
    qint64 id = 0;
    try {
        id = insert.scalar().toLongLong();
    } catch (const StoreError &error) {
        if (SqlQuery(m_connection, QStringLiteral("SELECT count(*) FROM files WHERE unit_id = ? AND fiscal_year = ? AND name = ?"))
                .bind(draft.unitId)
                .bind(draft.fiscalYear)
                .bind(name)
                .scalar()
                .toInt() > 0)
            throw StoreError(StoreError::Kind::BadData,
                             tr("%1 has a 簿冊 \"%2\" for %3 already").arg(unit->name, name).arg(draft.fiscalYear));
        throw;
    }
    session.audit(QStringLiteral("file.create"), QStringLiteral("file"), id,
                  {{QStringLiteral("unit_id"), draft.unitId},
                   {QStringLiteral("fiscal_year"), draft.fiscalYear},
                   {QStringLiteral("name"), name},
                   {QStringLiteral("filing_class_id"), draft.filingClassId},
                   {QStringLiteral("retention"), RecordTerms::code(*retention)},
                   {QStringLiteral("disposition"), toCode(*disposition)}});
    transaction.commit();
    return id;
}

QList<qint64> FileRegister::createNewYear(const Session &session, int fiscalYear, qint64 unitId)
{
    session.require(Role::RecordsManager, tr("Creating the new year's 簿冊"));
    Transaction transaction(m_connection);
    QList<qint64> created;
    const QList<RecordFile> previous = list(unitId, fiscalYear - 1);
    const QList<RecordFile> existing = list(unitId, fiscalYear);
    for (const RecordFile &f : previous) {
        if (!f.filingClassId || f.state == FileState::Destroyed)
            continue;
        const bool there = std::any_of(existing.begin(), existing.end(), [&](const RecordFile &e) {
            return e.unitId == f.unitId && e.name == f.name;
        });
        if (there)
            continue;
        RecordFileDraft draft;
        draft.unitId = f.unitId;
        draft.fiscalYear = fiscalYear;
        draft.name = f.name;
        draft.filingClassId = f.filingClassId;
        draft.retention = f.retention;
        draft.disposition = f.disposition;
        draft.medium = f.medium;
        draft.location = f.location;
        draft.manager = f.manager;
        created.append(create(session, draft));
    }
    // Last year's 簿冊 close with their year (完結), unless a document in one is still in review.
    for (const RecordFile &f : previous) {
        if (f.state == FileState::Open && unfinishedDocuments(f.id) == 0)
            close(session, f.id);
    }
    session.audit(QStringLiteral("file.new_year"), QStringLiteral("organization"), 1,
                  {{QStringLiteral("fiscal_year"), fiscalYear},
                   {QStringLiteral("unit_id"), unitId},
                   {QStringLiteral("created"), static_cast<int>(created.size())}});
    transaction.commit();
    return created;
}

void FileRegister::close(const Session &session, qint64 fileId)
{
    session.require(Role::RecordsManager, tr("Closing a 簿冊"));
    Transaction transaction(m_connection);
    const auto file = byId(fileId);
    if (!file)
        throw StoreError(StoreError::Kind::BadData, tr("簿冊 %1 does not exist").arg(fileId));
    if (file->state != FileState::Open)
        throw StoreError(StoreError::Kind::Refused, tr("簿冊 %1 (%2) is closed already").arg(fileId).arg(file->name));
    const int unfinished = unfinishedDocuments(fileId);
    if (unfinished > 0)
        throw StoreError(StoreError::Kind::Refused,
                         tr("簿冊 %1 (%2) holds %3 document(s) still drafted or in review: finish or move them first")
                             .arg(fileId)
                             .arg(file->name)
                             .arg(unfinished));
    const QDate starts = RetentionRules::startsOn(file->fiscalYear, lastCompleted(fileId));
    const QDate expires = RetentionRules::expiresOn(starts, file->retention);
    SqlQuery(m_connection, QStringLiteral("UPDATE files SET status = 'closed', closed_at = ?, started_on = ?, expires_on = ? "
                                          "WHERE id = ?"))
        .bind(Timestamps::toText(Timestamps::now()))
        .bind(dateText(starts))
        .bindOptional(dateText(expires))
        .bind(fileId)
        .exec();
    HistoryEntry entry;
    entry.newExpiresOn = dateText(expires);
    addHistory(session, fileId, QStringLiteral("close"), entry);
    session.audit(QStringLiteral("file.close"), QStringLiteral("file"), fileId,
                  {{QStringLiteral("starts_on"), dateText(starts)}, {QStringLiteral("expires_on"), dateText(expires)}});
    transaction.commit();
}

void FileRegister::moveDocument(const Session &session, qint64 documentId, qint64 fileId)
{
    session.require(Role::RecordsManager, tr("Moving a document to another 簿冊"));
    Transaction transaction(m_connection);
    SqlQuery doc(m_connection, QStringLiteral("SELECT d.file_id, d.unit_id, f.status, f.unit_id FROM documents d "
                                              "LEFT JOIN files f ON f.id = d.file_id WHERE d.id = ?"));
    doc.bind(documentId).exec();
    if (!doc.next())
        throw StoreError(StoreError::Kind::BadData, tr("document %1 does not exist").arg(documentId));
    const qint64 fromFile = doc.id(0);
    if (fromFile && doc.text(2) != QLatin1String("open"))
        throw StoreError(StoreError::Kind::Refused,
                         tr("document %1 is in 簿冊 %2, which is closed: it stays there").arg(documentId).arg(fromFile));
    const qint64 documentDivision = fromFile ? doc.id(3) : FilingClassStore(m_connection).divisionOf(doc.id(1));
    const auto target = byId(fileId);
    if (!target)
        throw StoreError(StoreError::Kind::BadData, tr("簿冊 %1 does not exist").arg(fileId));
    if (target->state != FileState::Open)
        throw StoreError(StoreError::Kind::Refused, tr("簿冊 %1 (%2) is closed").arg(fileId).arg(target->name));
    if (target->unitId != documentDivision)
        throw StoreError(StoreError::Kind::Refused,
                         tr("簿冊 %1 (%2) belongs to another 課: a document moves within its 課").arg(fileId).arg(target->name));
    if (m_connection.isPostgreSQL())
        SqlQuery(m_connection, QStringLiteral("SELECT kessai_move_document(?, ?)")).bind(documentId).bind(fileId).exec();
    else
        SqlQuery(m_connection, QStringLiteral("UPDATE documents SET file_id = ?, row_version = row_version + 1 WHERE id = ?"))
            .bind(fileId)
            .bind(documentId)
            .exec();
    session.audit(QStringLiteral("document.move_file"), QStringLiteral("document"), documentId,
                  {{QStringLiteral("from_file"), fromFile}, {QStringLiteral("to_file"), fileId}});
    transaction.commit();
}

int FileRegister::reassign(const Session &session, qint64 fromUnitId, qint64 toUnitId, const QList<qint64> &fileIds,
                           const QString &reason)
{
    session.require(Role::RecordsManager, tr("Handing 簿冊 to a successor 課"));
    Transaction transaction(m_connection);
    OrgStore org(m_connection);
    const auto from = org.unitById(fromUnitId);
    const auto to = org.unitById(toUnitId);
    if (!from || !to)
        throw StoreError(StoreError::Kind::BadData, tr("the former and the successor 課 must both exist"));
    if (fromUnitId == toUnitId)
        throw StoreError(StoreError::Kind::BadData, tr("the successor 課 is the same as the former one"));
    QList<qint64> moving = fileIds;
    if (moving.isEmpty()) {
        for (const RecordFile &f : list(fromUnitId))
            moving.append(f.id);
    }
    for (qint64 id : std::as_const(moving)) {
        const auto f = byId(id);
        if (!f || f->unitId != fromUnitId)
            throw StoreError(StoreError::Kind::BadData, tr("簿冊 %1 is not a 簿冊 of %2").arg(id).arg(from->name));
        // Two merged 課 may keep 簿冊 of the same name and year: the one handed over says whose it was.
        const bool clash = SqlQuery(m_connection, QStringLiteral("SELECT count(*) FROM files WHERE unit_id = ? AND "
                                                                 "fiscal_year = ? AND name = ?"))
                               .bind(toUnitId)
                               .bind(f->fiscalYear)
                               .bind(f->name)
                               .scalar()
                               .toInt() > 0;
        const QString name = clash ? QStringLiteral("%1（旧%2）").arg(f->name, from->name) : f->name; // (data: Japanese always)
        SqlQuery(m_connection, QStringLiteral("UPDATE files SET unit_id = ?, name = ? WHERE id = ?"))
            .bind(toUnitId)
            .bind(name)
            .bind(id)
            .exec();
        HistoryEntry entry;
        entry.oldUnitId = fromUnitId;
        entry.newUnitId = toUnitId;
        entry.reason = reason;
        addHistory(session, id, QStringLiteral("reassign"), entry);
        session.audit(QStringLiteral("file.reassign"), QStringLiteral("file"), id,
                      {{QStringLiteral("from_unit"), from->code},
                       {QStringLiteral("to_unit"), to->code},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("reason"), reason}});
    }
    transaction.commit();
    return static_cast<int>(moving.size());
}

void FileRegister::addHistory(const Session &session, qint64 fileId, const QString &event, const HistoryEntry &entry)
{
    SqlQuery(m_connection, QStringLiteral("INSERT INTO file_history (file_id, event, occurred_at, actor_login, request_id, "
                                          "old_expires_on, new_expires_on, old_unit_id, new_unit_id, reason) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(fileId)
        .bind(event)
        .bind(Timestamps::toText(Timestamps::now()))
        .bind(session.realLogin())
        .bindOptionalId(entry.requestId)
        .bindOptional(entry.oldExpiresOn)
        .bindOptional(entry.newExpiresOn)
        .bindOptionalId(entry.oldUnitId)
        .bindOptionalId(entry.newUnitId)
        .bind(entry.reason.isNull() ? QStringLiteral("") : entry.reason)
        .exec();
}

QList<FileRegister::HistoryEntry> FileRegister::history(qint64 fileId)
{
    SqlQuery q(m_connection, QStringLiteral("SELECT event, occurred_at, actor_login, request_id, old_expires_on, "
                                            "new_expires_on, old_unit_id, new_unit_id, reason FROM file_history "
                                            "WHERE file_id = ? ORDER BY id"));
    q.bind(fileId).exec();
    QList<HistoryEntry> list;
    while (q.next())
        list.append({q.text(0), q.text(1), q.text(2), q.id(3), q.text(4), q.text(5), q.id(6), q.id(7), q.text(8)});
    return list;
}

} // namespace kessai
