// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/desk/OfficeListsDialog.h"

#include "gui/StoreClient.h"
#include "gui/StoreWorker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
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

OfficeListsDialog::OfficeListsDialog(StoreClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("officeListsDialog"));
    setWindowTitle(tr("The office's lists: decision kinds and paper reasons"));
    m_list = new QComboBox;
    m_list->setObjectName(QStringLiteral("officeListChoice"));
    m_list->addItem(tr("文書の種類 (decision kinds: the 電子決裁率 is read by them)"),
                    int(OfficeListStore::List::DecisionKinds));
    m_list->addItem(tr("紙決裁の理由 (why a decision went on paper)"), int(OfficeListStore::List::PaperReasons));
    connect(m_list, &QComboBox::currentIndexChanged, this, &OfficeListsDialog::reload);

    m_table = new QTableWidget(0, 4);
    m_table->setObjectName(QStringLiteral("officeListEntries"));
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Needs words"), tr("State")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_table, &QTableWidget::currentCellChanged, this, &OfficeListsDialog::entryChosen);

    auto *edit = new QGroupBox(tr("Entry"));
    m_code = new QLineEdit;
    m_code->setObjectName(QStringLiteral("officeListCode"));
    m_code->setPlaceholderText(tr("letters, digits, - or _ (kept for good)"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("officeListName"));
    m_needsText = new QCheckBox(tr("the reason needs words saying why (like その他)"));
    m_needsText->setObjectName(QStringLiteral("officeListNeedsText"));
    auto *add = new QPushButton(tr("&Add"));
    add->setObjectName(QStringLiteral("officeListAdd"));
    auto *rename = new QPushButton(tr("Re&name the selected"));
    rename->setObjectName(QStringLiteral("officeListRename"));
    m_retire = new QPushButton(tr("&Retire the selected"));
    m_retire->setObjectName(QStringLiteral("officeListRetire"));
    auto *buttonsRow = new QHBoxLayout;
    buttonsRow->addWidget(add);
    buttonsRow->addWidget(rename);
    buttonsRow->addWidget(m_retire);
    buttonsRow->addStretch(1);
    auto *form = new QFormLayout(edit);
    form->addRow(tr("Code"), m_code);
    form->addRow(tr("Name"), m_name);
    form->addRow(QString(), m_needsText);
    form->addRow(buttonsRow);

    connect(add, &QPushButton::clicked, this, [this] {
        const auto list = this->list();
        const QString code = m_code->text();
        const QString name = m_name->text();
        const bool needsText = m_needsText->isChecked();
        run([=](StoreWorker &worker) {
            OfficeListStore(worker.connection()).add(worker.session(), list, code, name, needsText);
        });
    });
    connect(rename, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0 || row >= m_entries.size())
            return;
        const auto list = this->list();
        const QString code = m_entries.at(row).code;
        const QString name = m_name->text();
        run([=](StoreWorker &worker) { OfficeListStore(worker.connection()).rename(worker.session(), list, code, name); });
    });
    connect(m_retire, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0 || row >= m_entries.size())
            return;
        const auto list = this->list();
        const QString code = m_entries.at(row).code;
        const bool restore = !m_entries.at(row).active;
        run([=](StoreWorker &worker) {
            OfficeListStore(worker.connection()).setActive(worker.session(), list, code, restore);
        });
    });

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("officeListMessage"));
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(new QLabel(tr("A retired entry is no longer offered; the documents and figures that name it "
                                    "keep it. Entries are never deleted.")));
    layout->addWidget(m_table, 1);
    layout->addWidget(edit);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(680, 520);
    reload();
}

OfficeListStore::List OfficeListsDialog::list() const
{
    return OfficeListStore::List(m_list->currentData().toInt());
}

void OfficeListsDialog::reload()
{
    const auto list = this->list();
    m_needsText->setVisible(list == OfficeListStore::List::PaperReasons);
    m_client->call<QList<OfficeListStore::Entry>>(
        this, [list](StoreWorker &worker) { return OfficeListStore(worker.connection()).entries(list); },
        [this, list](const QList<OfficeListStore::Entry> &entries) {
            if (list != this->list())
                return; // another list was chosen meanwhile
            m_entries = entries;
            m_table->setRowCount(int(entries.size()));
            for (int row = 0; row < entries.size(); ++row) {
                const OfficeListStore::Entry &entry = entries.at(row);
                m_table->setItem(row, 0, new QTableWidgetItem(entry.code));
                m_table->setItem(row, 1, new QTableWidgetItem(entry.name));
                m_table->setItem(row, 2, new QTableWidgetItem(entry.needsText ? tr("yes") : QString()));
                m_table->setItem(row, 3, new QTableWidgetItem(entry.active ? tr("in force") : tr("retired")));
            }
            m_table->setColumnHidden(2, list != OfficeListStore::List::PaperReasons);
            m_table->resizeColumnsToContents();
            emit loaded();
        },
        [this](const StoreClient::Failure &failure) { m_message->setText(failure.message); });
}

void OfficeListsDialog::entryChosen()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    m_name->setText(m_entries.at(row).name);
    m_retire->setText(m_entries.at(row).active ? tr("&Retire the selected") : tr("&Restore the selected"));
}

void OfficeListsDialog::run(std::function<void(StoreWorker &)> change)
{
    m_client->call<bool>(
        this,
        [change](StoreWorker &worker) {
            change(worker);
            return true;
        },
        [this](bool) {
            m_message->setText(tr("Stored."));
            m_code->clear();
            m_name->clear();
            emit changed();
            reload();
        },
        [this](const StoreClient::Failure &failure) {
            m_message->setText(tr("Not stored: %1").arg(failure.message));
            emit failed(failure.message);
        });
}

} // namespace kessai::gui
