// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/TransferPackage.h"

#include "core/content/AttachmentName.h"
#include "core/content/BlobStore.h"
#include "core/content/ZipArchive.h"
#include "core/documents/AttachmentStore.h"
#include "core/records/FileRegister.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreError.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
#include <QSaveFile>
#include <QScopeGuard>

namespace kessai {

namespace {
QString folderSafe(const QString &text)
{
    QString safe = AttachmentName::sanitize(text);
    safe.replace(QLatin1Char(' '), QLatin1Char('_'));
    return safe;
}

/// Writes bytes to path; returns their SHA-256 (hex).
QString writeText(const QString &path, const QByteArray &bytes)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        throw StoreError(StoreError::Kind::BadData,
                         TransferPackage::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}
/// Copies a file made outside the store into the package; returns its SHA-256 (hex).
QString copyFile(const QString &from, const QString &to)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::BadData,
                         TransferPackage::tr("cannot read %1: %2").arg(QDir::toNativeSeparators(from), in.errorString()));
    QSaveFile out(to);
    if (!out.open(QIODevice::WriteOnly))
        throw StoreError(StoreError::Kind::BadData,
                         TransferPackage::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(to), out.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    for (qint64 got; (got = in.read(buffer.data(), buffer.size())) > 0;) {
        hash.addData(QByteArrayView(buffer.constData(), got));
        if (out.write(buffer.constData(), got) != got)
            break;
    }
    if (in.error() != QFile::NoError || !out.commit())
        throw StoreError(StoreError::Kind::BadData,
                         TransferPackage::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(to), out.errorString()));
    return QString::fromLatin1(hash.result().toHex());
}
} // namespace

TransferPackage::TransferPackage(StoreConnection &connection)
    : m_connection(connection)
{}

QString TransferPackage::recordPdfName()
{
    return QStringLiteral("原議.pdf");
}

QList<qint64> TransferPackage::documentIds(qint64 fileId)
{
    QList<qint64> ids;
    for (const FileRegister::FiledDocument &d : FileRegister(m_connection).documents(fileId))
        ids.append(d.id);
    return ids;
}

QString TransferPackage::write(qint64 fileId, const QString &outDir, const Options &options,
                               const std::function<bool(int, int)> &progress)
{
    const auto file = FileRegister(m_connection).byId(fileId);
    if (!file)
        throw StoreError(StoreError::Kind::BadData, tr("簿冊 %1 does not exist").arg(fileId));
    const QDir base(outDir);
    if (!base.exists())
        throw StoreError(StoreError::Kind::BadData, tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(outDir)));
    const QString name = QStringLiteral("%1_%2_%3").arg(file->fiscalYear).arg(fileId).arg(folderSafe(file->name));
    const QString finalPath = base.filePath(options.zip ? name + QStringLiteral(".zip") : name);
    if (QFileInfo::exists(finalPath) || QFileInfo::exists(base.filePath(name)))
        throw StoreError(StoreError::Kind::BadData,
                         tr("%1 exists already: a package is never overwritten").arg(QDir::toNativeSeparators(finalPath)));
    const QString work = base.filePath(name + QStringLiteral(".partial"));
    QDir(work).removeRecursively();
    if (!base.mkpath(work))
        throw StoreError(StoreError::Kind::BadData, tr("cannot create %1").arg(QDir::toNativeSeparators(work)));
    auto cleanUp = qScopeGuard([&] { QDir(work).removeRecursively(); });

    QJsonArray manifestFiles;
    QStringList sums;
    auto record = [&](const QString &relative, const QString &sha256, qint64 size) {
        manifestFiles.append(QJsonObject{{QStringLiteral("path"), relative},
                                         {QStringLiteral("sha256"), sha256},
                                         {QStringLiteral("size"), size}});
        sums << QStringLiteral("%1  %2").arg(sha256, relative);
    };

    SqlQuery docs(m_connection,
                  QStringLiteral("SELECT d.id, d.kind, d.title, d.body, d.number_label, d.status, u.display_name, d.decided_on, "
                                 "d.enforced_on, d.created_at FROM documents d JOIN users u ON u.id = d.drafter_id "
                                 "WHERE d.file_id = ? ORDER BY d.fiscal_year, d.doc_number, d.id"));
    docs.bind(fileId).exec();
    struct Doc
    {
        qint64 id;
        QJsonObject json;
        QString cover;
    };
    QList<Doc> documents;
    while (docs.next()) {
        Doc d;
        d.id = docs.id(0);
        d.json = {{QStringLiteral("id"), d.id},
                  {QStringLiteral("kind"), docs.text(1)},
                  {QStringLiteral("title"), docs.text(2)},
                  {QStringLiteral("number"), docs.text(4)},
                  {QStringLiteral("status"), docs.text(5)},
                  {QStringLiteral("drafter"), docs.text(6)},
                  {QStringLiteral("decided_on"), docs.text(7)},
                  {QStringLiteral("enforced_on"), docs.text(8)},
                  {QStringLiteral("created_at"), docs.text(9)}};
        d.cover = tr("件名: %1\n文書番号: %2\n起案者: %3\n決裁日: %4\n施行日: %5\n\n%6\n")
                      .arg(docs.text(2), docs.text(4), docs.text(6), docs.text(7), docs.text(8), docs.text(3));
        if (!options.recordPdfs.contains(d.id))
            throw StoreError(StoreError::Kind::BadData,
                             tr("document %1 (%2) has no 原議 PDF: the package is not written without it")
                                 .arg(d.id)
                                 .arg(docs.text(2)));
        documents.append(d);
    }
    BlobStore blobs(m_connection);
    AttachmentStore attachments(m_connection);
    int done = 0;
    QJsonArray manifestDocuments;
    for (Doc &d : documents) {
        const QString folder = QStringLiteral("documents/%1_%2").arg(d.id, 6, 10, QLatin1Char('0')).arg(folderSafe(
                                   d.json.value(QStringLiteral("number")).toString().isEmpty()
                                       ? tr("番号なし")
                                       : d.json.value(QStringLiteral("number")).toString()));
        QDir(work).mkpath(folder);
        SqlQuery route(m_connection, QStringLiteral("SELECT g.seq, s.kind, u.display_name, s.state, s.acted_at, s.comment "
                                                    "FROM route_steps s JOIN route_stages g ON g.id = s.stage_id "
                                                    "JOIN users u ON u.id = s.assignee_id WHERE s.document_id = ? "
                                                    "ORDER BY g.seq, s.id"));
        route.bind(d.id).exec();
        QJsonArray steps;
        QString routeText;
        while (route.next()) {
            steps.append(QJsonObject{{QStringLiteral("stage"), route.value(0).toInt()},
                                     {QStringLiteral("kind"), route.text(1)},
                                     {QStringLiteral("assignee"), route.text(2)},
                                     {QStringLiteral("state"), route.text(3)},
                                     {QStringLiteral("acted_at"), route.text(4)},
                                     {QStringLiteral("comment"), route.text(5)}});
            routeText += QStringLiteral("%1. %2 %3 %4 %5\n")
                             .arg(route.value(0).toInt())
                             .arg(route.text(1), route.text(2), route.text(3), route.text(4));
        }
        d.json.insert(QStringLiteral("route"), steps);
        const QString coverPath = folder + QStringLiteral("/cover.txt");
        const QByteArray coverBytes = (d.cover + QStringLiteral("\n") + tr("経路:") + QStringLiteral("\n") + routeText).toUtf8();
        const QString coverSha = writeText(QDir(work).filePath(coverPath), coverBytes);
        record(coverPath, coverSha, coverBytes.size());
        d.json.insert(QStringLiteral("cover"), coverPath);
        const QString recordPath = folder + QLatin1Char('/') + recordPdfName();
        const QString recordSha = copyFile(options.recordPdfs.value(d.id), QDir(work).filePath(recordPath));
        record(recordPath, recordSha, QFileInfo(QDir(work).filePath(recordPath)).size());
        d.json.insert(QStringLiteral("record"), recordPath);
        QJsonArray attached;
        for (const AttachmentRecord &a : attachments.list(d.id)) {
            const QString relative = QStringLiteral("%1/%2_%3").arg(folder).arg(a.position, 2, 10, QLatin1Char('0')).arg(
                AttachmentName::sanitize(a.displayName));
            QSaveFile out(QDir(work).filePath(relative));
            if (!out.open(QIODevice::WriteOnly))
                throw StoreError(StoreError::Kind::BadData,
                                 tr("cannot write %1: %2").arg(QDir::toNativeSeparators(out.fileName()), out.errorString()));
            blobs.read(a.sha256, out); // checks the SHA-256 while it streams
            if (!out.commit())
                throw StoreError(StoreError::Kind::BadData,
                                 tr("cannot write %1: %2").arg(QDir::toNativeSeparators(out.fileName()), out.errorString()));
            record(relative, a.sha256, a.size);
            attached.append(QJsonObject{{QStringLiteral("position"), a.position},
                                        {QStringLiteral("name"), a.displayName},
                                        {QStringLiteral("original_name"), a.originalName},
                                        {QStringLiteral("mime_type"), a.mimeType},
                                        {QStringLiteral("version"), a.versionNo},
                                        {QStringLiteral("path"), relative},
                                        {QStringLiteral("sha256"), a.sha256},
                                        {QStringLiteral("size"), a.size}});
        }
        d.json.insert(QStringLiteral("attachments"), attached);
        manifestDocuments.append(d.json);
        if (progress && !progress(++done, static_cast<int>(documents.size())))
            throw StoreError(StoreError::Kind::Cancelled, tr("the package was cancelled; nothing was left behind"));
    }
    const QJsonObject register_{
        {QStringLiteral("id"), file->id},
        {QStringLiteral("fiscal_year"), file->fiscalYear},
        {QStringLiteral("major_class"), file->majorClass},
        {QStringLiteral("middle_class"), file->middleClass},
        {QStringLiteral("name"), file->name},
        {QStringLiteral("unit"), file->unitName},
        {QStringLiteral("starts_on"), file->startsOn.toString(Qt::ISODate)},
        {QStringLiteral("retention"), RecordTerms::code(file->retention)},
        {QStringLiteral("expires_on"), file->expiresOn.toString(Qt::ISODate)},
        {QStringLiteral("medium"), RecordTerms::code(file->medium)},
        {QStringLiteral("location"), file->location},
        {QStringLiteral("manager"), file->manager},
        {QStringLiteral("disposition"), toCode(file->disposition)},
        {QStringLiteral("note"), file->note}};
    const QJsonObject manifest{{QStringLiteral("format"), QStringLiteral("kessai-transfer-1")},
                               {QStringLiteral("file"), register_},
                               {QStringLiteral("documents"), manifestDocuments},
                               {QStringLiteral("contents"), manifestFiles}};
    writeText(QDir(work).filePath(QStringLiteral("manifest.json")), QJsonDocument(manifest).toJson(QJsonDocument::Indented));
    writeText(QDir(work).filePath(QStringLiteral("SHA256SUMS")), (sums.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    if (options.zip) {
        // The zip holds the folder under its final name: unpacked, it is the folder package.
        const QString named = QDir(work).filePath(name);
        QDir(work).mkdir(name);
        for (const QString &entry : QDir(work).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
            if (entry != name)
                QDir(work).rename(entry, name + QLatin1Char('/') + entry);
        }
        ZipArchive::pack(named, finalPath);
        return finalPath; // (cleanUp removes the work folder)
    }
    if (!QDir().rename(work, finalPath))
        throw StoreError(StoreError::Kind::BadData, tr("cannot rename %1 to %2").arg(QDir::toNativeSeparators(work),
                                                                                     QDir::toNativeSeparators(finalPath)));
    cleanUp.dismiss();
    return finalPath;
}

} // namespace kessai
