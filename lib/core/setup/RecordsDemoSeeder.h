// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>

namespace kessai {

class Session;

/// Demo records (文書管理) for DemoSeeder's organization: a 文書分類表 for every 課, the
/// 簿冊 of the last eight fiscal years (closed, with a decided document each) and this
/// year's open ones, so that some 簿冊 have expired, some expire within the next fiscal year
/// and one is held (情報公開請求).
class RecordsDemoSeeder
{
    Q_DECLARE_TR_FUNCTIONS(RecordsDemoSeeder)

public:
    explicit RecordsDemoSeeder(Session &session);
    /// In the caller's transaction (DemoSeeder's).
    void seed(const QDateTime &now);

private:
    Session &m_session;
};

} // namespace kessai
