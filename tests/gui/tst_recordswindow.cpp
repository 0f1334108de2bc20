// SPDX-License-Identifier: GPL-3.0-or-later
// 文書管理 (RecordsWindow) on demo data, both backends: the 課's 簿冊 by year with counts and
// status, the expiring list, a 伺い drafted from it, and the hold that blocks one.
#include "core/org/Session.h"
#include "core/records/RecordDisposal.h"
#include "core/setup/DemoSeeder.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "gui/StoreClient.h"
#include "gui/records/RecordFileModel.h"
#include "gui/records/RecordsWindow.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace kessai;
using namespace kessai::gui;

class TestRecordsWindow : public QObject
{
    Q_OBJECT

private slots:
    void demoRecordsAndARequest()
    {
        test::TestDatabase db;
        qint64 held = 0;
        {
            StoreConnection connection(db.url());
            KESSAI_TRY(test::setUpOrganization(connection));
            Session session(connection);
            KESSAI_TRY(DemoSeeder(session).seed());
            held = SqlQuery(connection, QStringLiteral("SELECT file_id FROM record_holds")).scalar().toLongLong();
        }
        QVERIFY(held > 0);
        StoreClient client;
        client.call<bool>(
            &client,
            [url = db.url()](StoreWorker &worker) {
                worker.open(url);
                worker.startSession({});
                return true;
            },
            [](bool) {});
        RecordsWindow window(&client, db.url());
        window.show();
        window.refresh();
        // The administrator works in 総務課: its 簿冊 of nine years, four a year (three this year
        // and DemoSeeder's), with documents in the past ones.
        QTRY_VERIFY(window.filesModel()->rowCount() >= 9 * 4);
        int withDocuments = 0;
        QSet<int> years;
        for (const RecordFile &f : window.filesModel()->files()) {
            years.insert(f.fiscalYear);
            withDocuments += f.documentCount > 0;
        }
        QCOMPARE(years.size(), 9);
        QVERIFY(withDocuments >= 8 * 4);
        // Some expire before the end of the next fiscal year; the held one among them.
        QTRY_VERIFY(window.expiringModel()->rowCount() > 0);
        for (const RecordFile &f : window.expiringModel()->files())
            QCOMPARE(f.lifecycle, FileLifecycle::ExpiringSoon);

        // A 廃棄 伺い for the held 簿冊 is refused, naming the hold.
        if (window.selectFile(held)) {
            window.findChild<QPushButton *>(QStringLiteral("recordsDestroy"))->click();
            QTRY_VERIFY2(window.statusText().contains(QStringLiteral("情報公開請求")), qPrintable(window.statusText()));
        }
        // One that is free and expired: the 伺い is drafted.
        qint64 free = 0;
        for (const RecordFile &f : window.expiringModel()->files()) {
            if (f.id != held && f.expiresOn < QDate::currentDate() && f.unitName == QStringLiteral("総務課")) {
                free = f.id;
                break;
            }
        }
        QVERIFY(free > 0);
        QVERIFY(window.selectFile(free));
        window.findChild<QPushButton *>(QStringLiteral("recordsDestroy"))->click();
        QTRY_VERIFY2(window.statusText().contains(QStringLiteral("drafted")), qPrintable(window.statusText()));
        StoreConnection check(db.url());
        QCOMPARE(SqlQuery(check, QStringLiteral("SELECT count(*) FROM disposal_request_files WHERE file_id = ?"))
                     .bind(free)
                     .scalar()
                     .toInt(),
                 1);
    }
};

QTEST_MAIN(TestRecordsWindow)
#include "tst_recordswindow.moc"
