// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/desk/SwitchToPaperDialog.h"

#include "gui/StoreClient.h"
#include "gui/StoreWorker.h"

#include "core/paper/PaperDecisionStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kessai::gui {

SwitchToPaperDialog::SwitchToPaperDialog(StoreClient *client, qint64 documentId, const QString &documentLabel,
                                         QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_documentId(documentId)
{
    setObjectName(QStringLiteral("switchToPaperDialog"));
    setWindowTitle(tr("Switch to a paper decision"));
    auto *intro = new QLabel(tr("「%1」 was decided on paper. It becomes 決裁済（紙決裁）: its route stops, and "
                                "the switch is recorded with its reason in the audit log.")
                                 .arg(documentLabel));
    intro->setWordWrap(true);
    m_reason = new QComboBox;
    m_reason->setObjectName(QStringLiteral("switchReason"));
    m_reasonText = new QLineEdit;
    m_reasonText->setObjectName(QStringLiteral("switchReasonText"));
    m_decider = new QLineEdit;
    m_decider->setObjectName(QStringLiteral("switchDecider"));
    m_decided = new QDateEdit(QDate::currentDate());
    m_decided->setObjectName(QStringLiteral("switchDecided"));
    m_decided->setCalendarPopup(true);
    m_decided->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *form = new QFormLayout;
    form->addRow(tr("Reason for paper"), m_reason);
    form->addRow(tr("Reason in words"), m_reasonText);
    form->addRow(tr("決裁者"), m_decider);
    form->addRow(tr("決裁日"), m_decided);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("switchMessage"));
    m_message->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Switch to paper"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SwitchToPaperDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    m_client->call<QList<PaperReason>>(
        this, [](StoreWorker &worker) { return PaperDecisionStore(worker.connection()).reasons(); },
        [this](const QList<PaperReason> &reasons) {
            for (const PaperReason &reason : reasons)
                m_reason->addItem(reason.name, reason.id);
            m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
            emit ready();
        },
        [this](const StoreClient::Failure &failure) { m_message->setText(failure.message); });
}

void SwitchToPaperDialog::submit()
{
    const qint64 document = m_documentId;
    const qint64 reason = m_reason->currentData().toLongLong();
    const QString text = m_reasonText->text();
    const QString decider = m_decider->text();
    const QDate decided = m_decided->date();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_client->call<QString>(
        this,
        [=](StoreWorker &worker) {
            return PaperDecisionStore(worker.connection())
                .switchToPaper(worker.session(), document, reason, text, decider, decided);
        },
        [this](const QString &label) {
            emit switched(m_documentId, label);
            accept();
        },
        [this](const StoreClient::Failure &failure) {
            m_message->setText(tr("Not switched: %1").arg(failure.message));
            m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
            emit failed(failure.message);
        });
}

} // namespace kessai::gui
