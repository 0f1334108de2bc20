// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/records/RecordsWindow.h"

#include "core/documents/FiscalYear.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/records/FilingClassStore.h"
#include "core/records/FileRegister.h"
#include "core/records/RecordDisposal.h"
#include "core/records/RecordHolds.h"
#include "core/records/RecordsRegister.h"
#include "gui/StoreClient.h"
#include "gui/records/FileDocumentsDialog.h"
#include "gui/records/FileReassignDialog.h"
#include "gui/records/FilingClassEditor.h"
#include "gui/records/RecordFileModel.h"
#include "gui/records/RecordHoldsDialog.h"
#include "gui/records/RegisterPrinter.h"
#include "gui/records/TransferPackageJob.h"
#include "gui/records/RecordsJob.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace kessai::gui {

namespace {
struct Units
{
    QList<Unit> divisions;
    qint64 mine = 0;
};

struct Listing
{
    QList<RecordFile> files;
    QList<RecordFile> expiring;
};

QTableView *fileTable(RecordFileModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setSectionResizeMode(RecordFileModel::Name, QHeaderView::Stretch);
    view->setAlternatingRowColors(true);
    return view;
}

} // namespace

RecordsWindow::RecordsWindow(StoreClient *client, const DatabaseUrl &url, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_client(client)
    , m_url(url)
    , m_files(new RecordFileModel(this))
    , m_expiring(new RecordFileModel(this))
{
    setWindowTitle(tr("Records management"));
    setObjectName(QStringLiteral("recordsWindow"));
    resize(1180, 760);
    auto *layout = new QVBoxLayout(this);

    auto *filter = new QHBoxLayout;
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("recordsUnit"));
    m_year = new QComboBox(this);
    m_year->addItem(tr("All years"), 0);
    const int thisYear = FiscalYear::of(QDate::currentDate());
    for (int y = thisYear; y >= thisYear - 30; --y)
        m_year->addItem(tr("FY%1").arg(y), y);
    filter->addWidget(new QLabel(tr("Division:"), this));
    filter->addWidget(m_unit, 1);
    filter->addWidget(new QLabel(tr("Fiscal year:"), this));
    filter->addWidget(m_year);
    layout->addLayout(filter);

    auto *filesBox = new QGroupBox(tr("Files of the division, by fiscal year"), this);
    auto *filesLayout = new QVBoxLayout(filesBox);
    m_counts = new QLabel(filesBox);
    m_counts->setWordWrap(true);
    m_fileView = fileTable(m_files, filesBox);
    m_fileView->setObjectName(QStringLiteral("recordsFiles"));
    filesLayout->addWidget(m_counts);
    filesLayout->addWidget(m_fileView);
    layout->addWidget(filesBox, 3);

    auto *expiringBox = new QGroupBox(tr("Expiring by the end of the next fiscal year (is the action at expiry still right?)"), this);
    auto *expiringLayout = new QVBoxLayout(expiringBox);
    m_expiringView = fileTable(m_expiring, expiringBox);
    m_expiringView->setObjectName(QStringLiteral("recordsExpiring"));
    expiringLayout->addWidget(m_expiringView);
    layout->addWidget(expiringBox, 2);

    auto *details = new QHBoxLayout;
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("Reason (for an extension, a hold, a transfer)"));
    m_extendYears = new QSpinBox(this);
    m_extendYears->setRange(1, 30);
    m_extendYears->setValue(5);
    m_extendYears->setSuffix(tr(" years"));
    details->addWidget(new QLabel(tr("Reason:"), this));
    details->addWidget(m_reason, 1);
    details->addWidget(new QLabel(tr("Extend by:"), this));
    details->addWidget(m_extendYears);
    m_zip = new QCheckBox(tr("Transfer package as zip"), this);
    m_zip->setObjectName(QStringLiteral("recordsZip"));
    details->addWidget(m_zip);
    layout->addLayout(details);

    auto *lifecycle = new QHBoxLayout;
    auto *management = new QHBoxLayout;
    QHBoxLayout *buttons = lifecycle;
    auto button = [&](const QString &text, const char *name, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        m_actions.append(b);
        return b;
    };
    button(tr("Create the new year's files"), "recordsNewYear", &RecordsWindow::newYear);
    button(tr("Close file"), "recordsClose", &RecordsWindow::closeFile);
    button(tr("Draft destruction…"), "recordsDestroy", [this] { draftRequest(int(Disposition::Destroy)); });
    button(tr("Draft transfer…"), "recordsTransfer", [this] { draftRequest(int(Disposition::Transfer)); });
    button(tr("Draft extension…"), "recordsExtend", [this] { draftRequest(int(Disposition::Extend)); });
    button(tr("Transfer package…"), "recordsPackage", &RecordsWindow::transferPackage);
    buttons = management;
    button(tr("Classification…"), "recordsClassification", [this] { openClassification(); });
    button(tr("Documents of the file…"), "recordsDocuments", [this] { openDocuments(); });
    button(tr("Hold"), "recordsHold", &RecordsWindow::placeHold);
    button(tr("Holds in force…"), "recordsHolds", [this] { openHolds(); });
    button(tr("Hand to successor division…"), "recordsReassign", [this] { openReassign(); });
    button(tr("Register (CSV)…"), "recordsRegisterCsv", [this] { exportRegister(false); });
    button(tr("Print register…"), "recordsRegisterPrint", [this] { exportRegister(true); });
    layout->addLayout(lifecycle);
    layout->addLayout(management);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("recordsStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_unit, &QComboBox::currentIndexChanged, this, &RecordsWindow::loadFiles);
    connect(m_year, &QComboBox::currentIndexChanged, this, &RecordsWindow::loadFiles);
}

QString RecordsWindow::statusText() const
{
    return m_status->text();
}

void RecordsWindow::refresh()
{
    m_client->call<Units>(
        this,
        [](StoreWorker &worker) {
            Units units;
            OrgStore org(worker.connection());
            for (const Unit &u : org.units()) {
                if (u.level == UnitLevel::Division && u.active)
                    units.divisions.append(u);
            }
            units.mine = FilingClassStore(worker.connection()).divisionOf(worker.session().user().unitId);
            return units;
        },
        [this](Units units) {
            const QSignalBlocker block(m_unit);
            const qint64 chosen = m_unit->currentData().toLongLong();
            m_unit->clear();
            m_unit->addItem(tr("All divisions"), 0);
            for (const Unit &u : units.divisions)
                m_unit->addItem(u.name, u.id);
            const int index = m_unit->findData(chosen ? chosen : units.mine);
            m_unit->setCurrentIndex(index >= 0 ? index : 0);
            loadFiles();
        },
        [this](const StoreClient::Failure &failure) { m_status->setText(failure.message); });
}

void RecordsWindow::loadFiles()
{
    const qint64 unit = m_unit->currentData().toLongLong();
    const int year = m_year->currentData().toInt();
    m_client->call<Listing>(
        this,
        [unit, year](StoreWorker &worker) {
            FileRegister files(worker.connection());
            Listing listing;
            listing.files = files.list(unit, year);
            for (const RecordFile &f : files.expiring()) {
                if (!unit || f.unitId == unit)
                    listing.expiring.append(f);
            }
            return listing;
        },
        [this](Listing listing) {
            m_files->setFiles(listing.files);
            m_expiring->setFiles(listing.expiring);
            m_fileView->resizeColumnsToContents();
            m_expiringView->resizeColumnsToContents();
            showYearCounts();
            emit refreshed();
        },
        [this](const StoreClient::Failure &failure) { m_status->setText(failure.message); });
}

void RecordsWindow::showYearCounts()
{
    // Per fiscal year: how many 簿冊, and how many in each state.
    QMap<int, QMap<QString, int>> byYear;
    QMap<int, int> documents;
    for (const RecordFile &f : m_files->files()) {
        ++byYear[f.fiscalYear][RecordTerms::label(f.lifecycle)];
        documents[f.fiscalYear] += f.documentCount;
    }
    QStringList lines;
    for (auto year = byYear.constEnd(); year != byYear.constBegin();) {
        --year;
        int total = 0;
        QStringList states;
        for (auto s = year->constBegin(); s != year->constEnd(); ++s) {
            total += s.value();
            states << tr("%1 %2").arg(s.key()).arg(s.value());
        }
        lines << tr("FY%1: %n file(s), %2 document(s) (%3)", nullptr, total)
                     .arg(year.key())
                     .arg(documents.value(year.key()))
                     .arg(states.join(tr(", ")));
    }
    m_counts->setText(lines.isEmpty() ? tr("No files.") : lines.join(QLatin1Char('\n')));
}

bool RecordsWindow::selectFile(qint64 fileId)
{
    for (QTableView *view : {m_fileView, m_expiringView}) {
        auto *model = static_cast<RecordFileModel *>(view->model());
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->fileAt(row)->id == fileId) {
                m_fileView->clearSelection();
                m_expiringView->clearSelection();
                view->selectRow(row);
                view->setFocus();
                return true;
            }
        }
    }
    return false;
}

QList<qint64> RecordsWindow::selectedFileIds() const
{
    // The table that has the focus or a selection: the expiring list first (where 伺い start).
    QList<qint64> ids;
    for (QTableView *view : {m_expiringView, m_fileView}) {
        const QModelIndexList rows = view->selectionModel()->selectedRows();
        for (const QModelIndex &index : rows)
            ids.append(index.data(RecordFileModel::IdRole).toLongLong());
        if (!ids.isEmpty())
            break;
    }
    return ids;
}

void RecordsWindow::run(const QString &what, std::function<QString(StoreWorker &)> job)
{
    RecordsJob{m_client, this, m_status, m_actions}.run(what, std::move(job), [this] { loadFiles(); });
}

void RecordsWindow::newYear()
{
    const qint64 unit = m_unit->currentData().toLongLong();
    const int year = FiscalYear::of(QDate::currentDate());
    run(tr("Creating the files of FY%1").arg(year), [unit, year](StoreWorker &worker) {
        const QList<qint64> created = FileRegister(worker.connection()).createNewYear(worker.session(), year, unit);
        return tr("%n file(s) created for FY%1.", nullptr, int(created.size())).arg(year);
    });
}

void RecordsWindow::closeFile()
{
    const QList<qint64> ids = selectedFileIds();
    if (ids.isEmpty()) {
        m_status->setText(tr("Select the files first."));
        return;
    }
    run(tr("Closing"), [ids](StoreWorker &worker) {
        for (qint64 id : ids)
            FileRegister(worker.connection()).close(worker.session(), id);
        return tr("%n file(s) closed.", nullptr, int(ids.size()));
    });
}

void RecordsWindow::draftRequest(int action)
{
    const QList<qint64> ids = selectedFileIds();
    if (ids.isEmpty()) {
        m_status->setText(tr("Select the files first."));
        return;
    }
    const QString reason = m_reason->text();
    const int years = m_extendYears->value();
    run(tr("Drafting the request"), [ids, reason, years, action](StoreWorker &worker) {
        const qint64 doc = RecordDisposal(worker.connection())
                               .draft(worker.session(), Disposition(action), ids, reason, years);
        return tr("Request %1 drafted: submit it (提出) from your drafts; its decision carries it out.").arg(doc);
    });
}

void RecordsWindow::placeHold()
{
    const QList<qint64> ids = selectedFileIds();
    const QString reason = m_reason->text();
    if (ids.isEmpty() || reason.trimmed().isEmpty()) {
        m_status->setText(tr("Select the files and give the reason of the hold."));
        return;
    }
    run(tr("Placing the hold"), [ids, reason](StoreWorker &worker) {
        for (qint64 id : ids)
            RecordHolds(worker.connection()).placeOnFile(worker.session(), id, reason);
        return tr("%n file(s) held: no destruction until the hold is lifted.", nullptr, int(ids.size()));
    });
}

void RecordsWindow::transferPackage()
{
    if (selectedFileIds().isEmpty()) {
        m_status->setText(tr("Select the files first."));
        return;
    }
    auto *dialog = new QFileDialog(this, tr("Folder for the transfer packages"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, &RecordsWindow::writeTransferPackages);
    dialog->open();
}

void RecordsWindow::writeTransferPackages(const QString &folder)
{
    const QList<qint64> ids = selectedFileIds();
    if (ids.isEmpty()) {
        m_status->setText(tr("Select the files first."));
        return;
    }
    for (QPushButton *b : std::as_const(m_actions))
        b->setEnabled(false);
    auto *job = new TransferPackageJob(m_client, m_url, this);
    connect(job, &TransferPackageJob::progress, m_status, &QLabel::setText);
    connect(job, &TransferPackageJob::finished, this, [this, job](bool ok, const QString &message) {
        for (QPushButton *b : std::as_const(m_actions))
            b->setEnabled(true);
        m_status->setText(ok ? message : tr("Transfer package: %1").arg(message));
        job->deleteLater();
        loadFiles();
    });
    job->start(ids, folder, m_zip->isChecked());
}

template <typename Dialog>
Dialog *RecordsWindow::showDialog(Dialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &Dialog::changed, this, &RecordsWindow::loadFiles);
    dialog->show();
    dialog->refresh();
    return dialog;
}

FilingClassEditor *RecordsWindow::openClassification()
{
    const qint64 unit = m_unit->currentData().toLongLong();
    if (!unit) {
        m_status->setText(tr("Choose the division whose classification to edit."));
        return nullptr;
    }
    auto *editor = new FilingClassEditor(m_client, unit, m_unit->currentText(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->show();
    editor->refresh();
    return editor;
}

FileDocumentsDialog *RecordsWindow::openDocuments()
{
    const QList<qint64> ids = selectedFileIds();
    const RecordFile *file = nullptr;
    for (RecordFileModel *model : {m_files, m_expiring}) {
        for (const RecordFile &f : model->files()) {
            if (!ids.isEmpty() && f.id == ids.first())
                file = &f;
        }
        if (file)
            break;
    }
    if (!file) {
        m_status->setText(tr("Select a file first."));
        return nullptr;
    }
    return showDialog(new FileDocumentsDialog(m_client, *file, m_files->files(), this));
}

RecordHoldsDialog *RecordsWindow::openHolds()
{
    return showDialog(new RecordHoldsDialog(m_client, this));
}

FileReassignDialog *RecordsWindow::openReassign()
{
    const qint64 unit = m_unit->currentData().toLongLong();
    if (!unit) {
        m_status->setText(tr("Choose the division whose files go to its successor."));
        return nullptr;
    }
    return showDialog(new FileReassignDialog(m_client, unit, m_unit->currentText(), selectedFileIds(), this));
}

void RecordsWindow::exportRegister(bool printable)
{
    const qint64 unit = m_unit->currentData().toLongLong();
    const int year = m_year->currentData().toInt();
    const QString title = tr("Register of files");
    if (printable) {
        // Read on the store thread, laid out and printed through Qt's print preview.
        m_client->call<QList<RecordFile>>(
            this, [unit, year](StoreWorker &worker) { return FileRegister(worker.connection()).list(unit, year); },
            [this, title](const QList<RecordFile> &files) {
                m_status->setText(tr("%n file(s) in the register.", nullptr, int(files.size())));
                RegisterPrinter::preview(files, title, this);
            },
            [this](const StoreClient::Failure &failure) { m_status->setText(failure.message); });
        return;
    }
    auto *dialog = new QFileDialog(this, tr("Export the register"), QStringLiteral("kanribo.csv"), tr("CSV (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    connect(dialog, &QFileDialog::fileSelected, this, [this, unit, year](const QString &path) {
        run(tr("Exporting the register"), [unit, year, path](StoreWorker &worker) {
            const QList<RecordFile> files = FileRegister(worker.connection()).list(unit, year);
            RecordsRegister::save(path, files, false, {});
            return tr("%n file(s) written to %1", nullptr, int(files.size())).arg(QDir::toNativeSeparators(path));
        });
    });
    dialog->open();
}

} // namespace kessai::gui
