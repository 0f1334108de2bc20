// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/DraftForm.h"

#include "core/DomainLabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace kessai::gui {

namespace {
constexpr int kPermanent = -1; // 常用 in the retention combo
const int kRetentionYears[] = {1, 3, 5, 10, 30};
} // namespace

DraftForm::DraftForm(QWidget *parent)
    : QWidget(parent)
{
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("draftHeader"));
    m_header->setTextFormat(Qt::PlainText);

    m_kind = new QComboBox(this);
    m_kind->addItem(DomainLabels::label(DocumentKind::Decision), int(DocumentKind::Decision));
    m_kind->addItem(DomainLabels::label(DocumentKind::Report), int(DocumentKind::Report));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("Subject (required)"));
    m_titleHint = new QLabel(tr("A subject is needed to save the draft."), this);
    m_titleHint->setStyleSheet(QStringLiteral("color: #b00020"));
    m_titleHint->hide();
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("bodyEdit"));
    m_body->setPlaceholderText(tr("The proposal to decide, as it will read on the cover sheet"));
    m_body->setTabChangesFocus(true);
    m_level = new QComboBox(this);
    m_decisionKind = new QComboBox(this);
    m_decisionKind->setObjectName(QStringLiteral("decisionKindCombo"));
    m_decisionKind->setToolTip(tr("The sort of business decided: the 電子決裁率 is read by it"));
    m_file = new QComboBox(this);
    m_retention = new QComboBox(this);
    for (int years : kRetentionYears)
        m_retention->addItem(DomainLabels::retention(years), years);
    m_retention->addItem(DomainLabels::retention(std::nullopt), kPermanent);
    m_classification = new QComboBox(this);
    m_classification->addItem(DomainLabels::label(Classification::Public), int(Classification::Public));
    m_classification->addItem(DomainLabels::label(Classification::Secret), int(Classification::Secret));
    m_hasEnforceDate = new QCheckBox(this);
    m_enforceOn = new QDateEdit(QDate::currentDate(), this);
    m_enforceOn->setCalendarPopup(true);
    m_enforceOn->setEnabled(false);
    m_urgent = new QCheckBox(tr("Urgent"), this);

    auto *enforceRow = new QHBoxLayout;
    enforceRow->addWidget(m_hasEnforceDate);
    enforceRow->addWidget(m_enforceOn, 1);
    auto *titleColumn = new QVBoxLayout;
    titleColumn->setSpacing(2);
    titleColumn->addWidget(m_title);
    titleColumn->addWidget(m_titleHint);

    auto *form = new QFormLayout;
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Subject:"), titleColumn);
    form->addRow(tr("Proposal:"), m_body);
    form->addRow(tr("Decision level:"), m_level);
    form->addRow(tr("Decision kind:"), m_decisionKind);
    form->addRow(tr("File:"), m_file);
    form->addRow(tr("Retention:"), m_retention);
    form->addRow(tr("Classification:"), m_classification);
    form->addRow(tr("Planned enforcement:"), enforceRow);
    form->addRow(QString(), m_urgent);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addLayout(form, 1);

    auto changed = [this] {
        if (!m_filling)
            emit edited();
    };
    connect(m_title, &QLineEdit::textEdited, this, [this, changed] {
        showTitleRequired(false);
        changed();
    });
    connect(m_body, &QPlainTextEdit::textChanged, this, changed);
    for (QComboBox *box : {m_kind, m_level, m_decisionKind, m_retention, m_classification})
        connect(box, &QComboBox::currentIndexChanged, this, changed);
    connect(m_file, &QComboBox::currentIndexChanged, this, [this, changed] {
        fileChosen();
        changed();
    });
    connect(m_hasEnforceDate, &QCheckBox::toggled, m_enforceOn, &QWidget::setEnabled);
    connect(m_hasEnforceDate, &QCheckBox::toggled, this, changed);
    connect(m_enforceOn, &QDateEdit::dateChanged, this, changed);
    connect(m_urgent, &QCheckBox::toggled, this, changed);
}

void DraftForm::setCatalog(const QList<FilingCatalog::DecisionLevel> &levels,
                           const QList<FilingCatalog::FileEntry> &files, const QList<DecisionKind> &kinds)
{
    m_filling = true;
    m_decisionKind->clear();
    m_decisionKind->addItem(tr("(not recorded)"), qint64(0));
    for (const DecisionKind &kind : kinds)
        m_decisionKind->addItem(kind.name, kind.id);
    m_level->clear();
    m_level->addItem(tr("(choose at submission)"), qint64(0));
    for (const auto &level : levels)
        m_level->addItem(level.name, level.id);
    m_files = files;
    m_file->clear();
    m_file->addItem(tr("(choose at submission)"), qint64(0));
    for (const auto &file : files)
        m_file->addItem(file.name, file.id);
    m_filling = false;
}

QString DraftForm::headerText() const
{
    return m_header->text();
}

void DraftForm::setRecord(const DocumentRecord &record, const QString &drafterLine)
{
    m_filling = true;
    m_record = record;
    m_header->setText(drafterLine);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(record.kind))));
    if (m_title->text() != record.title)
        m_title->setText(record.title);
    if (m_body->toPlainText() != record.body)
        m_body->setPlainText(record.body);
    m_level->setCurrentIndex(std::max(0, m_level->findData(record.decisionLevelId)));
    if (record.decisionKindId && m_decisionKind->findData(record.decisionKindId) < 0) // retired since chosen
        m_decisionKind->addItem(tr("%1 (retired)").arg(record.decisionKindName), record.decisionKindId);
    m_decisionKind->setCurrentIndex(std::max(0, m_decisionKind->findData(record.decisionKindId)));
    m_file->setCurrentIndex(std::max(0, m_file->findData(record.fileId)));
    m_retention->setCurrentIndex(
        std::max(0, m_retention->findData(record.retentionYears ? *record.retentionYears : kPermanent)));
    if (!record.retentionYears && !record.fileId)
        m_retention->setCurrentIndex(m_retention->findData(10)); // the usual default until a file is chosen
    m_classification->setCurrentIndex(std::max(0, m_classification->findData(int(record.classification))));
    m_hasEnforceDate->setChecked(record.plannedEnforceOn.isValid());
    if (record.plannedEnforceOn.isValid())
        m_enforceOn->setDate(record.plannedEnforceOn);
    m_urgent->setChecked(record.urgent);
    m_filling = false;
}

void DraftForm::fileChosen()
{
    // The 保存期間 follows the 簿冊's retention schedule; the user may still change it.
    const qint64 fileId = m_file->currentData().toLongLong();
    for (const auto &file : m_files) {
        if (file.id == fileId) {
            m_retention->setCurrentIndex(
                std::max(0, m_retention->findData(file.retentionYears ? *file.retentionYears : kPermanent)));
            return;
        }
    }
}

DocumentRecord DraftForm::record() const
{
    DocumentRecord r = m_record;
    r.kind = DocumentKind(m_kind->currentData().toInt());
    r.title = m_title->text().trimmed();
    r.body = m_body->toPlainText();
    r.decisionLevelId = m_level->currentData().toLongLong();
    r.decisionKindId = m_decisionKind->currentData().toLongLong();
    r.fileId = m_file->currentData().toLongLong();
    const int years = m_retention->currentData().toInt();
    r.retentionYears = years == kPermanent ? std::nullopt : std::optional<int>(years);
    r.classification = Classification(m_classification->currentData().toInt());
    r.plannedEnforceOn = m_hasEnforceDate->isChecked() ? m_enforceOn->date() : QDate();
    r.urgent = m_urgent->isChecked();
    return r;
}

void DraftForm::showTitleRequired(bool show)
{
    m_titleHint->setVisible(show);
    m_title->setStyleSheet(show ? QStringLiteral("border: 1px solid #b00020") : QString());
}

} // namespace kessai::gui
