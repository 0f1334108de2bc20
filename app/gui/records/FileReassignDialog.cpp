// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/records/FileReassignDialog.h"

#include "core/org/OrgStore.h"
#include "core/records/FileRegister.h"
#include "gui/StoreClient.h"
#include "gui/StoreWorker.h"
#include "gui/records/RecordsJob.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kessai::gui {

FileReassignDialog::FileReassignDialog(StoreClient *client, qint64 fromUnitId, const QString &fromName,
                                       const QList<qint64> &fileIds, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_fromUnitId(fromUnitId)
    , m_fileIds(fileIds)
{
    setWindowTitle(tr("Hand files to the successor division"));
    setObjectName(QStringLiteral("fileReassignDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(fileIds.isEmpty()
                                     ? tr("Every file of %1 goes to the division chosen below.").arg(fromName)
                                     : tr("%n selected file(s) of %1 go to the division chosen below.", nullptr,
                                          int(fileIds.size()))
                                           .arg(fromName),
                                 this));
    auto *form = new QFormLayout;
    m_to = new QComboBox(this);
    m_to->setObjectName(QStringLiteral("fileReassignTo"));
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("e.g. FY2026 reorganization"));
    form->addRow(tr("Successor division:"), m_to);
    form->addRow(tr("Reason:"), m_reason);
    layout->addLayout(form);
    m_ok = new QPushButton(tr("Hand over"), this);
    m_ok->setObjectName(QStringLiteral("fileReassignOk"));
    connect(m_ok, &QPushButton::clicked, this, [this] { reassign(m_to->currentData().toLongLong(), m_reason->text()); });
    layout->addWidget(m_ok);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("fileReassignStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
}

QStringList FileReassignDialog::successors() const
{
    QStringList names;
    for (int i = 0; i < m_to->count(); ++i)
        names << m_to->itemText(i);
    return names;
}

QString FileReassignDialog::statusText() const
{
    return m_status->text();
}

void FileReassignDialog::refresh()
{
    const qint64 from = m_fromUnitId;
    m_client->call<QList<Unit>>(
        this,
        [from](StoreWorker &worker) {
            QList<Unit> divisions;
            for (const Unit &u : OrgStore(worker.connection()).units()) {
                if (u.level == UnitLevel::Division && u.active && u.id != from)
                    divisions.append(u);
            }
            return divisions;
        },
        [this](QList<Unit> divisions) {
            m_to->clear();
            for (const Unit &u : std::as_const(divisions))
                m_to->addItem(u.name, u.id);
            emit refreshed();
        },
        [this](const StoreClient::Failure &failure) { m_status->setText(failure.message); });
}

void FileReassignDialog::reassign(qint64 toUnitId, const QString &reason)
{
    if (!toUnitId || reason.trimmed().isEmpty()) {
        m_status->setText(tr("Choose the successor division and give the reason."));
        return;
    }
    const qint64 from = m_fromUnitId;
    const QList<qint64> ids = m_fileIds;
    RecordsJob{m_client, this, m_status, {m_ok}}.run(
        tr("Handing over"),
        [from, toUnitId, ids, reason](StoreWorker &worker) {
            const int moved = FileRegister(worker.connection()).reassign(worker.session(), from, toUnitId, ids, reason);
            return tr("%n file(s) handed over.", nullptr, moved);
        },
        [this] { emit changed(); });
}

} // namespace kessai::gui
