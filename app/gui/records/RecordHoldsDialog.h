// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/RecordHolds.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace kessai::gui {

class StoreClient;

/// The holds in force (訴訟・情報公開請求対応; RecordsWindow → 保全の一覧…): on which 簿冊 or
/// document, why, who placed it when; a 文書管理者 lifts one with the reason (it stays on record:
/// RecordHolds). On the store thread.
class RecordHoldsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RecordHoldsDialog(StoreClient *client, QWidget *parent = nullptr);

    void refresh();
    /// For tests.
    QList<RecordHolds::Hold> holds() const { return m_holds; }
    QString statusText() const;
    bool selectHold(qint64 holdId);
    void liftSelected(const QString &reason);

signals:
    void refreshed();
    void changed();

private:
    StoreClient *m_client;
    QList<RecordHolds::Hold> m_holds;
    QTreeWidget *m_list;
    QLineEdit *m_reason;
    QLabel *m_status;
    QPushButton *m_lift;
};

} // namespace kessai::gui
