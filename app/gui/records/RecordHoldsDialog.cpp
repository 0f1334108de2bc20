// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/records/RecordHoldsDialog.h"

#include "gui/StoreClient.h"
#include "gui/StoreWorker.h"
#include "gui/records/RecordsJob.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kessai::gui {

RecordHoldsDialog::RecordHoldsDialog(StoreClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
{
    setWindowTitle(tr("Holds in force"));
    setObjectName(QStringLiteral("recordHoldsDialog"));
    resize(820, 420);
    auto *layout = new QVBoxLayout(this);
    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Hold"), tr("On"), tr("Reason"), tr("Placed by"), tr("Placed at")});
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addWidget(m_list, 1);
    auto *lift = new QHBoxLayout;
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("Why the hold ends"));
    m_lift = new QPushButton(tr("Lift the hold"), this);
    m_lift->setObjectName(QStringLiteral("recordHoldsLift"));
    connect(m_lift, &QPushButton::clicked, this, [this] { liftSelected(m_reason->text()); });
    lift->addWidget(m_reason, 1);
    lift->addWidget(m_lift);
    layout->addLayout(lift);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("recordHoldsStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
}

QString RecordHoldsDialog::statusText() const
{
    return m_status->text();
}

void RecordHoldsDialog::refresh()
{
    m_client->call<QList<RecordHolds::Hold>>(
        this, [](StoreWorker &worker) { return RecordHolds(worker.connection()).active(); },
        [this](QList<RecordHolds::Hold> holds) {
            m_holds = holds;
            m_list->clear();
            for (const RecordHolds::Hold &h : std::as_const(m_holds)) {
                const QString on = h.fileId ? tr("file %1").arg(h.fileId) : tr("document %1").arg(h.documentId);
                auto *item = new QTreeWidgetItem(m_list, {QString::number(h.id), on, h.reason, h.placedBy, h.placedAt});
                item->setData(0, Qt::UserRole, h.id);
            }
            emit refreshed();
        },
        [this](const StoreClient::Failure &failure) { m_status->setText(failure.message); });
}

bool RecordHoldsDialog::selectHold(qint64 holdId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == holdId) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    }
    return false;
}

void RecordHoldsDialog::liftSelected(const QString &reason)
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || reason.trimmed().isEmpty()) {
        m_status->setText(tr("Select a hold and say why it ends."));
        return;
    }
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    RecordsJob{m_client, this, m_status, {m_lift}}.run(
        tr("Lifting hold %1").arg(id),
        [id, reason](StoreWorker &worker) {
            RecordHolds(worker.connection()).lift(worker.session(), id, reason);
            return tr("Hold %1 lifted (it stays on record).").arg(id);
        },
        [this] {
            refresh();
            emit changed();
        });
}

} // namespace kessai::gui
