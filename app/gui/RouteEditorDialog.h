// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/org/User.h"
#include "core/workflow/RoutePlan.h"
#include "core/workflow/RouteTemplate.h"

#include <QDialog>

class QComboBox;
class QTableWidget;

namespace kessai::gui {

class StoreClient;

/// 経路の編集 before 提出: one row per step — stage, kind (回議・合議・決裁・供覧・後閲), who, and
/// what happens when they are away. Rows with the same stage number act in parallel (合議).
/// Starts from the route the draft has (or the default one from the 専決規程); the drafter
/// adds, removes and reorders steps, and can keep the route as a personal template.
class RouteEditorDialog : public QDialog
{
    Q_OBJECT

public:
    RouteEditorDialog(StoreClient *client, qint64 documentId, QWidget *parent = nullptr);

    void load();
    RoutePlan plan() const;
    void setPlan(const RoutePlan &plan);
    QTableWidget *table() const { return m_table; }

signals:
    void loaded();
    void saved();

private:
    void addRow(int stage, const RoutePlan::Step &step);
    void moveRow(int delta);
    void joinPreviousStage();
    void renumber();
    void save();
    void saveTemplate();

    StoreClient *m_client;
    qint64 m_documentId;
    QList<User> m_users;
    QList<RouteTemplate> m_templates;
    QTableWidget *m_table = nullptr;
    QComboBox *m_templateBox = nullptr;
    RoutePlan m_default;
};

} // namespace kessai::gui
