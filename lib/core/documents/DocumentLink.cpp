// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/DocumentLink.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

#include <utility>

namespace kessai {

namespace {
constexpr auto kDatabaseKey = "database";

/// A positive document id, or 0.
qint64 documentNumber(const QString &text)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

bool isServerUrl(const QString &database)
{
    return database.startsWith(QLatin1String("postgresql:")) ||
           database.startsWith(QLatin1String("postgres:"));
}
} // namespace

DocumentLink::DocumentLink(qint64 documentId, QString database)
    : m_documentId(documentId)
    , m_database(std::move(database))
{}

DocumentLink DocumentLink::parse(const QString &argument, QString *error)
{
    if (argument.startsWith(QLatin1String(kScheme) + QLatin1Char(':'), Qt::CaseInsensitive))
        return fromUrl(argument, error);
    if (argument.startsWith(QLatin1String("file:"), Qt::CaseInsensitive))
        return fromFile(QUrl(argument).toLocalFile(), error);
    return fromFile(argument, error);
}

DocumentLink DocumentLink::fromUrl(const QString &argument, QString *error)
{
    // kessai://42, kessai:42 or kessai:///42 (a mail program may add a slash). Read by hand:
    // QUrl would take the number for an IPv4 host (0.0.0.42).
    QString rest = argument.mid(qsizetype(qstrlen(kScheme)) + 1);
    QString query;
    if (const qsizetype mark = rest.indexOf(QLatin1Char('?')); mark >= 0) {
        query = rest.mid(mark + 1);
        rest.truncate(mark);
    }
    while (rest.startsWith(QLatin1Char('/')))
        rest.remove(0, 1);
    while (rest.endsWith(QLatin1Char('/')))
        rest.chop(1);
    const qint64 id = documentNumber(rest);
    if (!id || rest.contains(QLatin1Char('/'))) {
        *error = tr("%1 is not a document link: expected kessai://NUMBER").arg(argument);
        return {};
    }
    const QString database = QUrlQuery(query).queryItemValue(QLatin1String(kDatabaseKey), QUrl::FullyDecoded);
    return DocumentLink(id, database);
}

DocumentLink DocumentLink::fromFile(const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(shown, file.errorString());
        return {};
    }
    if (file.size() > kMaxFileSize) {
        *error = tr("%1 is not a Kessai link file: it is larger than %2 bytes").arg(shown).arg(kMaxFileSize);
        return {};
    }
    return fromFileContents(file.read(kMaxFileSize), path, error);
}

DocumentLink DocumentLink::fromFileContents(const QByteArray &contents, const QString &fileName,
                                            QString *error)
{
    const QString shown = QDir::toNativeSeparators(fileName);
    const QStringList lines = QString::fromUtf8(contents).split(QLatin1Char('\n'));
    bool inGroup = false;
    bool sawGroup = false;
    QString database;
    qint64 id = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        const QString where = tr("%1, line %2").arg(shown).arg(i + 1);
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            inGroup = line == QLatin1String(kFileGroup);
            sawGroup = sawGroup || inGroup;
            continue;
        }
        if (!inGroup)
            continue; // other groups are for other programs (or later versions)
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals < 0) {
            *error = tr("%1: expected Key=Value").arg(where);
            return {};
        }
        const QString key = line.left(equals).trimmed().toLower();
        const QString value = line.mid(equals + 1).trimmed();
        if (key == QLatin1String("document")) {
            id = documentNumber(value);
            if (!id) {
                *error = tr("%1: Document must be a document number, not \"%2\"").arg(where, value);
                return {};
            }
        } else if (key == QLatin1String(kDatabaseKey)) {
            database = value;
        }
    }
    if (!sawGroup) {
        *error =
            tr("%1 is not a Kessai link file: it has no %2 section").arg(shown, QLatin1String(kFileGroup));
        return {};
    }
    if (!id) {
        *error = tr("%1 names no document (Document=NUMBER)").arg(shown);
        return {};
    }
    if (!database.isEmpty() && !isServerUrl(database) && QDir::isRelativePath(database))
        database = QFileInfo(fileName).absoluteDir().filePath(database);
    return DocumentLink(id, database);
}

QString DocumentLink::toUrl() const
{
    QString url = QLatin1String(kScheme) + QStringLiteral("://") + QString::number(m_documentId);
    if (!m_database.isEmpty())
        url += QStringLiteral("?%1=%2").arg(QLatin1String(kDatabaseKey),
                                            QString::fromLatin1(QUrl::toPercentEncoding(m_database)));
    return url;
}

QByteArray DocumentLink::toFileContents() const
{
    QByteArray out = QByteArray(kFileGroup) + '\n';
    if (!m_database.isEmpty())
        out += "Database=" + m_database.toUtf8() + '\n';
    out += "Document=" + QByteArray::number(m_documentId) + '\n';
    return out;
}

} // namespace kessai
