// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/RequestPackage.h"

#include "core/store/StoreError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <archive.h>
#include <archive_entry.h>

namespace kessai::cli {

namespace {
const auto kRequestFile = QStringLiteral("request.json");

StoreError bad(const QString &message)
{
    return StoreError(StoreError::Kind::BadData, message);
}

/// Is this a path that stays inside the package: relative, no .. component, no drive or backslash?
bool staysInside(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\'))
        || path.contains(QLatin1Char(':')))
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    return !parts.contains(QStringLiteral(".."));
}

/// Frees the archive however the reading ends.
struct ArchiveReader
{
    archive *handle = archive_read_new();
    ~ArchiveReader() { archive_read_free(handle); }
    QString error() const { return QString::fromLocal8Bit(archive_error_string(handle)); }
};

QString entryName(archive_entry *entry)
{
    if (const char *utf8 = archive_entry_pathname_utf8(entry))
        return QString::fromUtf8(utf8);
    const char *raw = archive_entry_pathname(entry);
    return raw ? QString::fromLocal8Bit(raw) : QString();
}
} // namespace

RequestPackage::~RequestPackage() = default;

std::unique_ptr<RequestPackage> RequestPackage::open(const QString &path, qint64 sizeLimit)
{
    std::unique_ptr<RequestPackage> package(new RequestPackage);
    const QFileInfo info(path);
    if (!info.exists())
        throw bad(tr("%1: no such folder or zip file").arg(QDir::toNativeSeparators(path)));
    if (info.isDir()) {
        package->m_folder = info.canonicalFilePath();
    } else {
        package->unpackZip(info.absoluteFilePath(), sizeLimit);
    }
    package->readRequest();
    return package;
}

void RequestPackage::unpackZip(const QString &zipPath, qint64 sizeLimit)
{
    const QString shown = QDir::toNativeSeparators(zipPath);
    // First pass: every entry's name, type and declared size, before a byte is unpacked.
    {
        ArchiveReader reader;
        archive_read_support_format_zip_seekable(reader.handle);
        if (archive_read_open_filename(reader.handle, QFile::encodeName(zipPath).constData(), 64 * 1024) != ARCHIVE_OK)
            throw bad(tr("%1: not a zip file the request can come in: %2").arg(shown, reader.error()));
        archive_entry *entry = nullptr;
        qint64 declared = 0;
        int status = ARCHIVE_OK;
        while ((status = archive_read_next_header(reader.handle, &entry)) == ARCHIVE_OK) {
            const QString name = entryName(entry);
            if (!staysInside(name))
                throw bad(tr("%1: the entry \"%2\" leaves the package (an absolute or ../ path): refused")
                              .arg(shown, name));
            const auto type = archive_entry_filetype(entry);
            if (type != AE_IFREG && type != AE_IFDIR)
                throw bad(tr("%1: the entry \"%2\" is not a file or a folder (a link?): refused").arg(shown, name));
            const qint64 size = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : 0;
            if (size > sizeLimit)
                throw bad(tr("%1: the entry \"%2\" declares %3 bytes, over the limit of %4: refused")
                              .arg(shown, name)
                              .arg(size)
                              .arg(sizeLimit));
            declared += size;
            if (declared > kMaxPackageBytes)
                throw bad(tr("%1: its entries declare more than %2 bytes in all: refused").arg(shown).arg(kMaxPackageBytes));
            archive_read_data_skip(reader.handle);
        }
        if (status != ARCHIVE_EOF)
            throw bad(tr("%1: cannot be read as a zip file: %2").arg(shown, reader.error()));
    }
    // Second pass: unpack into a private folder, holding each entry to what it declared.
    m_unpacked = std::make_unique<QTemporaryDir>();
    if (!m_unpacked->isValid())
        throw bad(tr("%1: no temporary folder to unpack it: %2").arg(shown, m_unpacked->errorString()));
    m_folder = QFileInfo(m_unpacked->path()).canonicalFilePath();
    ArchiveReader reader;
    archive_read_support_format_zip_seekable(reader.handle);
    if (archive_read_open_filename(reader.handle, QFile::encodeName(zipPath).constData(), 64 * 1024) != ARCHIVE_OK)
        throw bad(tr("%1: cannot be read as a zip file: %2").arg(shown, reader.error()));
    archive_entry *entry = nullptr;
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    while (archive_read_next_header(reader.handle, &entry) == ARCHIVE_OK) {
        const QString name = entryName(entry);
        const QString target = QDir(m_folder).filePath(name);
        if (archive_entry_filetype(entry) == AE_IFDIR) {
            QDir().mkpath(target);
            continue;
        }
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly))
            throw bad(tr("%1: cannot unpack \"%2\": %3").arg(shown, name, out.errorString()));
        const qint64 allowed = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : sizeLimit;
        qint64 written = 0;
        for (;;) {
            const la_ssize_t got = archive_read_data(reader.handle, buffer.data(), size_t(buffer.size()));
            if (got < 0)
                throw bad(tr("%1: the entry \"%2\" is damaged: %3").arg(shown, name, reader.error()));
            if (got == 0)
                break;
            written += got;
            if (written > allowed || written > sizeLimit)
                throw bad(tr("%1: the entry \"%2\" holds more than it declares: refused").arg(shown, name));
            if (out.write(buffer.constData(), got) != got)
                throw bad(tr("%1: cannot unpack \"%2\": %3").arg(shown, name, out.errorString()));
        }
    }
}

QString RequestPackage::packagePath(const QString &relative, const QString &field) const
{
    if (!staysInside(relative))
        throw bad(tr("request.json: %1: \"%2\" is not a path inside the package").arg(field, relative));
    const QFileInfo info(QDir(m_folder).filePath(relative));
    if (!info.exists())
        throw bad(tr("request.json: %1: \"%2\" is not in the package").arg(field, relative));
    // A link inside a folder package could still point out of it.
    const QString canonical = info.canonicalFilePath();
    if (!canonical.startsWith(m_folder + QLatin1Char('/')))
        throw bad(tr("request.json: %1: \"%2\" leads out of the package").arg(field, relative));
    if (!info.isFile())
        throw bad(tr("request.json: %1: \"%2\" is not a file").arg(field, relative));
    return canonical;
}

void RequestPackage::readRequest()
{
    QFile file(QDir(m_folder).filePath(kRequestFile));
    if (!file.open(QIODevice::ReadOnly))
        throw bad(tr("request.json: not found in the package (%1)").arg(file.errorString()));
    if (file.size() > 1024 * 1024)
        throw bad(tr("request.json: larger than 1 MiB"));
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        throw bad(tr("request.json: not valid JSON at offset %1: %2").arg(error.offset).arg(error.errorString()));
    if (!json.isObject())
        throw bad(tr("request.json: not a JSON object"));
    const QJsonObject o = json.object();
    static const QStringList known{
        QStringLiteral("schema_version"), QStringLiteral("drafter"),  QStringLiteral("unit"),
        QStringLiteral("title"),          QStringLiteral("body"),     QStringLiteral("level"),
        QStringLiteral("route"),          QStringLiteral("file"),     QStringLiteral("attachments"),
        QStringLiteral("external_reference"), QStringLiteral("outbox"), QStringLiteral("submit")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            throw bad(tr("request.json: unknown field \"%1\"").arg(it.key()));
    }
    const QJsonValue version = o.value(QStringLiteral("schema_version"));
    if (!version.isDouble() || version.toDouble() != double(version.toInteger()) || version.toInteger() < 1)
        throw bad(tr("request.json: schema_version: a whole number from 1 is required"));
    m_request.schemaVersion = int(version.toInteger());
    if (m_request.schemaVersion > kSchemaVersion)
        throw bad(tr("request.json: schema_version: %1 is from a newer request format; this Kessai reads up to %2")
                      .arg(m_request.schemaVersion)
                      .arg(kSchemaVersion));
    auto text = [&o](const char *field, bool required) {
        const QString name = QLatin1String(field);
        const QJsonValue value = o.value(name);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                throw bad(tr("request.json: %1: required").arg(name));
            return QString();
        }
        if (!value.isString())
            throw bad(tr("request.json: %1: a text is required").arg(name));
        const QString result = value.toString();
        if (required && result.trimmed().isEmpty())
            throw bad(tr("request.json: %1: must not be empty").arg(name));
        if (result.contains(QChar(u'\0')))
            throw bad(tr("request.json: %1: holds a NUL character").arg(name));
        return result;
    };
    m_request.drafter = text("drafter", true).trimmed();
    m_request.unit = text("unit", true).trimmed();
    m_request.title = text("title", true).trimmed();
    m_request.body = text("body", false);
    m_request.level = text("level", false).trimmed();
    m_request.file = text("file", false).trimmed();
    m_request.externalReference = text("external_reference", true).trimmed();
    m_request.outbox = text("outbox", false).trimmed();
    const QJsonValue route = o.value(QStringLiteral("route"));
    if (!route.isUndefined() && !route.isNull()) {
        if (!route.isArray() || route.toArray().isEmpty())
            throw bad(tr("request.json: route: a list of stages is required"));
        m_request.route = route.toArray();
    }
    if (m_request.level.isEmpty() && m_request.route.isEmpty())
        throw bad(tr("request.json: level or route: one of them is required"));
    const QJsonValue submit = o.value(QStringLiteral("submit"));
    if (!submit.isUndefined() && !submit.isNull()) {
        if (!submit.isBool())
            throw bad(tr("request.json: submit: true or false is required"));
        m_request.submit = submit.toBool();
    }
    const QJsonValue attachments = o.value(QStringLiteral("attachments"));
    if (!attachments.isUndefined() && !attachments.isNull()) {
        if (!attachments.isArray())
            throw bad(tr("request.json: attachments: a list of paths is required"));
        const QJsonArray list = attachments.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString field = QStringLiteral("attachments[%1]").arg(i);
            if (!list.at(i).isString())
                throw bad(tr("request.json: %1: a path is required").arg(field));
            m_request.attachments.append(list.at(i).toString());
            packagePath(m_request.attachments.last(), field);
        }
    }
}

QStringList RequestPackage::attachmentPaths() const
{
    QStringList paths;
    for (qsizetype i = 0; i < m_request.attachments.size(); ++i)
        paths.append(packagePath(m_request.attachments.at(i), QStringLiteral("attachments[%1]").arg(i)));
    return paths;
}

} // namespace kessai::cli
