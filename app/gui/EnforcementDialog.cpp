// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/EnforcementDialog.h"

#include "core/documents/AttachmentStore.h"
#include "core/documents/SenderList.h"
#include "core/org/OrgStore.h"
#include "core/workflow/EnforcementStore.h"
#include "core/workflow/WorkflowStore.h"
#include "gui/StoreClient.h"
#include "locale/JapaneseDate.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace kessai::gui {

EnforcementDialog::EnforcementDialog(StoreClient *client, qint64 documentId, int rowVersion, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_documentId(documentId)
    , m_rowVersion(rowVersion)
{
    setObjectName(QStringLiteral("enforcementDialog"));
    setWindowTitle(tr("Record enforcement"));
    auto *form = new QFormLayout;

    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("enforcedOn"));
    m_date->setCalendarPopup(true);
    form->addRow(tr("Enforcement date (施行日):"), m_date);

    // 施行先: pick from the list of correspondents or type a new name, then add; several allowed.
    m_picker = new QComboBox(this);
    m_picker->setObjectName(QStringLiteral("destinationPicker"));
    m_picker->setEditable(true);
    m_picker->setInsertPolicy(QComboBox::NoInsert);
    m_picker->lineEdit()->setPlaceholderText(tr("Choose from the list or type a name"));
    m_add = new QPushButton(tr("Add"), this);
    m_add->setObjectName(QStringLiteral("addDestination"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeDestination"));
    m_destinations = new QListWidget(this);
    m_destinations->setObjectName(QStringLiteral("destinations"));
    m_destinations->setMaximumHeight(96);
    auto *pickRow = new QHBoxLayout;
    pickRow->addWidget(m_picker, 1);
    pickRow->addWidget(m_add);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_destinations, 1);
    listRow->addWidget(m_remove, 0, Qt::AlignTop);
    auto *destinationBox = new QVBoxLayout;
    destinationBox->addLayout(pickRow);
    destinationBox->addLayout(listRow);
    form->addRow(tr("Sent to (施行先):"), destinationBox);

    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("method"));
    for (const EnforcementMethod method : enforcementMethods())
        m_method->addItem(enforcementMethodLabel(method), toCode(method));
    form->addRow(tr("Method (施行方法):"), m_method);

    m_seal = new QComboBox(this);
    m_seal->setObjectName(QStringLiteral("seal"));
    for (const OfficialSeal seal : {OfficialSeal::Affixed, OfficialSeal::Omitted})
        m_seal->addItem(officialSealLabel(seal), toCode(seal));
    form->addRow(tr("Official seal (公印):"), m_seal);

    m_checker = new QComboBox(this);
    m_checker->setObjectName(QStringLiteral("fairCopyChecker"));
    form->addRow(tr("Fair copy checked by (浄書確認):"), m_checker);

    m_issued = new QComboBox(this);
    m_issued->setObjectName(QStringLiteral("issuedAttachment"));
    form->addRow(tr("Issued document (施行文書):"), m_issued);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Record enforcement"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EnforcementDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &EnforcementDialog::addDestination);
    connect(m_picker->lineEdit(), &QLineEdit::returnPressed, this, &EnforcementDialog::addDestination);
    connect(m_remove, &QPushButton::clicked, this, &EnforcementDialog::removeDestination);
    connect(m_date, &QDateEdit::dateChanged, this, &EnforcementDialog::updateProblem);
    connect(m_issued, &QComboBox::currentIndexChanged, this, &EnforcementDialog::updateProblem);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setEnabled(false); // until load() has the lists
    updateProblem();
    resize(520, sizeHint().height());
}

void EnforcementDialog::load()
{
    const qint64 id = m_documentId;
    m_client->call<Choices>(
        this,
        [id](StoreWorker &worker) {
            Choices c;
            c.decidedOn = WorkflowStore(worker.connection()).load(id).decidedOn;
            for (const SenderList::Sender &s : SenderList(worker.connection()).all())
                c.correspondents.append(s.name);
            for (const User &u : OrgStore(worker.connection()).users())
                c.users.append({u.id, tr("%1 (%2)").arg(u.displayName, u.login)});
            QHash<qint64, EnforcementStore::DecidedVersion> decided;
            for (const EnforcementStore::DecidedVersion &v : EnforcementStore(worker.connection()).decidedVersions(id))
                decided.insert(v.attachmentId, v);
            for (const AttachmentRecord &a : AttachmentStore(worker.connection()).list(id)) {
                const auto fixed = decided.constFind(a.id);
                const bool same = fixed != decided.cend() && fixed->versionNo == a.versionNo && fixed->sha256 == a.sha256;
                c.attachments.append({a.id, tr("%1. %2 (version %3)").arg(a.position).arg(a.displayName).arg(a.versionNo),
                                      same, a.displayName});
            }
            return c;
        },
        [this](const Choices &c) { fill(c); },
        [this](const StoreClient::Failure &failure) {
            setEnabled(true);
            m_ok->setEnabled(false);
            m_problem->setText(failure.message);
        });
}

void EnforcementDialog::fill(const Choices &choices)
{
    m_choices = choices;
    m_picker->addItems(choices.correspondents);
    m_picker->setEditText({});
    m_picker->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_checker->addItem(tr("(not recorded)"), qint64(0));
    for (const auto &[id, label] : choices.users)
        m_checker->addItem(label, id);
    m_issued->addItem(tr("(none marked)"), qint64(0));
    for (const Choices::Attachment &a : choices.attachments)
        m_issued->addItem(a.decided ? a.label : tr("%1 — changed since the 決裁").arg(a.label), a.id);
    if (choices.decidedOn.isValid() && m_date->date() < choices.decidedOn)
        m_date->setDate(choices.decidedOn);
    m_loaded = true;
    setEnabled(true);
    updateProblem();
}

void EnforcementDialog::addDestination()
{
    const QString name = m_picker->currentText().trimmed();
    if (name.isEmpty())
        return;
    if (m_destinations->findItems(name, Qt::MatchExactly).isEmpty())
        m_destinations->addItem(name);
    m_picker->setEditText({});
    updateProblem();
}

void EnforcementDialog::removeDestination()
{
    delete m_destinations->currentItem();
    updateProblem();
}

QString EnforcementDialog::problem() const
{
    if (!m_loaded)
        return tr("Reading the document…");
    if (m_destinations->count() == 0)
        return tr("Add at least one destination (施行先).");
    if (m_choices.decidedOn.isValid() && m_date->date() < m_choices.decidedOn)
        return tr("The enforcement date %1 is before the decision date (決裁日) %2.")
            .arg(JapaneseDate::eraDate(m_date->date()), JapaneseDate::eraDate(m_choices.decidedOn));
    const qint64 issued = m_issued->currentData().toLongLong();
    for (const Choices::Attachment &a : m_choices.attachments) {
        if (a.id == issued && !a.decided)
            return tr("“%1” is not the version that was decided: it cannot be the issued document (施行文書).")
                .arg(a.name);
    }
    return {};
}

void EnforcementDialog::updateProblem()
{
    const QString text = problem();
    m_problem->setText(text);
    m_ok->setEnabled(text.isEmpty() && !m_saving);
    m_remove->setEnabled(m_destinations->count() > 0);
}

Enforcement EnforcementDialog::enforcement() const
{
    Enforcement e;
    e.documentId = m_documentId;
    e.enforcedOn = m_date->date();
    for (int i = 0; i < m_destinations->count(); ++i)
        e.destinations.append({0, m_destinations->item(i)->text()});
    e.method = fromCode<EnforcementMethod>(m_method->currentData().toString()).value_or(EnforcementMethod::Post);
    e.seal = fromCode<OfficialSeal>(m_seal->currentData().toString()).value_or(OfficialSeal::Affixed);
    e.fairCopyCheckerId = m_checker->currentData().toLongLong();
    e.issuedAttachmentId = m_issued->currentData().toLongLong();
    return e;
}

void EnforcementDialog::save()
{
    if (!problem().isEmpty())
        return;
    const Enforcement e = enforcement();
    const int rowVersion = m_rowVersion;
    m_saving = true;
    updateProblem();
    m_client->call<int>(
        this,
        [e, rowVersion](StoreWorker &worker) {
            return EnforcementStore(worker.connection()).record(worker.session(), e, rowVersion);
        },
        [this, e](int) {
            emit recorded(tr("Enforcement recorded: %1, %2").arg(e.destinationNames().join(QStringLiteral("、")),
                                                                enforcementMethodLabel(e.method)));
            accept();
        },
        [this](const StoreClient::Failure &failure) {
            // The dialog stays open with what was entered, saying why.
            m_saving = false;
            updateProblem();
            m_problem->setText(failure.message);
        });
}

} // namespace kessai::gui
