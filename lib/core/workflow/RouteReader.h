// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workflow/RouteStep.h"

#include <QList>

namespace kessai {

class StoreConnection;

/// A document's route (経路) as people read it: every step in 回議 order with names, titles,
/// units, what was done and the attachments edited at each step. Reading only; the workflow's
/// changes go through WorkflowStore.
class RouteReader
{
public:
    explicit RouteReader(StoreConnection &connection);

    QList<RouteStep> route(qint64 documentId);

private:
    StoreConnection &m_connection;
};

} // namespace kessai
