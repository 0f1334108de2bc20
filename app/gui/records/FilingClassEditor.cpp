// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/records/FilingClassEditor.h"

#include "core/DomainLabels.h"
#include "core/records/FilingClassCsvImporter.h"
#include "core/records/FilingClassStore.h"
#include "core/store/StoreError.h"
#include "gui/StoreClient.h"
#include "gui/StoreWorker.h"
#include "gui/records/RecordsJob.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kessai::gui {

namespace {
constexpr int kIdRole = Qt::UserRole;
const RetentionPeriod kPeriods[] = {RetentionPeriod::UnderOneYear, RetentionPeriod::OneYear,
                                    RetentionPeriod::ThreeYears,   RetentionPeriod::FiveYears,
                                    RetentionPeriod::TenYears,     RetentionPeriod::ThirtyYears,
                                    RetentionPeriod::InUse};
} // namespace

FilingClassEditor::FilingClassEditor(StoreClient *client, qint64 unitId, const QString &unitName, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_unitId(unitId)
{
    setWindowTitle(tr("Classification of %1").arg(unitName));
    setObjectName(QStringLiteral("filingClassEditor"));
    resize(820, 620);
    auto *layout = new QVBoxLayout(this);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("filingClassTree"));
    m_tree->setHeaderLabels({tr("Code"), tr("Name"), tr("Retention"), tr("Action at expiry")});
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_tree, 1);

    auto *form = new QFormLayout;
    m_code = new QLineEdit(this);
    m_code->setPlaceholderText(tr("Only for a new entry"));
    m_name = new QLineEdit(this);
    m_retention = new QComboBox(this);
    m_retention->addItem(tr("— (not a leaf)"), -1);
    for (RetentionPeriod p : kPeriods)
        m_retention->addItem(RecordTerms::label(p), int(p));
    m_disposition = new QComboBox(this);
    m_disposition->addItem(tr("— (not a leaf)"), -1);
    m_disposition->addItem(DomainLabels::label(Disposition::Transfer), int(Disposition::Transfer));
    m_disposition->addItem(DomainLabels::label(Disposition::Destroy), int(Disposition::Destroy));
    form->addRow(tr("Code:"), m_code);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Default retention:"), m_retention);
    form->addRow(tr("Default action at expiry:"), m_disposition);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    auto button = [&](const QString &text, const char *name, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        m_actions.append(b);
    };
    button(tr("Add under the selected entry"), "filingClassAdd",
           [this] { addEntry(m_code->text(), m_name->text(), chosenRetention(), chosenDisposition()); });
    button(tr("Save changes"), "filingClassSave",
           [this] { saveSelected(m_name->text(), chosenRetention(), chosenDisposition()); });
    button(tr("Delete"), "filingClassDelete", &FilingClassEditor::removeSelected);
    button(tr("Import CSV…"), "filingClassImport", [this] {
        auto *dialog = new QFileDialog(this, tr("Import the classification"), QString(), tr("CSV files (*.csv);;All files (*)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, this, &FilingClassEditor::importCsv);
        dialog->open();
    });
    buttons->addStretch();
    auto *close = new QPushButton(tr("Close"), this);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("filingClassStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &FilingClassEditor::showSelected);
}

QString FilingClassEditor::statusText() const
{
    return m_status->text();
}

void FilingClassEditor::refresh()
{
    const qint64 unit = m_unitId;
    m_client->call<QList<FilingClass>>(
        this, [unit](StoreWorker &worker) { return FilingClassStore(worker.connection()).list(unit); },
        [this](QList<FilingClass> entries) {
            m_entries = entries;
            showEntries();
            emit refreshed();
        },
        [this](const StoreClient::Failure &failure) { m_status->setText(failure.message); });
}

void FilingClassEditor::showEntries()
{
    const QString current = selected() ? selected()->code : QString();
    m_tree->clear();
    QHash<qint64, QTreeWidgetItem *> items;
    for (const FilingClass &c : std::as_const(m_entries)) { // parents come before their children
        QTreeWidgetItem *parent = items.value(c.parentId);
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(0, c.code);
        item->setText(1, c.name);
        item->setText(2, c.retention ? RecordTerms::label(*c.retention) : QString());
        item->setText(3, c.disposition ? DomainLabels::label(*c.disposition) : QString());
        item->setData(0, kIdRole, c.id);
        items.insert(c.id, item);
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(0);
    if (!current.isEmpty())
        selectCode(current);
}

const FilingClass *FilingClassEditor::selected() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return nullptr;
    const qint64 id = item->data(0, kIdRole).toLongLong();
    for (const FilingClass &c : m_entries) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

const FilingClass *FilingClassEditor::selectedOrSay()
{
    const FilingClass *c = selected();
    if (!c)
        m_status->setText(tr("Select an entry first."));
    return c;
}

bool FilingClassEditor::selectCode(const QString &code)
{
    const QList<QTreeWidgetItem *> found = m_tree->findItems(code, Qt::MatchExactly | Qt::MatchRecursive, 0);
    if (found.isEmpty())
        return false;
    m_tree->setCurrentItem(found.first());
    return true;
}

void FilingClassEditor::showSelected()
{
    const FilingClass *c = selected();
    m_name->setText(c ? c->name : QString());
    m_retention->setCurrentIndex(c && c->retention ? m_retention->findData(int(*c->retention)) : 0);
    m_disposition->setCurrentIndex(c && c->disposition ? m_disposition->findData(int(*c->disposition)) : 0);
}

std::optional<RetentionPeriod> FilingClassEditor::chosenRetention() const
{
    const int value = m_retention->currentData().toInt();
    return value < 0 ? std::nullopt : std::optional<RetentionPeriod>(RetentionPeriod(value));
}

std::optional<Disposition> FilingClassEditor::chosenDisposition() const
{
    const int value = m_disposition->currentData().toInt();
    return value < 0 ? std::nullopt : std::optional<Disposition>(Disposition(value));
}

void FilingClassEditor::run(const QString &what, std::function<QString(StoreWorker &)> job)
{
    RecordsJob{m_client, this, m_status, m_actions}.run(what, std::move(job), [this] { refresh(); });
}

void FilingClassEditor::addEntry(const QString &code, const QString &name, std::optional<RetentionPeriod> retention,
                                 std::optional<Disposition> disposition)
{
    FilingClass entry;
    entry.code = code;
    entry.name = name;
    entry.parentCode = selected() ? selected()->code : QString();
    entry.retention = retention;
    entry.disposition = disposition;
    const qint64 unit = m_unitId;
    run(tr("Adding %1").arg(code), [unit, entry](StoreWorker &worker) {
        FilingClassStore(worker.connection()).add(worker.session(), unit, entry);
        return tr("%1 %2 added.").arg(entry.code.trimmed(), entry.name.trimmed());
    });
}

void FilingClassEditor::saveSelected(const QString &name, std::optional<RetentionPeriod> retention,
                                     std::optional<Disposition> disposition)
{
    const FilingClass *c = selectedOrSay();
    if (!c)
        return;
    const qint64 id = c->id;
    const QString code = c->code;
    run(tr("Saving %1").arg(code), [id, code, name, retention, disposition](StoreWorker &worker) {
        FilingClassStore(worker.connection()).update(worker.session(), id, name, retention, disposition);
        return tr("%1 saved.").arg(code);
    });
}

void FilingClassEditor::removeSelected()
{
    const FilingClass *c = selectedOrSay();
    if (!c)
        return;
    const qint64 id = c->id;
    const QString code = c->code;
    run(tr("Deleting %1").arg(code), [id, code](StoreWorker &worker) {
        FilingClassStore(worker.connection()).remove(worker.session(), id);
        return tr("%1 deleted.").arg(code);
    });
}

void FilingClassEditor::importCsv(const QString &path)
{
    const qint64 unit = m_unitId;
    run(tr("Importing %1").arg(QFileInfo(path).fileName()), [unit, path](StoreWorker &worker) {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            throw StoreError(StoreError::Kind::BadData,
                             tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), in.errorString()));
        const int added = FilingClassCsvImporter(worker.connection())
                              .import(worker.session(), unit, in.readAll(), QFileInfo(path).fileName());
        return tr("%n entries imported from %1.", nullptr, added).arg(QFileInfo(path).fileName());
    });
}

} // namespace kessai::gui
