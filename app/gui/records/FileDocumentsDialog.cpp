// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/records/FileDocumentsDialog.h"

#include "core/DomainLabels.h"
#include "core/records/RecordHolds.h"
#include "gui/StoreClient.h"
#include "gui/StoreWorker.h"
#include "gui/records/RecordsJob.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kessai::gui {

FileDocumentsDialog::FileDocumentsDialog(StoreClient *client, const RecordFile &file, const QList<RecordFile> &targets,
                                         QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_fileId(file.id)
{
    setWindowTitle(tr("Documents of %1 (FY%2)").arg(file.name).arg(file.fiscalYear));
    setObjectName(QStringLiteral("fileDocumentsDialog"));
    resize(760, 520);
    auto *layout = new QVBoxLayout(this);
    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Number"), tr("Title"), tr("Status")});
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_list, 1);

    auto *move = new QHBoxLayout;
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("fileDocumentsTarget"));
    for (const RecordFile &t : targets) {
        if (t.id != file.id && t.state == FileState::Open && t.unitId == file.unitId)
            m_target->addItem(tr("%1 (FY%2)").arg(t.name).arg(t.fiscalYear), t.id);
    }
    auto *moveButton = new QPushButton(tr("Move to this file"), this);
    moveButton->setObjectName(QStringLiteral("fileDocumentsMove"));
    moveButton->setEnabled(file.state == FileState::Open && m_target->count() > 0);
    connect(moveButton, &QPushButton::clicked, this, [this] { moveSelected(m_target->currentData().toLongLong()); });
    move->addWidget(new QLabel(tr("Move to:"), this));
    move->addWidget(m_target, 1);
    move->addWidget(moveButton);
    layout->addLayout(move);
    if (file.state != FileState::Open)
        layout->addWidget(new QLabel(tr("This file is closed: its documents stay in it."), this));

    auto *hold = new QHBoxLayout;
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("Reason of the hold (lawsuit, disclosure request …)"));
    auto *holdButton = new QPushButton(tr("Hold the document"), this);
    holdButton->setObjectName(QStringLiteral("fileDocumentsHold"));
    connect(holdButton, &QPushButton::clicked, this, [this] { holdSelected(m_reason->text()); });
    hold->addWidget(m_reason, 1);
    hold->addWidget(holdButton);
    layout->addLayout(hold);
    m_actions = {moveButton, holdButton};

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("fileDocumentsStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
}

QString FileDocumentsDialog::statusText() const
{
    return m_status->text();
}

void FileDocumentsDialog::refresh()
{
    const qint64 file = m_fileId;
    m_client->call<QList<FileRegister::FiledDocument>>(
        this, [file](StoreWorker &worker) { return FileRegister(worker.connection()).documents(file); },
        [this](QList<FileRegister::FiledDocument> documents) {
            m_documents = documents;
            m_list->clear();
            for (const FileRegister::FiledDocument &d : std::as_const(m_documents)) {
                const auto status = fromCode<DocumentStatus>(d.status);
                auto *item = new QTreeWidgetItem(
                    m_list, {d.number, d.title, status ? DomainLabels::label(*status) : d.status});
                item->setData(0, Qt::UserRole, d.id);
            }
            emit refreshed();
        },
        [this](const StoreClient::Failure &failure) { m_status->setText(failure.message); });
}

qint64 FileDocumentsDialog::selectedId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

bool FileDocumentsDialog::selectDocument(qint64 documentId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == documentId) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    }
    return false;
}

void FileDocumentsDialog::moveSelected(qint64 targetFileId)
{
    const qint64 doc = selectedId();
    if (!doc || !targetFileId) {
        m_status->setText(tr("Select a document and the file to move it to."));
        return;
    }
    RecordsJob{m_client, this, m_status, m_actions}.run(
        tr("Moving"),
        [doc, targetFileId](StoreWorker &worker) {
            FileRegister(worker.connection()).moveDocument(worker.session(), doc, targetFileId);
            return tr("Document %1 moved to file %2.").arg(doc).arg(targetFileId);
        },
        [this] {
            refresh();
            emit changed();
        });
}

void FileDocumentsDialog::holdSelected(const QString &reason)
{
    const qint64 doc = selectedId();
    if (!doc || reason.trimmed().isEmpty()) {
        m_status->setText(tr("Select a document and give the reason of the hold."));
        return;
    }
    RecordsJob{m_client, this, m_status, m_actions}.run(
        tr("Placing the hold"),
        [doc, reason](StoreWorker &worker) {
            const qint64 hold = RecordHolds(worker.connection()).placeOnDocument(worker.session(), doc, reason);
            return tr("Hold %1 placed on document %2: its file is not destroyed until it is lifted.").arg(hold).arg(doc);
        },
        [this] { emit changed(); });
}

} // namespace kessai::gui
