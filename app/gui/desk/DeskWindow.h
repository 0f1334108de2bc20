// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/desk/DeskSnapshot.h"

#include "core/desk/DeskTable.h"

#include <QMainWindow>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QTabWidget;
class QTableWidget;

namespace kessai::gui {

class StoreClient;

/// 電子決裁率デスク: the administrator's (and 文書管理者's) Monday window. The office rate with
/// its counts and rules, the 12-month trend with the target line, the units furthest below
/// target first, paper reasons, 滞留 and time to decide. Double-clicking a figure lists the
/// documents behind it; double-clicking one of those opens it in the single view. Every figure
/// is computed on the store thread (DeskLoader); a newer request supersedes an older one.
class DeskWindow : public QMainWindow
{
    Q_OBJECT

public:
    DeskWindow(StoreClient *client, QWidget *parent = nullptr);

    /// Loads the figures for the period (and unit) chosen.
    void refresh();
    /// Writes the desk (figures, chart, units list) as PDF to path, through Qt PrintSupport.
    bool exportPdf(const QString &path);
    /// Writes the current tab's table as CSV (UTF-8 with BOM, ISO and 和暦 dates).
    bool exportCsv(const QString &path);

    const DeskSnapshot &snapshot() const { return m_snapshot; }
    bool isLoading() const { return m_loading > 0; }

signals:
    /// The user asked to open a document (a drill-down list's row).
    void documentRequested(qint64 documentId);
    /// Figures arrived and are shown.
    void loaded();
    /// A drill-down list arrived and is shown.
    void drillDownLoaded();

private:
    void buildUi();
    void loadUnits();
    void display(const DeskSnapshot &snapshot);
    void showTrend(const RateReport &trend, double target);
    void fillTable(QTableWidget *table, const DeskTable &data);
    void drillDown(QTableWidget *table, int row);
    void showDocuments(const QList<DeskDocument> &documents, const QString &what);
    DeskQuery currentQuery() const;
    void print();
    void chooseCsv();
    void choosePdf();

    StoreClient *m_client;
    DeskTable::EraDate m_era;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_unit = nullptr;
    QComboBox *m_level = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_rate = nullptr;
    QLabel *m_rules = nullptr;
    QChartView *m_chart = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_units = nullptr;
    QTableWidget *m_months = nullptr;
    QTableWidget *m_reasons = nullptr;
    QTableWidget *m_stall = nullptr;
    QTableWidget *m_times = nullptr;
    QTableWidget *m_documents = nullptr;
    QList<DeskDocument> m_documentList;
    DeskSnapshot m_snapshot;
    int m_generation = 0;
    int m_loading = 0;
};

} // namespace kessai::gui
