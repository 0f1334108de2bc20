// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workflow/RouteTemplate.h"

#include <QCoreApplication>
#include <QList>

namespace kessai {

class Session;
class StoreConnection;

/// The session user's own route templates (経路テンプレート).
class RouteTemplateStore
{
    Q_DECLARE_TR_FUNCTIONS(RouteTemplateStore)

public:
    explicit RouteTemplateStore(StoreConnection &connection);

    QList<RouteTemplate> list(const Session &session);
    /// Saves under name, replacing the user's template of that name. Returns its id.
    qint64 save(const Session &session, const QString &name, const RoutePlan &plan);
    void remove(const Session &session, qint64 templateId);

private:
    StoreConnection &m_connection;
};

} // namespace kessai
