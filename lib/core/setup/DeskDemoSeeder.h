// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>

namespace kessai {

class Session;

/// Demo data for the administrator's desk: a year of decisions in every 課, electronic and on
/// paper (registered like real ones, with their reasons), the electronic share rising month by
/// month at a different pace per 課, so that the trend chart has a shape and some units stay far
/// below the target. Called by DemoSeeder inside its transaction, after the documents.
class DeskDemoSeeder
{
    Q_DECLARE_TR_FUNCTIONS(DeskDemoSeeder)

public:
    explicit DeskDemoSeeder(Session &session);

    void seed(const QDateTime &now);

private:
    Session &m_session;
};

} // namespace kessai
