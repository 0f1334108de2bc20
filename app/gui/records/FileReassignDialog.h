// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kessai::gui {

class StoreClient;

/// 組織改編 (RecordsWindow → 後継の課へ引継ぎ…): the selected 簿冊 of a 課, or all of them, go to
/// the successor 課 with the reason, recorded in each 簿冊's history (FileRegister::reassign).
class FileReassignDialog : public QDialog
{
    Q_OBJECT

public:
    /// fileIds empty: every 簿冊 of the 課.
    FileReassignDialog(StoreClient *client, qint64 fromUnitId, const QString &fromName, const QList<qint64> &fileIds,
                       QWidget *parent = nullptr);

    /// Reads the 課 a 簿冊 may go to.
    void refresh();
    /// For tests: the 課 offered, the status line, the step a user takes.
    QStringList successors() const;
    QString statusText() const;
    void reassign(qint64 toUnitId, const QString &reason);

signals:
    void refreshed();
    /// The 簿冊 moved.
    void changed();

private:
    StoreClient *m_client;
    qint64 m_fromUnitId;
    QList<qint64> m_fileIds;
    QComboBox *m_to;
    QLineEdit *m_reason;
    QLabel *m_status;
    QPushButton *m_ok;
};

} // namespace kessai::gui
