// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/desk/OfficeListStore.h"

#include <QDialog>
#include <QList>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace kessai::gui {

class StoreClient;
class StoreWorker;

/// The office's lists of the desk (administrators): 文書の種類 (decision kinds) and 紙決裁の理由
/// (paper reasons). An entry is added, renamed, retired (no longer offered; the documents that
/// carry it keep it) or restored — never deleted. Reads and changes go through the store thread
/// (OfficeListStore), each change audited; the store refuses anyone else.
class OfficeListsDialog : public QDialog
{
    Q_OBJECT

public:
    OfficeListsDialog(StoreClient *client, QWidget *parent = nullptr);

    OfficeListStore::List list() const;
    QList<OfficeListStore::Entry> entries() const { return m_entries; }

signals:
    void loaded();
    void changed();
    void failed(const QString &message);

private:
    void reload();
    void entryChosen();
    void run(std::function<void(StoreWorker &)> change);

    StoreClient *m_client;
    QComboBox *m_list = nullptr;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QCheckBox *m_needsText = nullptr;
    QPushButton *m_retire = nullptr;
    QLabel *m_message = nullptr;
    QList<OfficeListStore::Entry> m_entries;
};

} // namespace kessai::gui
