// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/desk/DeskWindow.h"

#include "gui/StoreClient.h"
#include "gui/StoreWorker.h"
#include "gui/desk/DeskLoader.h"
#include "gui/desk/DeskPrinter.h"

#include "core/desk/DecisionStatistics.h"
#include "core/documents/FiscalYear.h"
#include "locale/JapaneseDate.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolBar>
#include <QValueAxis>
#include <QBarCategoryAxis>
#include <QVBoxLayout>

namespace kessai::gui {

namespace {
QTableWidget *newTable(const QString &name)
{
    auto *table = new QTableWidget;
    table->setObjectName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}
} // namespace

DeskWindow::DeskWindow(StoreClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_era([](const QDate &date) { return JapaneseDate::eraDate(date); })
{
    setObjectName(QStringLiteral("deskWindow"));
    setWindowTitle(tr("Electronic decision desk (電子決裁率)"));
    setAttribute(Qt::WA_DeleteOnClose);
    buildUi();
    resize(1280, 900);
    loadUnits();
    refresh();
}

void DeskWindow::buildUi()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    auto *controls = new QHBoxLayout;
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(FiscalYear::firstDay(FiscalYear::of(today)));
    m_to = new QDateEdit(today);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setObjectName(QStringLiteral("deskFrom"));
    m_to->setObjectName(QStringLiteral("deskTo"));
    m_unit = new QComboBox;
    m_unit->setObjectName(QStringLiteral("deskUnit"));
    m_unit->addItem(tr("Whole office (all units you oversee)"), qint64(0));
    m_level = new QComboBox;
    m_level->addItem(tr("by 課 (division)"), int(UnitLevel::Division));
    m_level->addItem(tr("by 部 (department)"), int(UnitLevel::Department));
    m_level->addItem(tr("by 係 (section)"), int(UnitLevel::Section));
    auto *refreshButton = new QPushButton(tr("&Show"));
    refreshButton->setObjectName(QStringLiteral("deskRefresh"));
    connect(refreshButton, &QPushButton::clicked, this, &DeskWindow::refresh);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 0); // busy: the figures come from the store thread
    m_progress->setMaximumWidth(120);
    m_progress->hide();
    controls->addWidget(new QLabel(tr("決裁日 from")));
    controls->addWidget(m_from);
    controls->addWidget(new QLabel(tr("to")));
    controls->addWidget(m_to);
    controls->addWidget(m_unit, 1);
    controls->addWidget(m_level);
    controls->addWidget(refreshButton);
    controls->addWidget(m_progress);
    layout->addLayout(controls);

    m_rate = new QLabel;
    m_rate->setObjectName(QStringLiteral("deskRate"));
    QFont big = m_rate->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_rate->setFont(big);
    m_rules = new QLabel;
    m_rules->setObjectName(QStringLiteral("deskRules"));
    m_rules->setWordWrap(true);
    m_rules->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_rate);
    layout->addWidget(m_rules);

    auto *split = new QSplitter(Qt::Vertical);
    m_chart = new QChartView;
    m_chart->setObjectName(QStringLiteral("deskChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(260);
    split->addWidget(m_chart);
    m_tabs = new QTabWidget;
    m_units = newTable(QStringLiteral("deskUnits"));
    m_months = newTable(QStringLiteral("deskMonths"));
    m_reasons = newTable(QStringLiteral("deskReasons"));
    m_stall = newTable(QStringLiteral("deskStall"));
    m_times = newTable(QStringLiteral("deskTimes"));
    m_documents = newTable(QStringLiteral("deskDocuments"));
    m_tabs->addTab(m_units, tr("Units (furthest below target first)"));
    m_tabs->addTab(m_months, tr("By month"));
    m_tabs->addTab(m_reasons, tr("Paper reasons"));
    m_tabs->addTab(m_stall, tr("Waiting (滞留)"));
    m_tabs->addTab(m_times, tr("提出→決裁 and 差戻し"));
    m_tabs->addTab(m_documents, tr("Documents"));
    for (QTableWidget *table : {m_units, m_months, m_reasons, m_stall}) {
        table->setToolTip(tr("Double-click a line to list the documents behind it."));
        connect(table, &QTableWidget::cellDoubleClicked, this,
                [this, table](int row, int) { drillDown(table, row); });
    }
    m_documents->setToolTip(tr("Double-click a document to open it in the single view."));
    connect(m_documents, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row >= 0 && row < m_documentList.size())
            emit documentRequested(m_documentList.at(row).id);
    });
    split->addWidget(m_tabs);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    setCentralWidget(central);

    QToolBar *tools = addToolBar(tr("Desk"));
    tools->setMovable(false);
    tools->addAction(tr("Export &CSV…"), this, &DeskWindow::chooseCsv)->setObjectName(QStringLiteral("deskCsv"));
    tools->addAction(tr("Save as &PDF…"), this, &DeskWindow::choosePdf)->setObjectName(QStringLiteral("deskPdf"));
    tools->addAction(tr("&Print…"), this, &DeskWindow::print);
}

void DeskWindow::loadUnits()
{
    m_client->call<QList<DeskUnitChoice>>(
        this, [](StoreWorker &worker) { return DeskLoader::units(worker); },
        [this](const QList<DeskUnitChoice> &units) {
            for (const DeskUnitChoice &unit : units)
                m_unit->addItem(unit.name, unit.id);
        },
        [this](const StoreClient::Failure &failure) { statusBar()->showMessage(failure.message); });
}

DeskQuery DeskWindow::currentQuery() const
{
    return {m_from->date(), m_to->date(), m_unit->currentData().toLongLong()};
}

void DeskWindow::refresh()
{
    const DeskQuery query = currentQuery();
    const UnitLevel level = UnitLevel(m_level->currentData().toInt());
    const int generation = ++m_generation;
    ++m_loading;
    m_progress->show();
    statusBar()->showMessage(tr("Computing the figures…"));
    auto failed = [this](const StoreClient::Failure &failure) {
        if (--m_loading == 0)
            m_progress->hide();
        statusBar()->showMessage(failure.message);
    };
    // The first screen from the tallies first; reasons, 滞留 and times (which read the decisions)
    // in a second job, so that the rate and the chart never wait for them.
    m_client->call<DeskSnapshot>(
        this, [query, level](StoreWorker &worker) { return DeskLoader::loadFirstScreen(worker, query, level); },
        [this, generation, level, failed](const DeskSnapshot &first) {
            if (generation != m_generation) {
                if (--m_loading == 0)
                    m_progress->hide();
                return; // a newer request is on its way
            }
            display(first);
            m_client->call<DeskSnapshot>(
                this, [first, level](StoreWorker &worker) { return DeskLoader::loadDetails(worker, first, level); },
                [this, generation](const DeskSnapshot &snapshot) {
                    if (--m_loading == 0)
                        m_progress->hide();
                    if (generation == m_generation)
                        display(snapshot);
                },
                failed);
        },
        failed);
}

void DeskWindow::display(const DeskSnapshot &snapshot)
{
    m_snapshot = snapshot;
    const RateRow &office = snapshot.office.office;
    m_rate->setText(office.total()
                        ? tr("電子決裁率 %1% (electronic %2 / paper %3 / total %4) — target %5%")
                              .arg(DeskTable::percent(office.rate()))
                              .arg(office.electronic)
                              .arg(office.paper)
                              .arg(office.total())
                              .arg(DeskTable::percent(snapshot.office.target))
                        : tr("No decision in this period"));
    QStringList rules;
    for (const RateRule &rule : snapshot.office.rules)
        rules << (rule.excluded >= 0 ? tr("• %1 — %n decision(s) excluded", nullptr, int(rule.excluded)).arg(rule.text)
                                     : QStringLiteral("• ") + rule.text);
    m_rules->setText(rules.join(QLatin1Char('\n')));
    showTrend(snapshot.trend, snapshot.office.target);
    RateReport units = snapshot.office;
    units.rows = snapshot.units;
    fillTable(m_units, DeskTable::rate(units, RateGrouping::Unit, m_era));
    m_units->setRowCount(int(snapshot.units.size())); // without the total line: rows match units
    fillTable(m_months, DeskTable::rate(snapshot.trend, RateGrouping::Month, m_era));
    m_months->setRowCount(int(snapshot.trend.rows.size()));
    fillTable(m_reasons, DeskTable::reasons(snapshot.reasons));
    fillTable(m_stall, DeskTable::stall(snapshot.stallByApprover, m_era));
    fillTable(m_times, DeskTable::durations(snapshot.durations));
    if (!snapshot.complete) {
        statusBar()->showMessage(tr("Rate computed in %1 ms; reading paper reasons, 滞留 and times…")
                                     .arg(snapshot.elapsedMs));
        return;
    }
    statusBar()->showMessage(tr("Rate computed in %1 ms, the other figures in %2 ms")
                                 .arg(snapshot.elapsedMs)
                                 .arg(snapshot.detailsMs),
                             10000);
    emit loaded();
}

void DeskWindow::showTrend(const RateReport &trend, double target)
{
    auto *chart = new QChart;
    chart->setTitle(tr("電子決裁率 by month, with the target"));
    auto *rate = new QLineSeries;
    rate->setName(tr("電子決裁率"));
    auto *goal = new QLineSeries;
    goal->setName(tr("Target %1%").arg(DeskTable::percent(target)));
    QPen dashed(Qt::red);
    dashed.setStyle(Qt::DashLine);
    dashed.setWidth(2);
    goal->setPen(dashed);
    // One category a month of the period (x = its index), with its era: 令和8年4月 … 令和9年3月
    auto *months = new QBarCategoryAxis;
    const int count = int(trend.rows.size());
    for (int i = 0; i < count; ++i) {
        const RateRow &row = trend.rows.at(i);
        if (row.total()) // a month without a decision has no rate (not 0 %)
            rate->append(i, row.rate() * 100.0);
        months->append(DeskTable::eraMonth(row.key, m_era));
    }
    goal->append(-0.5, target * 100.0);
    goal->append(qMax(0, count - 1) + 0.5, target * 100.0);
    chart->addSeries(rate);
    chart->addSeries(goal);
    auto *percent = new QValueAxis;
    percent->setRange(0, 100);
    percent->setLabelFormat(QStringLiteral("%d%"));
    chart->addAxis(months, Qt::AlignBottom);
    chart->addAxis(percent, Qt::AlignLeft);
    for (QLineSeries *series : {rate, goal}) {
        series->attachAxis(months);
        series->attachAxis(percent);
    }
    rate->setPointsVisible(true);
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void DeskWindow::fillTable(QTableWidget *table, const DeskTable &data)
{
    table->clear();
    table->setColumnCount(int(data.header.size()));
    table->setHorizontalHeaderLabels(data.header);
    table->setRowCount(int(data.rows.size()));
    for (int r = 0; r < data.rows.size(); ++r) {
        for (int c = 0; c < data.rows.at(r).size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(data.rows.at(r).at(c)));
    }
    table->resizeColumnsToContents();
}

void DeskWindow::drillDown(QTableWidget *table, int row)
{
    DeskQuery query = m_snapshot.query;
    DeskDrillDown drill;
    QString what;
    bool waiting = false;
    if (table == m_units && row < m_snapshot.units.size()) {
        query.unitId = m_snapshot.units.at(row).unitId;
        what = m_snapshot.units.at(row).label;
    } else if (table == m_months && row < m_snapshot.trend.rows.size()) {
        query = m_snapshot.trend.query;
        drill.month = m_snapshot.trend.rows.at(row).key;
        what = drill.month;
    } else if (table == m_reasons && row < m_snapshot.reasons.size()) {
        query.unitId = m_snapshot.reasons.at(row).unitId;
        drill.reasonId = m_snapshot.reasons.at(row).reasonId;
        drill.paper = 1;
        what = m_snapshot.reasons.at(row).reasonName;
    } else if (table == m_stall && row < m_snapshot.stallByApprover.size()) {
        drill.assigneeId = m_snapshot.stallByApprover.at(row).id;
        what = m_snapshot.stallByApprover.at(row).label;
        waiting = true;
    } else {
        return;
    }
    ++m_loading;
    m_progress->show();
    m_client->call<QList<DeskDocument>>(
        this,
        [query, drill, waiting](StoreWorker &worker) {
            DecisionStatistics statistics(worker.connection());
            return waiting ? statistics.waiting(worker.session(), query, drill)
                           : statistics.decisions(worker.session(), query, drill);
        },
        [this, what](const QList<DeskDocument> &documents) {
            if (--m_loading == 0)
                m_progress->hide();
            showDocuments(documents, what);
        },
        [this](const StoreClient::Failure &failure) {
            if (--m_loading == 0)
                m_progress->hide();
            statusBar()->showMessage(failure.message);
        });
}

void DeskWindow::showDocuments(const QList<DeskDocument> &documents, const QString &what)
{
    m_documentList = documents;
    fillTable(m_documents, DeskTable::documents(documents, m_era));
    m_tabs->setTabText(m_tabs->indexOf(m_documents), tr("Documents: %1 (%2)").arg(what).arg(documents.size()));
    m_tabs->setCurrentWidget(m_documents);
    emit drillDownLoaded();
}

bool DeskWindow::exportCsv(const QString &path)
{
    DeskTable table;
    if (auto *current = qobject_cast<QTableWidget *>(m_tabs->currentWidget())) {
        for (int c = 0; c < current->columnCount(); ++c)
            table.header << current->horizontalHeaderItem(c)->text();
        for (int r = 0; r < current->rowCount(); ++r) {
            QStringList row;
            for (int c = 0; c < current->columnCount(); ++c)
                row << (current->item(r, c) ? current->item(r, c)->text() : QString());
            table.rows << row;
        }
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(table.toCsv()) < 0) {
        QMessageBox::warning(this, windowTitle(), tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

bool DeskWindow::exportPdf(const QString &path)
{
    return DeskPrinter::writePdf(path, m_snapshot, m_chart, m_era);
}

void DeskWindow::chooseCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), QStringLiteral("desk.csv"),
                                                      tr("CSV (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void DeskWindow::choosePdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save as PDF"), QStringLiteral("desk.pdf"),
                                                      tr("PDF (*.pdf)"));
    if (!path.isEmpty() && !exportPdf(path))
        QMessageBox::warning(this, windowTitle(), tr("Could not write %1").arg(path));
}

void DeskWindow::print()
{
    DeskPrinter::print(this, m_snapshot, m_chart, m_era);
}

} // namespace kessai::gui
