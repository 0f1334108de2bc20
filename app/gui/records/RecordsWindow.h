// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/RecordFile.h"
#include "core/store/DatabaseUrl.h"

#include <QList>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace kessai::gui {

class FileDocumentsDialog;
class FileReassignDialog;
class FilingClassEditor;
class RecordFileModel;
class RecordHoldsDialog;
class StoreClient;
class StoreWorker;

/// 文書管理 for the 文書管理者: a 課's 簿冊 by year with their counts and status, the 簿冊 whose
/// 満了日 falls before the end of the next fiscal year (レコードスケジュール: is the 措置 still
/// right?), and what to do with them: 新年度の簿冊を作成, 完結, the 廃棄・移管・延長 伺い (drafted
/// here, submitted and decided like any document), holds (placed, listed, lifted), a document
/// moved to another 簿冊, the 簿冊 handed to a successor 課, the 分類表 (FilingClassEditor), the
/// 移管 package (TransferPackageJob: 原議 PDFs, folder or zip), the 管理簿 (CSV for Excel,
/// printed through QPrintPreviewDialog: RegisterPrinter). Every job runs on the store thread.
class RecordsWindow : public QWidget
{
    Q_OBJECT

public:
    RecordsWindow(StoreClient *client, const DatabaseUrl &url, QWidget *parent = nullptr);

    /// Reads the units, then the 簿冊 of the chosen 課.
    void refresh();
    /// For tests and scripts: the tables' models and what the status line says.
    RecordFileModel *filesModel() const { return m_files; }
    RecordFileModel *expiringModel() const { return m_expiring; }
    QString statusText() const;
    /// Selects the 簿冊 with this id in whichever table lists it (tests).
    bool selectFile(qint64 fileId);

    /// The dialogs the buttons open (tests); each is made when first asked for.
    FilingClassEditor *openClassification();
    FileDocumentsDialog *openDocuments();
    RecordHoldsDialog *openHolds();
    FileReassignDialog *openReassign();
    /// Writes the 移管 packages of the selected 簿冊 into folder (what 移管パッケージ… does once
    /// the folder is chosen).
    void writeTransferPackages(const QString &folder);

signals:
    /// Each refresh finished (tests).
    void refreshed();

private:
    void loadFiles();
    QList<qint64> selectedFileIds() const;
    void run(const QString &what, std::function<QString(StoreWorker &)> job);
    void draftRequest(int action);
    void closeFile();
    void newYear();
    void placeHold();
    void transferPackage();
    void exportRegister(bool printable);
    template <typename Dialog>
    Dialog *showDialog(Dialog *dialog);
    void showYearCounts();

    StoreClient *m_client;
    DatabaseUrl m_url;
    RecordFileModel *m_files;
    RecordFileModel *m_expiring;
    QComboBox *m_unit;
    QComboBox *m_year;
    QTableView *m_fileView;
    QTableView *m_expiringView;
    QLabel *m_counts;
    QLabel *m_status;
    QLineEdit *m_reason;
    QSpinBox *m_extendYears;
    QCheckBox *m_zip;
    QList<QPushButton *> m_actions;
};

} // namespace kessai::gui
