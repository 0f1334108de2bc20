// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/receipts/HotFolderDock.h"

#include "gui/StoreClient.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace kessai::gui {

namespace {
const auto kSetting = QStringLiteral("receipts/hotFolder");
constexpr int kLookEveryMilliseconds = 3000;

QString stateLabel(HotFolder::FileState state)
{
    switch (state) {
    case HotFolder::FileState::Waiting:
        return HotFolderDock::tr("Waiting");
    case HotFolder::FileState::Ready:
        return HotFolderDock::tr("Ready");
    case HotFolder::FileState::Empty:
        return HotFolderDock::tr("Empty");
    case HotFolder::FileState::Locked:
        return HotFolderDock::tr("Locked");
    case HotFolder::FileState::Unreadable:
        return HotFolderDock::tr("Unreadable");
    }
    return {};
}
} // namespace

HotFolderDock::HotFolderDock(StoreClient *client, QWidget *parent)
    : QDockWidget(tr("Waiting to be received (収受待ち)"), parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("hotFolderDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    auto *top = new QHBoxLayout;
    m_folderLabel = new QLabel(content);
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *choose = new QPushButton(tr("Hot folder…"), content);
    connect(choose, &QPushButton::clicked, this, &HotFolderDock::chooseFolder);
    top->addWidget(m_folderLabel, 1);
    top->addWidget(choose);
    layout->addLayout(top);
    m_table = new QTableWidget(0, 4, content);
    m_table->setObjectName(QStringLiteral("hotFolderTable"));
    m_table->setHorizontalHeaderLabels({tr("File"), tr("State"), tr("Why it waits"), tr("Size")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table);
    m_register = new QPushButton(tr("Register…"), content);
    m_register->setObjectName(QStringLiteral("registerFromHotFolder"));
    m_register->setEnabled(false);
    layout->addWidget(m_register, 0, Qt::AlignRight);
    setWidget(content);
    content->setMinimumWidth(480); // room for the reason a file waits

    auto selectedReady = [this]() -> const HotFolder::Entry * {
        const int row = m_table->currentRow();
        if (row < 0 || row >= m_entries.size() || m_entries.at(row).state != HotFolder::FileState::Ready)
            return nullptr;
        return &m_entries.at(row);
    };
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this, selectedReady] { m_register->setEnabled(selectedReady() != nullptr); });
    auto request = [this, selectedReady] {
        if (const HotFolder::Entry *entry = selectedReady())
            emit registerRequested(*entry);
    };
    connect(m_register, &QPushButton::clicked, this, request);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, request);

    m_timer = new QTimer(this);
    m_timer->setInterval(kLookEveryMilliseconds);
    connect(m_timer, &QTimer::timeout, this, &HotFolderDock::rescan);
    setFolder(QSettings().value(kSetting).toString());
}

void HotFolderDock::setFolder(const QString &path)
{
    m_folder = path;
    m_folderLabel->setText(path.isEmpty() ? tr("No hot folder chosen") : QDir::toNativeSeparators(path));
    m_hotFolder = path.isEmpty() ? nullptr : std::make_shared<HotFolder>(path);
    m_entries.clear();
    showEntries({});
    if (m_hotFolder) {
        rescan();
        m_timer->start();
    } else {
        m_timer->stop();
    }
}

void HotFolderDock::chooseFolder()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("The scanner's hot folder"), m_folder);
    if (chosen.isEmpty())
        return;
    QSettings().setValue(kSetting, chosen);
    setFolder(chosen);
}

void HotFolderDock::rescan()
{
    if (!m_hotFolder || m_scanning)
        return;
    m_scanning = true;
    const std::shared_ptr<HotFolder> folder = m_hotFolder;
    m_client->call<QList<HotFolder::Entry>>(
        this, [folder](StoreWorker &) { return folder->scan(); },
        [this, folder](const QList<HotFolder::Entry> &entries) {
            m_scanning = false;
            if (folder == m_hotFolder)
                showEntries(entries);
        },
        [this](const StoreClient::Failure &failure) {
            m_scanning = false;
            m_folderLabel->setText(failure.message);
        });
}

void HotFolderDock::showEntries(const QList<HotFolder::Entry> &entries)
{
    const QString selected = m_table->currentRow() >= 0 && m_table->currentRow() < m_entries.size()
                                 ? m_entries.at(m_table->currentRow()).fileName
                                 : QString();
    m_entries = entries;
    m_table->setRowCount(int(entries.size()));
    const QLocale locale;
    for (int row = 0; row < entries.size(); ++row) {
        const HotFolder::Entry &e = entries.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(e.fileName));
        m_table->setItem(row, 1, new QTableWidgetItem(stateLabel(e.state)));
        m_table->setItem(row, 2, new QTableWidgetItem(e.reason));
        m_table->setItem(row, 3, new QTableWidgetItem(locale.formattedDataSize(e.size)));
        if (e.fileName == selected)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
}

} // namespace kessai::gui
