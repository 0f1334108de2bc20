// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace kessai::cli {

/// A request package from another business system (docs/linkage.md): a folder, or a zip of one,
/// holding request.json (format: docs/request-package.schema.json) and the files it names.
/// open() reads and checks everything it can without the store — the zip's every entry (no
/// absolute or ../ path, no link, declared sizes within the limits, no more bytes than declared),
/// request.json's every field, every attachment inside the package — and throws
/// StoreError(BadData) naming the entry or field and the reason. Nothing is written but the
/// private temporary folder a zip is unpacked to, removed with this object.
class RequestPackage
{
    Q_DECLARE_TR_FUNCTIONS(RequestPackage)

public:
    /// The request format this Kessai reads; a higher schema_version is refused.
    static constexpr int kSchemaVersion = 1;
    /// The most a zip may declare in all (its entries each within the attachment limit too).
    static constexpr qint64 kMaxPackageBytes = 4LL * 1024 * 1024 * 1024;

    struct Request
    {
        int schemaVersion = 0;
        QString drafter;     ///< login
        QString unit;        ///< unit code
        QString title;       ///< 件名
        QString body;        ///< 本文
        QString level;       ///< 決裁区分 code (or empty with route)
        QJsonArray route;    ///< explicit route: stages as kessai-cli route set reads them
        QString file;        ///< 簿冊 name
        QStringList attachments; ///< paths inside the package, in order
        QString externalReference;
        QString outbox; ///< folder for outcome files ('' = none)
        bool submit = false;
    };

    /// sizeLimit: the largest attachment accepted (each zip entry is held to it too).
    static std::unique_ptr<RequestPackage> open(const QString &path, qint64 sizeLimit);
    ~RequestPackage();

    const Request &request() const { return m_request; }
    /// The folder the package's files are in (the zip's temporary copy).
    QString folder() const { return m_folder; }
    /// Absolute paths of the attachments, in order, checked to be files inside the package.
    QStringList attachmentPaths() const;

private:
    RequestPackage() = default;
    void unpackZip(const QString &zipPath, qint64 sizeLimit);
    void readRequest();
    QString packagePath(const QString &relative, const QString &field) const;

    std::unique_ptr<QTemporaryDir> m_unpacked;
    QString m_folder;
    Request m_request;
};

} // namespace kessai::cli
