// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/desk/RateExclusion.h"

#include <QDialog>
#include <QList>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace kessai::gui {

class StoreClient;
class StoreWorker;

/// 電子決裁率の設定 (administrators): the office's target rate and the rules that leave decisions
/// out of the rate (by 決裁区分, kind or 秘), each with the office's reason — the rules every
/// report states. Reads and changes go through the store thread (RateSettings,
/// DecisionStatistics::setTarget), each change audited; the store refuses anyone else.
class RateSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    RateSettingsDialog(StoreClient *client, QWidget *parent = nullptr);

    QList<RateExclusion> rules() const { return m_rules; }

signals:
    /// The settings were (re)read and are shown.
    void loaded();
    /// A change was stored (the desk refreshes its figures).
    void changed();
    void failed(const QString &message);

private:
    struct Snapshot;
    void reload();
    void saveTarget();
    void addRule();
    void removeRule();
    void run(std::function<void(StoreWorker &)> change);

    StoreClient *m_client;
    QDoubleSpinBox *m_target = nullptr;
    QTableWidget *m_table = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_kind = nullptr;
    QCheckBox *m_secret = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_message = nullptr;
    QList<RateExclusion> m_rules;
};

} // namespace kessai::gui
