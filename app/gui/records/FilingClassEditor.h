// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/FilingClass.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace kessai::gui {

class StoreClient;

/// The 文書分類表 of one 課 for its 文書管理者 (RecordsWindow → 分類表…): the tree (大・中・小・細分類)
/// with each leaf's default 保存期間 and 満了時の措置; add an entry (under the selected one, or a
/// 大分類), rename it and set its defaults, delete it while nothing uses it, import the office's
/// CSV (all or nothing; a bad line is named with its column). Everything goes through
/// FilingClassStore / FilingClassCsvImporter on the store thread; on PostgreSQL the server
/// refuses anyone but a 文書管理者 (schema 10 and 16).
class FilingClassEditor : public QDialog
{
    Q_OBJECT

public:
    FilingClassEditor(StoreClient *client, qint64 unitId, const QString &unitName, QWidget *parent = nullptr);

    void refresh();
    /// For tests: the entries shown, what the status line says, and the steps a user takes.
    QList<FilingClass> entries() const { return m_entries; }
    QString statusText() const;
    bool selectCode(const QString &code);
    void addEntry(const QString &code, const QString &name, std::optional<RetentionPeriod> retention,
                  std::optional<Disposition> disposition);
    void saveSelected(const QString &name, std::optional<RetentionPeriod> retention, std::optional<Disposition> disposition);
    void removeSelected();
    void importCsv(const QString &path);

signals:
    /// Each refresh finished (tests).
    void refreshed();

private:
    void showEntries();
    void showSelected();
    const FilingClass *selected() const;
    /// The selected entry, or nullptr after saying in the status line that one is needed.
    const FilingClass *selectedOrSay();
    std::optional<RetentionPeriod> chosenRetention() const;
    std::optional<Disposition> chosenDisposition() const;
    void run(const QString &what, std::function<QString(class StoreWorker &)> job);

    StoreClient *m_client;
    qint64 m_unitId;
    QList<FilingClass> m_entries;
    QTreeWidget *m_tree;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QComboBox *m_retention;
    QComboBox *m_disposition;
    QLabel *m_status;
    QList<QPushButton *> m_actions;
};

} // namespace kessai::gui
