// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/editing/VersionHistoryDialog.h"

#include "core/editing/AttachmentVersions.h"
#include "gui/ReadOnlyCopy.h"
#include "gui/StoreClient.h"
#include "gui/editing/VersionCompareDialog.h"
#include "gui/singleview/VersionViewWindow.h"
#include "locale/JapaneseDate.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace kessai::gui {

VersionHistoryDialog::VersionHistoryDialog(StoreClient *client, qint64 attachmentId,
                                           const QString &attachmentName, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_attachmentId(attachmentId)
    , m_attachmentName(attachmentName)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_message(new QLabel(this))
    , m_view(new QPushButton(tr("&View"), this))
    , m_restore(new QPushButton(tr("&Restore this version"), this))
    , m_compare(new QPushButton(tr("&Compare"), this))
{
    setWindowTitle(tr("Version history: %1").arg(attachmentName));
    setModal(false);
    resize(720, 360);

    m_table->setHorizontalHeaderLabels({tr("Version"), tr("Author"), tr("Date"), tr("Size"), tr("Note")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Versions of %1").arg(attachmentName));

    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_view->setToolTip(tr("Open the selected version read-only"));
    m_restore->setToolTip(tr("Store the selected version's content as a new version"));
    m_compare->setToolTip(tr("Compare the text of two selected versions"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_view, QDialogButtonBox::ActionRole);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    buttons->addButton(m_compare, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &VersionHistoryDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row >= 0 && row < m_versions.size())
            viewVersion(m_versions.at(row).versionNo);
    });
    connect(m_view, &QPushButton::clicked, this, [this] {
        const QList<int> selected = selectedVersions();
        if (selected.size() == 1)
            viewVersion(selected.first());
    });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const QList<int> selected = selectedVersions();
        if (selected.size() == 1)
            restoreVersion(selected.first());
    });
    connect(m_compare, &QPushButton::clicked, this, [this] {
        const QList<int> selected = selectedVersions();
        if (selected.size() == 2)
            compareVersions(selected.at(0), selected.at(1));
    });
    // A version is read in the single view, like the single view window, never edited.
    m_opener = [this](const QString &path) {
        auto *window = new VersionViewWindow(path, m_attachmentName, m_viewTitle, this->window());
        window->show();
    };
    updateButtons();
}

void VersionHistoryDialog::load()
{
    const qint64 id = m_attachmentId;
    setBusy(true);
    m_client->call<QList<AttachmentVersion>>(
        this, [id](StoreWorker &worker) { return AttachmentVersions(worker.connection()).list(id); },
        [this](QList<AttachmentVersion> versions) {
            m_versions = versions;
            m_loaded = true;
            setBusy(false);
            fill();
            emit loaded();
        },
        [this](const StoreClient::Failure &failure) {
            setBusy(false);
            showMessage(failure.message, true);
        });
}

QString VersionHistoryDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void VersionHistoryDialog::fill()
{
    const QList<int> keep = selectedVersions();
    m_table->setRowCount(int(m_versions.size()));
    const QLocale locale;
    for (int row = 0; row < m_versions.size(); ++row) {
        const AttachmentVersion &v = m_versions.at(row);
        QString author = v.authorName.isEmpty() ? v.authorLogin : v.authorName;
        if (!v.authorTitle.isEmpty())
            author = tr("%1 (%2)").arg(author, v.authorTitle);
        QString note = v.note;
        if (note.isEmpty() && v.restoredFrom > 0)
            note = tr("Restored from version %1").arg(v.restoredFrom);
        const QStringList cells{QString::number(v.versionNo), author, JapaneseDate::dateTime(v.createdAt),
                                locale.formattedDataSize(v.size), note};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == VersionColumn || column == SizeColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (column == SizeColumn)
                item->setToolTip(tr("%n byte(s)", nullptr, int(std::min<qint64>(v.size, INT_MAX))));
            m_table->setItem(row, column, item);
        }
        if (row == m_versions.size() - 1) {
            QFont bold = m_table->font();
            bold.setBold(true);
            m_table->item(row, VersionColumn)->setFont(bold);
            m_table->item(row, VersionColumn)->setToolTip(tr("Current version"));
        }
    }
    m_table->resizeColumnsToContents();
    selectVersions(keep);
    updateButtons();
}

void VersionHistoryDialog::selectVersions(const QList<int> &versionNos)
{
    m_table->clearSelection();
    for (int row = 0; row < m_versions.size(); ++row) {
        if (versionNos.contains(m_versions.at(row).versionNo)) {
            m_table->selectionModel()->select(m_table->model()->index(row, 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
}

QList<int> VersionHistoryDialog::selectedVersions() const
{
    QList<int> numbers;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (index.row() < m_versions.size())
            numbers.append(m_versions.at(index.row()).versionNo);
    }
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

VersionCompareDialog *VersionHistoryDialog::compareDialog() const
{
    return m_compareDialog.data();
}

void VersionHistoryDialog::updateButtons()
{
    const qsizetype selected = selectedVersions().size();
    const bool isCurrent = selected == 1 && !m_versions.isEmpty() &&
                           selectedVersions().first() == m_versions.constLast().versionNo;
    m_view->setEnabled(!m_busy && selected == 1);
    m_restore->setEnabled(!m_busy && selected == 1 && !isCurrent);
    m_compare->setEnabled(!m_busy && selected == 2);
}

void VersionHistoryDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void VersionHistoryDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_message->setVisible(!text.isEmpty());
    if (error)
        emit failed(text);
}

void VersionHistoryDialog::viewVersion(int versionNo)
{
    const auto version =
        std::find_if(m_versions.cbegin(), m_versions.cend(),
                     [versionNo](const AttachmentVersion &v) { return v.versionNo == versionNo; });
    if (version == m_versions.cend())
        return;
    m_viewTitle = tr("“%1”, version %2 by %3, %4 (read-only)")
                      .arg(m_attachmentName)
                      .arg(versionNo)
                      .arg(version->authorName.isEmpty() ? version->authorLogin : version->authorName,
                           JapaneseDate::dateTime(version->createdAt));
    const QString sha256 = version->sha256;
    const QString name = m_attachmentName;
    m_client->call<QString>(
        this,
        [sha256, name](StoreWorker &worker) {
            return ReadOnlyCopy::write(worker.connection(), sha256, name);
        },
        [this](QString written) {
            m_lastViewedPath = written;
            showMessage({}, false);
            if (m_opener)
                m_opener(written);
            emit viewed(written);
        },
        [this](const StoreClient::Failure &failure) { showMessage(failure.message, true); });
}

void VersionHistoryDialog::restoreVersion(int versionNo)
{
    const qint64 id = m_attachmentId;
    const int base = m_versions.isEmpty() ? 0 : m_versions.constLast().versionNo;
    setBusy(true);
    m_client->call<int>(
        this,
        [id, versionNo, base](StoreWorker &worker) {
            const auto version =
                AttachmentVersions(worker.connection()).restore(worker.session(), id, versionNo, {}, base);
            return version ? version->versionNo : 0;
        },
        [this, versionNo](int newVersion) {
            setBusy(false);
            if (newVersion == 0) {
                showMessage(tr("The current version already has the content of version %1.").arg(versionNo),
                            false);
                return;
            }
            showMessage(tr("Version %1 restored as version %2.").arg(versionNo).arg(newVersion), false);
            emit restored(newVersion);
            load();
        },
        [this](const StoreClient::Failure &failure) {
            setBusy(false);
            showMessage(failure.message, true);
            if (failure.kind == StoreError::Kind::Conflict)
                load(); // another version arrived: show it
        });
}

void VersionHistoryDialog::compareVersions(int leftVersionNo, int rightVersionNo)
{
    if (m_compareDialog)
        m_compareDialog->close();
    auto *dialog = new VersionCompareDialog(m_client, m_attachmentId, m_attachmentName, leftVersionNo,
                                            rightVersionNo, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_compareDialog = dialog;
    dialog->show(); // non-modal: the history stays usable beside it
    dialog->start();
}

} // namespace kessai::gui
