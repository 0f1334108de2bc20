// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/DatabaseUrl.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class QTemporaryDir;
class QWidget;

namespace kessai::render {
class ConversionService;
}

namespace kessai::gui {

class RecordOutput;
class StoreClient;

/// RecordsWindow's 移管パッケージ: for the selected 簿冊 whose 移管 was decided, the 原議 PDF of
/// each document (RecordOutput: the same RecordPdfWriter as 原議 PDF を保存…, dossier read and
/// PDF written off the GUI thread), then on the store thread the packages (TransferPackage: a
/// folder or a zip per 簿冊, manifest and SHA-256 of every file) and 移管済. Nothing is marked
/// before every package is complete.
class TransferPackageJob : public QObject
{
    Q_OBJECT

public:
    TransferPackageJob(StoreClient *client, const DatabaseUrl &url, QWidget *window);
    ~TransferPackageJob() override;

    void start(const QList<qint64> &fileIds, const QString &folder, bool zip);

signals:
    void progress(const QString &text);
    void finished(bool ok, const QString &message);

private:
    void nextRecord();
    void writePackages();

    StoreClient *m_client;
    DatabaseUrl m_url;
    QWidget *m_window;
    render::ConversionService *m_conversion = nullptr;
    RecordOutput *m_output = nullptr;
    std::unique_ptr<QTemporaryDir> m_records;
    QList<qint64> m_fileIds;
    QList<qint64> m_queue;
    QHash<qint64, QString> m_pdfs;
    QString m_folder;
    bool m_zip = false;
    int m_total = 0;
};

} // namespace kessai::gui
