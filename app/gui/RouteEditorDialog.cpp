// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/RouteEditorDialog.h"

#include "core/DomainLabels.h"
#include "core/documents/DocumentStore.h"
#include "core/org/OrgStore.h"
#include "core/workflow/RouteReader.h"
#include "core/workflow/RouteTemplateStore.h"
#include "core/workflow/WorkflowStore.h"
#include "gui/StoreClient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kessai::gui {

namespace {
enum Column
{
    StageColumn,
    KindColumn,
    AssigneeColumn,
    AbsenceColumn,
    MayEditColumn,
    ColumnCount
};

struct RouteData
{
    QList<User> users;
    QList<RouteTemplate> templates;
    RoutePlan current;
    RoutePlan standard;
    QStringList problems;
};

RoutePlan planFromRoute(const QList<RouteStep> &route)
{
    RoutePlan plan;
    int stage = -1;
    for (const RouteStep &step : route) {
        if (step.stageSeq != stage) {
            plan.stages.append(QList<RoutePlan::Step>());
            stage = step.stageSeq;
        }
        RoutePlan::Step entry = RoutePlan::step(step.kind, step.assigneeId);
        entry.absenceRule = step.absenceRule;
        entry.mayEdit = step.mayEdit;
        plan.stages.last().append(entry);
    }
    return plan;
}
} // namespace

RouteEditorDialog::RouteEditorDialog(StoreClient *client, qint64 documentId, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_documentId(documentId)
{
    setObjectName(QStringLiteral("routeEditor"));
    setWindowTitle(tr("Route"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("Stage"), tr("Step"), tr("Who"), tr("When away"), tr("May edit")});
    m_table->horizontalHeader()->setSectionResizeMode(AssigneeColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);

    auto *buttons = new QHBoxLayout;
    auto button = [this, buttons](const QString &text, auto slot) {
        auto *b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        return b;
    };
    button(tr("Default route"), [this] { setPlan(m_default); });
    button(tr("Add step"), [this] {
        addRow(m_table->rowCount() + 1,
               RoutePlan::step(StepKind::Review, m_users.isEmpty() ? 0 : m_users.first().id));
    });
    button(tr("Remove"), [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
        renumber();
    });
    button(tr("Up"), [this] { moveRow(-1); });
    button(tr("Down"), [this] { moveRow(+1); });
    button(tr("In parallel with the one above"), [this] { joinPreviousStage(); });
    buttons->addStretch(1);

    m_templateBox = new QComboBox(this);
    auto *templates = new QHBoxLayout;
    templates->addWidget(new QLabel(tr("My templates:"), this));
    templates->addWidget(m_templateBox, 1);
    auto *useTemplate = new QPushButton(tr("Use"), this);
    connect(useTemplate, &QPushButton::clicked, this, [this] {
        const int index = m_templateBox->currentIndex();
        if (index >= 0 && index < m_templates.size())
            setPlan(m_templates.at(index).plan);
    });
    templates->addWidget(useTemplate);
    auto *keep = new QPushButton(tr("Save as template…"), this);
    connect(keep, &QPushButton::clicked, this, &RouteEditorDialog::saveTemplate);
    templates->addWidget(keep);

    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(box, &QDialogButtonBox::accepted, this, &RouteEditorDialog::save);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addLayout(templates);
    layout->addWidget(box);
    resize(760, 460);
}

void RouteEditorDialog::load()
{
    const qint64 id = m_documentId;
    m_client->call<RouteData>(
        this,
        [id](StoreWorker &worker) {
            RouteData data;
            data.users = OrgStore(worker.connection()).users();
            data.templates = RouteTemplateStore(worker.connection()).list(worker.session());
            data.current = planFromRoute(RouteReader(worker.connection()).route(id));
            data.standard =
                WorkflowStore(worker.connection()).defaultRoute(worker.session(), id, &data.problems);
            return data;
        },
        [this](const RouteData &data) {
            m_users = data.users;
            m_templates = data.templates;
            m_default = data.standard;
            m_templateBox->clear();
            for (const RouteTemplate &entry : m_templates)
                m_templateBox->addItem(entry.name);
            setPlan(data.current.stepCount() > 0 ? data.current : data.standard);
            emit loaded();
        });
}

void RouteEditorDialog::setPlan(const RoutePlan &plan)
{
    m_table->setRowCount(0);
    for (int stage = 0; stage < plan.stages.size(); ++stage) {
        for (const RoutePlan::Step &step : plan.stages.at(stage))
            addRow(stage + 1, step);
    }
}

void RouteEditorDialog::addRow(int stage, const RoutePlan::Step &step)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *stageBox = new QSpinBox(m_table);
    stageBox->setRange(1, 99);
    stageBox->setValue(stage);
    m_table->setCellWidget(row, StageColumn, stageBox);
    auto *kind = new QComboBox(m_table);
    for (StepKind k :
         {StepKind::Review, StepKind::Consult, StepKind::Decide, StepKind::Circulate, StepKind::PostReview})
        kind->addItem(DomainLabels::label(k), int(k));
    kind->setCurrentIndex(kind->findData(int(step.kind)));
    m_table->setCellWidget(row, KindColumn, kind);
    auto *who = new QComboBox(m_table);
    for (const User &user : m_users)
        who->addItem(QStringLiteral("%1 %2 %3").arg(user.unitName, user.titleName, user.displayName),
                     user.id);
    who->setCurrentIndex(std::max(0, who->findData(step.assigneeId)));
    m_table->setCellWidget(row, AssigneeColumn, who);
    auto *absence = new QComboBox(m_table);
    absence->addItem(tr("The proxy acts"), int(AbsenceRule::Proxy));
    absence->addItem(tr("Read afterwards (後閲)"), int(AbsenceRule::PostReview));
    absence->setCurrentIndex(absence->findData(int(step.absenceRule)));
    m_table->setCellWidget(row, AbsenceColumn, absence);
    auto *mayEdit = new QCheckBox(m_table);
    mayEdit->setChecked(step.mayEdit);
    mayEdit->setToolTip(tr("The assignee may edit the attachments (修正) while it is their turn; each edit "
                           "is a new version, recorded on the route."));
    m_table->setCellWidget(row, MayEditColumn, mayEdit);
}

RoutePlan RouteEditorDialog::plan() const
{
    // Rows sorted by stage number; equal numbers make one parallel stage.
    QMap<int, QList<RoutePlan::Step>> stages;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const int stage = static_cast<QSpinBox *>(m_table->cellWidget(row, StageColumn))->value();
        RoutePlan::Step step;
        step.kind =
            StepKind(static_cast<QComboBox *>(m_table->cellWidget(row, KindColumn))->currentData().toInt());
        step.assigneeId =
            static_cast<QComboBox *>(m_table->cellWidget(row, AssigneeColumn))->currentData().toLongLong();
        step.absenceRule = AbsenceRule(
            static_cast<QComboBox *>(m_table->cellWidget(row, AbsenceColumn))->currentData().toInt());
        step.mayEdit = static_cast<QCheckBox *>(m_table->cellWidget(row, MayEditColumn))->isChecked();
        stages[stage].append(step);
    }
    RoutePlan result;
    for (const auto &steps : stages)
        result.stages.append(steps);
    return result;
}

void RouteEditorDialog::moveRow(int delta)
{
    const RoutePlan current = plan();
    QList<std::pair<int, RoutePlan::Step>> rows;
    for (int stage = 0; stage < current.stages.size(); ++stage) {
        for (const RoutePlan::Step &step : current.stages.at(stage))
            rows.append({stage + 1, step});
    }
    const int row = m_table->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= rows.size())
        return;
    std::swap(rows[row].second, rows[target].second);
    m_table->setRowCount(0);
    for (const auto &[stage, step] : rows)
        addRow(stage, step);
    m_table->selectRow(target);
}

void RouteEditorDialog::joinPreviousStage()
{
    const int row = m_table->currentRow();
    if (row <= 0)
        return;
    const int above = static_cast<QSpinBox *>(m_table->cellWidget(row - 1, StageColumn))->value();
    static_cast<QSpinBox *>(m_table->cellWidget(row, StageColumn))->setValue(above);
    renumber();
}

void RouteEditorDialog::renumber()
{
    // Keep stage numbers 1, 2, 3 … without holes, in row order.
    int stage = 0;
    int previous = -1;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto *box = static_cast<QSpinBox *>(m_table->cellWidget(row, StageColumn));
        if (box->value() != previous)
            ++stage;
        previous = box->value();
        box->setValue(stage);
    }
}

void RouteEditorDialog::save()
{
    const RoutePlan route = plan();
    const qint64 id = m_documentId;
    m_client->call<int>(
        this,
        [id, route](StoreWorker &worker) {
            return WorkflowStore(worker.connection()).setRoute(worker.session(), id, route);
        },
        [this](int) {
            emit saved();
            accept();
        },
        [this](const StoreClient::Failure &failure) {
            auto *box =
                new QMessageBox(QMessageBox::Warning, windowTitle(), failure.message, QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
}

void RouteEditorDialog::saveTemplate()
{
    auto *ask = new QInputDialog(this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setLabelText(tr("Name of the template:"));
    connect(ask, &QInputDialog::textValueSelected, this, [this](const QString &name) {
        if (name.trimmed().isEmpty())
            return;
        const RoutePlan route = plan();
        m_client->call<qint64>(
            this,
            [name, route](StoreWorker &worker) {
                return RouteTemplateStore(worker.connection()).save(worker.session(), name.trimmed(), route);
            },
            [this](qint64) { load(); });
    });
    ask->open();
}

} // namespace kessai::gui
