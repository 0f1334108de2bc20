// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/desk/PaperDecisionDialog.h"

#include "gui/StoreClient.h"
#include "gui/StoreWorker.h"
#include "gui/desk/PaperDeskLists.h"

#include "core/content/AttachmentFile.h"
#include "core/documents/AttachmentStore.h"
#include "core/paper/PaperDecisionStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kessai::gui {

namespace {
void fill(QComboBox *box, const QList<PaperDeskLists::Choice> &choices, const QString &none = {})
{
    box->clear();
    if (!none.isNull())
        box->addItem(none, qint64(0));
    for (const PaperDeskLists::Choice &choice : choices)
        box->addItem(choice.name, choice.id);
}
} // namespace

PaperDecisionDialog::PaperDecisionDialog(StoreClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("paperDecisionDialog"));
    setWindowTitle(tr("Register a decision made on paper (書面決裁)"));
    auto *form = new QFormLayout;
    auto named = [](auto *widget, const char *name) {
        widget->setObjectName(QLatin1String(name));
        return widget;
    };
    m_title = named(new QLineEdit, "paperTitle");
    m_drafter = named(new QComboBox, "paperDrafter");
    m_unit = named(new QComboBox, "paperUnit");
    m_level = named(new QComboBox, "paperLevel");
    m_kind = named(new QComboBox, "paperKind");
    m_decider = named(new QLineEdit, "paperDecider");
    const QDate today = QDate::currentDate();
    m_drafted = named(new QDateEdit(today), "paperDrafted");
    m_decided = named(new QDateEdit(today), "paperDecided");
    for (QDateEdit *edit : {m_drafted, m_decided}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_reason = named(new QComboBox, "paperReason");
    m_reasonText = named(new QLineEdit, "paperReasonText");
    m_secret = named(new QCheckBox(tr("秘 document")), "paperSecret");
    m_paperNumber = named(new QSpinBox, "paperNumber");
    m_paperNumber->setRange(0, 999999);
    m_paperNumber->setSpecialValueText(tr("next of the unit"));
    m_scan = named(new QLineEdit, "paperScan");
    m_scan->setPlaceholderText(tr("optional: PDF or image of the paper"));
    auto *browse = new QPushButton(tr("Choose…"));
    connect(browse, &QPushButton::clicked, this, &PaperDecisionDialog::chooseScan);
    auto *scanRow = new QHBoxLayout;
    scanRow->addWidget(m_scan, 1);
    scanRow->addWidget(browse);
    form->addRow(tr("件名"), m_title);
    form->addRow(tr("起案者"), m_drafter);
    form->addRow(tr("所属"), m_unit);
    form->addRow(tr("決裁区分"), m_level);
    form->addRow(tr("種類"), m_kind);
    form->addRow(tr("決裁者"), m_decider);
    form->addRow(tr("起案日"), m_drafted);
    form->addRow(tr("決裁日"), m_decided);
    form->addRow(tr("Reason for paper"), m_reason);
    form->addRow(tr("Reason in words"), m_reasonText);
    form->addRow(QString(), m_secret);
    form->addRow(tr("文書番号 on the paper"), m_paperNumber);
    form->addRow(tr("Scan"), scanRow);
    m_message = named(new QLabel, "paperMessage");
    m_message->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Close);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Register"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PaperDecisionDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    load();
}

void PaperDecisionDialog::load()
{
    m_client->call<PaperDeskLists>(
        this, [](StoreWorker &worker) { return PaperDeskLists::load(worker); },
        [this](const PaperDeskLists &lists) {
            fill(m_drafter, lists.users);
            fill(m_unit, lists.units);
            fill(m_level, lists.levels, tr("(not recorded)"));
            fill(m_kind, lists.kinds, tr("(not recorded)"));
            fill(m_reason, lists.reasons);
            m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!lists.units.isEmpty());
            emit ready();
        },
        [this](const StoreClient::Failure &failure) { m_message->setText(failure.message); });
}

void PaperDecisionDialog::chooseScan()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Scan of the paper decision"), QString(),
                                                      tr("Scans (*.pdf *.tif *.tiff *.png *.jpg *.jpeg);;All files (*)"));
    if (!path.isEmpty())
        m_scan->setText(path);
}

void PaperDecisionDialog::submit()
{
    PaperDecision decision;
    decision.title = m_title->text();
    decision.drafterId = m_drafter->currentData().toLongLong();
    decision.unitId = m_unit->currentData().toLongLong();
    decision.decisionLevelId = m_level->currentData().toLongLong();
    decision.decisionKindId = m_kind->currentData().toLongLong();
    decision.decider = m_decider->text();
    decision.draftedOn = m_drafted->date();
    decision.decidedOn = m_decided->date();
    decision.reasonId = m_reason->currentData().toLongLong();
    decision.reasonText = m_reasonText->text();
    decision.classification = m_secret->isChecked() ? Classification::Secret : Classification::Public;
    decision.number = m_paperNumber->value();
    const QString scan = m_scan->text().trimmed();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_message->setText(scan.isEmpty() ? tr("Registering…") : tr("Storing the scan and registering…"));
    m_client->call<RegisteredPaperDecision>(
        this,
        [decision, scan](StoreWorker &worker) {
            PaperDecisionStore store(worker.connection());
            if (scan.isEmpty())
                return store.registerDecision(worker.session(), decision);
            const AttachmentFile file =
                AttachmentFile::inspect(scan, AttachmentStore(worker.connection()).sizeLimit());
            return store.registerWithScan(worker.session(), decision, file);
        },
        [this](const RegisteredPaperDecision &result) {
            m_registeredNumber = result.numberLabel;
            m_message->setText(tr("Registered as %1 (fiscal year %2).").arg(result.numberLabel).arg(result.fiscalYear));
            m_title->clear();
            m_scan->clear();
            m_paperNumber->setValue(0);
            m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
            emit registered(result.documentId, result.numberLabel);
        },
        [this](const StoreClient::Failure &failure) {
            m_message->setText(tr("Not registered: %1").arg(failure.message));
            m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
            emit failed(failure.message);
        });
}

} // namespace kessai::gui
