// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>

namespace kessai {

class Session;

/// Fills a new organization with a small prefecture to try Kessai on: 3 部, 6 課 with 係,
/// about 20 staff from 係員 to 部長, 簿冊, and documents in every state. The session's own
/// user joins 総務課 as 主査 so that every inbox folder has something in it.
class DemoSeeder
{
    Q_DECLARE_TR_FUNCTIONS(DemoSeeder)

public:
    explicit DemoSeeder(Session &session);

    /// One transaction: everything or nothing. Refused unless the session is an admin and
    /// the organization has no units yet.
    void seed(const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    Session &m_session;
};

} // namespace kessai
