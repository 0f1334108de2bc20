// SPDX-License-Identifier: GPL-3.0-or-later
// Records management (issue 15) where it can be slow, against the raw statements in the same run:
//   1. 廃棄 of a 簿冊 with many documents (RecordDestruction::destroyFile: the checks, the shared-
//      content test per blob, the rows kept, the audit) and the space given back (VACUUM on
//      SQLite), next to a plain DELETE of the same kind of content's chunks and the same VACUUM;
//      one blob is shared with a document of another 簿冊 and must stay.
//   2. The 管理簿 over many 簿冊 (FileRegister::list with its document counts + RecordsRegister::csv)
//      next to a bare SELECT of the register's columns joined into CSV by hand.
//
//   bench_records [--documents N] [--files M] [--postgresql URL]
//
// The URL must name an empty database (scripts/bench.sh creates one in a throwaway cluster).
#include "LoadAverage.h"
#include "core/content/BlobStore.h"
#include "core/documents/AttachmentStore.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/records/FileRegister.h"
#include "core/records/FilingClassStore.h"
#include "core/records/RecordDestruction.h"
#include "core/records/RecordsRegister.h"
#include "core/setup/OrganizationSetup.h"
#include "core/store/DatabaseUrl.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Timestamps.h"
#include "core/store/Transaction.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

using namespace kessai;

namespace {
QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

constexpr qint64 kContentBytes = 64 * 1024;

QByteArray randomBytes(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

qint64 storeBytes(StoreConnection &connection, const QString &path)
{
    if (connection.isPostgreSQL())
        return SqlQuery(connection, QStringLiteral("SELECT pg_database_size(current_database())")).scalar().toLongLong();
    Q_UNUSED(path); // (the file itself shrinks at the next WAL checkpoint: its pages are what counts)
    return SqlQuery(connection, QStringLiteral("SELECT p.page_count * s.page_size FROM pragma_page_count() p, pragma_page_size() s"))
        .scalar()
        .toLongLong();
}

/// A closed, expired 簿冊 of FY2010 with `documents` decided documents, each with its own
/// content, the first also holding `shared`; and the decided 廃棄 伺い that lists it (written
/// as the 決裁 would leave it: the decision path itself is tested, not timed, here).
struct Filled
{
    qint64 file = 0;
    qint64 request = 0;
};

Filled fill(StoreConnection &connection, Session &session, qint64 unit, qint64 leaf, const QString &name, int documents,
            const QString &sharedSha)
{
    FileRegister files(connection);
    RecordFileDraft draft;
    draft.unitId = unit;
    draft.fiscalYear = 2010;
    draft.name = name;
    draft.filingClassId = leaf;
    Filled filled;
    filled.file = files.create(session, draft);
    BlobStore blobs(connection);
    AttachmentStore attachments(connection);
    const QString now = Timestamps::toText(Timestamps::now());
    for (int i = 0; i < documents; ++i) {
        const qint64 doc = SqlQuery(connection, QStringLiteral("INSERT INTO documents (kind, title, body, drafter_id, unit_id, "
                                                               "file_id, status, created_at, updated_at) VALUES ('decision', "
                                                               "?, '伺い文', ?, ?, ?, 'draft', ?, ?) RETURNING id"))
                               .bind(QStringLiteral("%1 の文書 %2").arg(name).arg(i))
                               .bind(session.user().id)
                               .bind(unit)
                               .bind(filled.file)
                               .bind(now)
                               .bind(now)
                               .scalar()
                               .toLongLong();
        QByteArray content = randomBytes(kContentBytes);
        QBuffer buffer(&content);
        buffer.open(QIODevice::ReadOnly);
        const BlobStore::Blob blob = blobs.put(buffer, QStringLiteral("添付.bin"));
        attachments.attachBlob(session, doc, blob.sha256, {QStringLiteral("添付.bin"), {}, QStringLiteral("application/octet-stream")});
        if (i == 0 && !sharedSha.isEmpty())
            attachments.attachBlob(session, doc, sharedSha, {QStringLiteral("共通様式.bin"), {}, QStringLiteral("application/octet-stream")});
        SqlQuery(connection, QStringLiteral("UPDATE documents SET status = 'decided', decided_on = '2010-12-01' WHERE id = ?"))
            .bind(doc)
            .exec();
    }
    files.close(session, filled.file);
    filled.request = SqlQuery(connection, QStringLiteral("INSERT INTO documents (kind, title, body, drafter_id, unit_id, status, "
                                                         "created_at, updated_at) VALUES ('decision', '廃棄伺い', '', ?, ?, "
                                                         "'decided', ?, ?) RETURNING id"))
                         .bind(session.user().id)
                         .bind(unit)
                         .bind(now)
                         .bind(now)
                         .scalar()
                         .toLongLong();
    SqlQuery(connection, QStringLiteral("INSERT INTO disposal_requests (document_id, action) VALUES (?, 'destroy')"))
        .bind(filled.request)
        .exec();
    SqlQuery(connection, QStringLiteral("INSERT INTO disposal_request_files (document_id, file_id) VALUES (?, ?)"))
        .bind(filled.request)
        .bind(filled.file)
        .exec();
    return filled;
}

/// The raw way: delete the chunks of the 簿冊's contents (no check for sharing, no rows kept, no audit).
void rawDestroy(StoreConnection &connection, qint64 file)
{
    Transaction transaction(connection);
    const int deleted = SqlQuery(connection, QStringLiteral("DELETE FROM blob_chunks WHERE blob_id IN (SELECT v.blob_id FROM "
                                                            "attachment_versions v JOIN attachments a ON a.id = v.attachment_id "
                                                            "JOIN documents d ON d.id = a.document_id WHERE d.file_id = ?)"))
                            .bind(file)
                            .exec()
                            .numRowsAffected();
    if (deleted == 0)
        out() << QStringLiteral("(the raw DELETE found nothing)\n");
    transaction.commit();
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("documents"), QStringLiteral("Documents in the 簿冊 destroyed (default 1000)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("files"), QStringLiteral("簿冊 in the register (default 5000)."), QStringLiteral("m")});
    parser.addOption({QStringLiteral("postgresql"), QStringLiteral("An empty PostgreSQL database."), QStringLiteral("url")});
    parser.process(app);
    const int documents = parser.isSet(QStringLiteral("documents")) ? parser.value(QStringLiteral("documents")).toInt() : 1000;
    const int fileCount = parser.isSet(QStringLiteral("files")) ? parser.value(QStringLiteral("files")).toInt() : 5000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.kessai"));
    try {
        const DatabaseUrl url = parser.isSet(QStringLiteral("postgresql"))
                                    ? DatabaseUrl::parse(parser.value(QStringLiteral("postgresql")))
                                    : DatabaseUrl::sqlite(path);
        StoreConnection connection(url);
        OrganizationSetup(connection).initialize(QStringLiteral("ベンチ県"), QStringLiteral("計測 太郎"));
        Session session(connection);
        Unit unit;
        unit.code = QStringLiteral("総務");
        unit.name = QStringLiteral("総務課");
        User me = session.user();
        me.unitId = OrgStore(connection).addUnit(session, unit);
        me.roles = {Role::Admin, Role::RecordsManager};
        OrgStore(connection).updateUser(session, me);
        session.reload();
        FilingClass leaf;
        leaf.code = QStringLiteral("S");
        leaf.name = QStringLiteral("照会");
        leaf.retention = RetentionPeriod::ThreeYears;
        leaf.disposition = Disposition::Destroy;
        const qint64 leafId = FilingClassStore(connection).add(session, me.unitId, leaf);

        // 1. 廃棄 and the space given back, then the raw way on a second 簿冊 of the same size.
        QByteArray sharedBytes = randomBytes(kContentBytes);
        QBuffer shared(&sharedBytes);
        shared.open(QIODevice::ReadOnly);
        const QString sharedSha = BlobStore(connection).put(shared, QStringLiteral("共通様式.bin")).sha256;
        QElapsedTimer timer;
        timer.start();
        const Filled kept = fill(connection, session, me.unitId, leafId, QStringLiteral("参照する簿冊"), 1, sharedSha);
        const Filled destroyed = fill(connection, session, me.unitId, leafId, QStringLiteral("廃棄する簿冊"), documents, sharedSha);
        const Filled raw = fill(connection, session, me.unitId, leafId, QStringLiteral("生の削除"), documents, {});
        const double fillSeconds = double(timer.nsecsElapsed()) / 1e9;
        Q_UNUSED(kept);
        RecordDestruction destruction(connection);
        const qint64 before = storeBytes(connection, path);
        timer.restart();
        const RecordDestruction::Result result = destruction.destroyFile(session, destroyed.file, destroyed.request);
        const double destroyMs = double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        destruction.reclaimSpace();
        const double reclaimMs = double(timer.nsecsElapsed()) / 1e6;
        const qint64 afterKessai = storeBytes(connection, path);
        timer.restart();
        rawDestroy(connection, raw.file);
        const double rawMs = double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        if (!destruction.reclaimSpace() && !connection.isPostgreSQL())
            out() << QStringLiteral("(VACUUM after the raw DELETE was refused)\n");
        const double rawReclaimMs = double(timer.nsecsElapsed()) / 1e6;
        const qint64 afterRaw = storeBytes(connection, path);
        const bool sharedKept = BlobStore(connection).find(sharedSha).has_value();
        out() << QStringLiteral("backend %1, load average %2 (the machine is shared with other builds)\n")
                     .arg(connection.isPostgreSQL() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"),
                          bench::loadAverage());
        out() << QStringLiteral("filled 3 簿冊 (%1 + %1 + 1 documents, %2 KiB each) in %3 s\n")
                     .arg(documents)
                     .arg(kContentBytes / 1024)
                     .arg(fillSeconds, 0, 'f', 1);
        out() << QStringLiteral("廃棄 of %1 documents: RecordDestruction %2 ms (%3 contents deleted, shared kept: %4), "
                                "space given back %5 ms; store %6 MB -> %7 MB\n")
                     .arg(documents)
                     .arg(destroyMs, 0, 'f', 1)
                     .arg(result.contentDeleted)
                     .arg(sharedKept ? QStringLiteral("yes") : QStringLiteral("NO"))
                     .arg(reclaimMs, 0, 'f', 1)
                     .arg(double(before) / 1e6, 0, 'f', 1)
                     .arg(double(afterKessai) / 1e6, 0, 'f', 1);
        out() << QStringLiteral("raw DELETE of the same amount: %1 ms, VACUUM %2 ms; store -> %3 MB\n")
                     .arg(rawMs, 0, 'f', 1)
                     .arg(rawReclaimMs, 0, 'f', 1)
                     .arg(double(afterRaw) / 1e6, 0, 'f', 1);

        // 2. The 管理簿 over many 簿冊 of twenty years.
        {
            Transaction transaction(connection);
            SqlQuery copy(connection, QStringLiteral("INSERT INTO files (unit_id, fiscal_year, name, retention_id, retention_years, "
                                                     "disposition, location, filing_class_id, retention, started_on, expires_on, "
                                                     "medium, manager, note, status, created_by) SELECT unit_id, ?, ?, retention_id, "
                                                     "retention_years, disposition, location, filing_class_id, retention, started_on, "
                                                     "expires_on, medium, manager, note, status, created_by FROM files WHERE id = ?"));
            for (int i = 0; i < fileCount; ++i)
                copy.bind(2006 + i % 20).bind(QStringLiteral("簿冊 %1").arg(i)).bind(kept.file).exec();
            transaction.commit();
        }
        timer.restart();
        const QList<RecordFile> listed = FileRegister(connection).list();
        const QByteArray csv = RecordsRegister::csv(listed);
        const double registerMs = double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        SqlQuery bare(connection, QStringLiteral("SELECT fiscal_year, name, started_on, retention, expires_on, medium, location, "
                                                 "manager, disposition, note FROM files ORDER BY fiscal_year DESC, name"));
        bare.exec();
        QByteArray rawCsv;
        int rows = 0;
        while (bare.next()) {
            QStringList cells;
            for (int c = 0; c < 10; ++c)
                cells << bare.text(c);
            rawCsv += cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
            ++rows;
        }
        const double rawRegisterMs = double(timer.nsecsElapsed()) / 1e6;
        out() << QStringLiteral("管理簿 of %1 簿冊: FileRegister::list + RecordsRegister::csv %2 ms (%3 KB); "
                                "bare SELECT + join %4 ms (%5 rows)\n")
                     .arg(listed.size())
                     .arg(registerMs, 0, 'f', 1)
                     .arg(csv.size() / 1024)
                     .arg(rawRegisterMs, 0, 'f', 1)
                     .arg(rows);
    } catch (const StoreError &error) {
        out() << QStringLiteral("failed: %1\n").arg(error.message());
        return 1;
    }
    return 0;
}
