// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/desk/RateSettingsDialog.h"

#include "gui/StoreClient.h"
#include "gui/StoreWorker.h"
#include "gui/desk/PaperDeskLists.h"

#include "core/desk/DecisionStatistics.h"
#include "core/desk/RateSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kessai::gui {

struct RateSettingsDialog::Snapshot
{
    double target = 0.75;
    QList<RateExclusion> rules;
    PaperDeskLists lists;
};

RateSettingsDialog::RateSettingsDialog(StoreClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("rateSettingsDialog"));
    setWindowTitle(tr("電子決裁率: target and exclusion rules"));
    m_target = new QDoubleSpinBox;
    m_target->setObjectName(QStringLiteral("rateTarget"));
    m_target->setRange(0.1, 100.0);
    m_target->setDecimals(1);
    m_target->setSuffix(QStringLiteral(" %"));
    auto *saveTarget = new QPushButton(tr("Set &target"));
    saveTarget->setObjectName(QStringLiteral("rateSaveTarget"));
    connect(saveTarget, &QPushButton::clicked, this, &RateSettingsDialog::saveTarget);
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(new QLabel(tr("The office's target")));
    targetRow->addWidget(m_target);
    targetRow->addWidget(saveTarget);
    targetRow->addStretch(1);

    m_table = new QTableWidget(0, 3);
    m_table->setObjectName(QStringLiteral("rateRules"));
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Leaves out"), tr("Why (printed with the rate)")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *remove = new QPushButton(tr("&Remove the selected rule"));
    remove->setObjectName(QStringLiteral("rateRemoveRule"));
    connect(remove, &QPushButton::clicked, this, &RateSettingsDialog::removeRule);

    auto *add = new QGroupBox(tr("New rule"));
    m_level = new QComboBox;
    m_level->setObjectName(QStringLiteral("ruleLevel"));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("ruleKind"));
    m_secret = new QCheckBox(tr("every 秘 document"));
    m_secret->setObjectName(QStringLiteral("ruleSecret"));
    m_note = new QLineEdit;
    m_note->setObjectName(QStringLiteral("ruleNote"));
    auto *addButton = new QPushButton(tr("&Add the rule"));
    addButton->setObjectName(QStringLiteral("rateAddRule"));
    connect(addButton, &QPushButton::clicked, this, &RateSettingsDialog::addRule);
    auto *addForm = new QFormLayout(add);
    addForm->addRow(tr("決裁区分"), m_level);
    addForm->addRow(tr("種類"), m_kind);
    addForm->addRow(QString(), m_secret);
    addForm->addRow(tr("Why"), m_note);
    addForm->addRow(QString(), addButton);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("rateMessage"));
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(targetRow);
    layout->addWidget(new QLabel(tr("Rules in force (every report states them, with what they left out):")));
    layout->addWidget(m_table, 1);
    layout->addWidget(remove, 0, Qt::AlignLeft);
    layout->addWidget(add);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(720, 520);
    reload();
}

void RateSettingsDialog::reload()
{
    m_client->call<std::shared_ptr<Snapshot>>(
        this,
        [](StoreWorker &worker) {
            auto snapshot = std::make_shared<Snapshot>();
            snapshot->target = DecisionStatistics(worker.connection()).target();
            snapshot->rules = RateSettings(worker.connection()).exclusions();
            snapshot->lists = PaperDeskLists::load(worker);
            return snapshot;
        },
        [this](const std::shared_ptr<Snapshot> &snapshot) {
            m_target->setValue(snapshot->target * 100.0);
            m_rules = snapshot->rules;
            m_table->setRowCount(int(m_rules.size()));
            for (int row = 0; row < m_rules.size(); ++row) {
                const RateExclusion &rule = m_rules.at(row);
                m_table->setItem(row, 0, new QTableWidgetItem(QString::number(rule.id)));
                m_table->setItem(row, 1, new QTableWidgetItem(rule.what));
                m_table->setItem(row, 2, new QTableWidgetItem(rule.note));
            }
            m_table->resizeColumnsToContents();
            if (m_level->count() == 0) {
                m_level->addItem(tr("(any)"), qint64(0));
                for (const PaperDeskLists::Choice &level : snapshot->lists.levels)
                    m_level->addItem(level.name, level.id);
                m_kind->addItem(tr("(any)"), qint64(0));
                for (const PaperDeskLists::Choice &kind : snapshot->lists.kinds)
                    m_kind->addItem(kind.name, kind.id);
            }
            emit loaded();
        },
        [this](const StoreClient::Failure &failure) { m_message->setText(failure.message); });
}

void RateSettingsDialog::run(std::function<void(StoreWorker &)> change)
{
    m_client->call<bool>(
        this,
        [change](StoreWorker &worker) {
            change(worker);
            return true;
        },
        [this](bool) {
            m_message->setText(tr("Stored."));
            emit changed();
            reload();
        },
        [this](const StoreClient::Failure &failure) {
            m_message->setText(tr("Not stored: %1").arg(failure.message));
            emit failed(failure.message);
        });
}

void RateSettingsDialog::saveTarget()
{
    const double target = m_target->value() / 100.0;
    run([target](StoreWorker &worker) { DecisionStatistics(worker.connection()).setTarget(worker.session(), target); });
}

void RateSettingsDialog::addRule()
{
    RateExclusion rule;
    rule.decisionLevelId = m_level->currentData().toLongLong();
    rule.decisionKindId = m_kind->currentData().toLongLong();
    if (m_secret->isChecked())
        rule.classification = Classification::Secret;
    rule.note = m_note->text();
    run([rule](StoreWorker &worker) { RateSettings(worker.connection()).addExclusion(worker.session(), rule); });
    m_note->clear();
}

void RateSettingsDialog::removeRule()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rules.size())
        return;
    const qint64 id = m_rules.at(row).id;
    run([id](StoreWorker &worker) { RateSettings(worker.connection()).removeExclusion(worker.session(), id); });
}

} // namespace kessai::gui
