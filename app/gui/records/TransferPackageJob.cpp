// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/records/TransferPackageJob.h"

#include "core/records/FileRegister.h"
#include "core/records/RecordDisposal.h"
#include "core/records/TransferPackage.h"
#include "core/store/StoreError.h"
#include "gui/StoreClient.h"
#include "gui/StoreWorker.h"
#include "gui/record/RecordOutput.h"
#include "render/ConversionService.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTimer>

namespace kessai::gui {

TransferPackageJob::TransferPackageJob(StoreClient *client, const DatabaseUrl &url, QWidget *window)
    : QObject(window)
    , m_client(client)
    , m_url(url)
    , m_window(window)
{}

TransferPackageJob::~TransferPackageJob() = default;

void TransferPackageJob::start(const QList<qint64> &fileIds, const QString &folder, bool zip)
{
    m_fileIds = fileIds;
    m_folder = folder;
    m_zip = zip;
    m_client->call<QList<qint64>>(
        this,
        [fileIds](StoreWorker &worker) {
            // Only 簿冊 whose 移管 was decided; their documents, whose 原議 come first.
            QList<qint64> documents;
            for (qint64 id : fileIds) {
                const auto file = FileRegister(worker.connection()).byId(id);
                if (!file || file->state != FileState::TransferPending)
                    throw StoreError(StoreError::Kind::Refused,
                                     tr("file %1 has no decided transfer waiting for its package").arg(id));
                documents += TransferPackage(worker.connection()).documentIds(id);
            }
            return documents;
        },
        [this](QList<qint64> documents) {
            m_records = std::make_unique<QTemporaryDir>();
            if (!m_records->isValid()) {
                emit finished(false, tr("no temporary folder for the record PDFs: %1").arg(m_records->errorString()));
                return;
            }
            m_conversion = new render::ConversionService(m_url, this);
            m_output = new RecordOutput(m_client, m_url, [this] { return m_conversion; }, m_window);
            m_output->setParent(this);
            connect(m_output, &RecordOutput::finished, this, [this](bool ok, const QString &message) {
                if (!ok) {
                    emit finished(false, message);
                    return;
                }
                QTimer::singleShot(0, this, &TransferPackageJob::nextRecord);
            });
            m_queue = documents;
            m_total = int(documents.size());
            nextRecord();
        },
        [this](const StoreClient::Failure &failure) { emit finished(false, failure.message); });
}

void TransferPackageJob::nextRecord()
{
    if (m_queue.isEmpty()) {
        writePackages();
        return;
    }
    const qint64 doc = m_queue.takeFirst();
    const QString path = m_records->filePath(QStringLiteral("%1.pdf").arg(doc));
    m_pdfs.insert(doc, path);
    emit progress(tr("Record PDF %1 of %2…").arg(m_total - m_queue.size()).arg(m_total));
    m_output->writePdf(doc, path, PrintScope());
}

void TransferPackageJob::writePackages()
{
    emit progress(tr("Writing the transfer packages…"));
    TransferPackage::Options options;
    options.recordPdfs = m_pdfs;
    options.zip = m_zip;
    const QList<qint64> ids = m_fileIds;
    const QString folder = m_folder;
    m_client->call<QString>(
        this,
        [ids, folder, options](StoreWorker &worker) {
            QStringList written;
            for (qint64 id : ids) {
                const QString path = TransferPackage(worker.connection()).write(id, folder, options);
                RecordDisposal(worker.connection()).markTransferred(worker.session(), id, path);
                written << QDir::toNativeSeparators(path);
            }
            return tr("Transferred: %1").arg(written.join(tr(", ")));
        },
        [this](const QString &message) { emit finished(true, message); },
        [this](const StoreClient::Failure &failure) { emit finished(false, failure.message); });
}

} // namespace kessai::gui
