// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace kessai {

class Session;

/// What a drafter sees before and after 提出: the route it will take (the one set, or the
/// 既定経路 that 提出 fills in), the checks (決裁区分, 簿冊, route) with what would refuse it; and
/// afterwards the 文書番号 given and who has it now.
class SubmissionCheck
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionCheck)

public:
    struct Preview
    {
        QString title;
        QString decisionLevel; ///< empty: not chosen
        QString file;          ///< 簿冊; empty: not chosen
        QStringList route;     ///< one line per step: 「1 審査 係長 佐藤 由美」
        bool defaultRoute = false; ///< no route was set: 提出 takes the 既定経路 shown
        QStringList problems;  ///< what 提出 would refuse now (empty: ready)
        int rowVersion = 0;
    };
    struct Outcome
    {
        QString numberLabel;
        QStringList next; ///< who has it now: 「係長 佐藤 由美」
    };

    /// Tries 提出's route and checks in a transaction that is rolled back: nothing changes.
    static Preview preview(const Session &session, qint64 documentId);
    /// After 提出: the number and the steps now due.
    static Outcome outcome(const Session &session, qint64 documentId);
    /// The message after 提出: 「提出しました。文書番号 総務第12号。次は 係長 佐藤 由美 です。」
    static QString message(const Outcome &outcome);
};

} // namespace kessai
