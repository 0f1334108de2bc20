// SPDX-License-Identifier: GPL-3.0-or-later
// Linkage with other business systems, through the real kessai-cli on both backends: a test
// plays the 財務会計 system — it drops a request package (a zip), reads the event feed until
// the 決裁, and takes the 文書番号 and 決裁日 from it and from the outcome file in its outbox;
// on PostgreSQL the channel kessai_event wakes it. Every bad package is refused with the field
// named and nothing created. Also receive add|list, a hot-folder pick-up killed midway, two
// watchers of one hot folder (each scan registered once, a growing file left alone, nothing lost
// when one is killed), events --follow (LISTEN on PostgreSQL: an event within a short bound
// with the polling interval at an hour), and circulate --close (供覧の打切り).
#include "core/documents/AttachmentStore.h"
#include "core/org/Session.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "tests/cli/CliRunner.h"
#include "tests/correspondence/ZipFixture.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/WorkflowOrg.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDriver>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace kessai;
using namespace kessai::test;
using namespace Qt::Literals::StringLiterals;

class TestCliLinkage : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<StoreConnection> m_admin;
    WorkflowOrg m_org;
    QTemporaryDir m_dir;

    CliResult cli(const QStringList &arguments)
    {
        CliOptions options;
        options.database = m_db->url().toString();
        return runCli(QStringList{u"--lang"_s, u"en"_s} + arguments, options);
    }
    CliResult as(const QString &login, const QStringList &arguments)
    {
        return cli(QStringList{u"--as"_s, login} + arguments);
    }
    qint64 count(const QString &table) { return rowCount(*m_admin, table); }

    /// The request a 財務会計 system sends: a payment of 伝票 FA-…, decided by the 課長.
    QJsonObject request(const QString &reference, const QString &outbox) const
    {
        return {{u"schema_version"_s, 1},
                {u"drafter"_s, u"ito_t"_s},
                {u"unit"_s, u"総務"_s},
                {u"title"_s, u"支出負担行為について（%1）"_s.arg(reference)},
                {u"body"_s, u"標記について、下記のとおり支出してよろしいか伺います。"_s},
                {u"level"_s, u"division_head"_s},
                {u"route"_s, QJsonArray{QJsonObject{{u"steps"_s, QJsonArray{QJsonObject{{u"kind"_s, u"review"_s},
                                                                                      {u"login"_s, u"sato_y"_s}}}}},
                                        QJsonObject{{u"steps"_s, QJsonArray{QJsonObject{{u"kind"_s, u"decide"_s},
                                                                                      {u"login"_s, u"suzuki_h"_s}}}}}}},
                {u"file"_s, u"総務課 例規・通知"_s},
                {u"attachments"_s, QJsonArray{u"伝票.csv"_s, u"見積/見積書.txt"_s}},
                {u"external_reference"_s, reference},
                {u"outbox"_s, outbox},
                {u"submit"_s, true}};
    }
    static QList<ZipFixture::Entry> packageEntries(const QJsonObject &request)
    {
        return {{u"request.json"_s, QJsonDocument(request).toJson(), -1},
                {u"伝票.csv"_s, "伝票番号,金額\nFA-1,120000\n", -1},
                {u"見積/見積書.txt"_s, "見積書 一式\n", -1}};
    }
    QString zipOf(const QString &name, const QList<ZipFixture::Entry> &entries)
    {
        const QString path = m_dir.filePath(name);
        if (!ZipFixture::write(path, entries))
            return {};
        return path;
    }
    /// The feed after since, as the other system reads it.
    QList<QJsonObject> events(qint64 since)
    {
        const CliResult ran = cli({u"events"_s, u"--since"_s, QString::number(since), u"--json"_s});
        if (ran.exitCode != 0)
            qWarning("%s", qPrintable(ran.describe()));
        QList<QJsonObject> list;
        for (const QString &line : ran.lines())
            list.append(QJsonDocument::fromJson(line.toUtf8()).object());
        return list;
    }

    /// receive hot-folder --register over folder, as ito_t, as its own process.
    QStringList hotFolderArguments(const QString &folder, const QString &settle) const
    {
        return {u"--database"_s, m_db->url().toString(), u"--lang"_s, u"en"_s, u"--as"_s, u"ito_t"_s,
                u"receive"_s, u"hot-folder"_s, folder, u"--register"_s, u"--sender"_s, u"複合機"_s,
                u"--settle"_s, settle, u"--json"_s};
    }
    /// How many receipts each of these hot-folder files made.
    QMap<QString, int> receiptsPerFile(const QString &prefix)
    {
        SqlQuery q(*m_admin, u"SELECT source_file, count(*) FROM receipts WHERE source_file LIKE ? "
                             "GROUP BY source_file"_s);
        q.bind(QString(prefix + u'%')).exec();
        QMap<QString, int> counts;
        while (q.next())
            counts.insert(q.text(0), q.value(1).toInt());
        return counts;
    }
    qint64 lastEventId()
    {
        return SqlQuery(*m_admin, u"SELECT COALESCE(max(id), 0) FROM audit_events"_s).scalar().toLongLong();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        KESSAI_TRY(m_db = std::make_unique<TestDatabase>());
        KESSAI_TRY(m_admin = std::make_unique<StoreConnection>(m_db->url()));
        KESSAI_TRY(m_org.setUp(*m_admin));
    }

    void cleanupTestCase()
    {
        m_admin.reset();
        m_db.reset();
    }

    void aFinancialSystemGetsItsDecision()
    {
        const QString outbox = m_dir.filePath(u"outbox"_s);
        QVERIFY(QDir().mkpath(outbox));
        const qint64 start = events(0).isEmpty() ? 0 : events(0).last().value(u"id"_s).toInteger();

        // On PostgreSQL the system listens on kessai_event instead of polling blindly.
        QStringList notified;
        std::unique_ptr<StoreConnection> listener;
        if (TestDatabase::isPostgreSQL()) {
            listener = std::make_unique<StoreConnection>(m_db->url());
            QSqlDriver *driver = listener->database().driver();
            QVERIFY(driver->subscribeToNotification(u"kessai_event"_s));
            connect(driver, &QSqlDriver::notification, this,
                    [&notified](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                        notified.append(payload.toString());
                    });
        }

        // 1. It drops its package (a zip) and asks Kessai to submit it.
        const QString zip = zipOf(u"FA-2026-000123.zip"_s, packageEntries(request(u"FA-2026-000123"_s, outbox)));
        QVERIFY(!zip.isEmpty());
        const CliResult submitted = cli({u"request"_s, u"submit"_s, zip, u"--json"_s});
        RUN_OK(submitted);
        const QJsonObject answer = submitted.json().object();
        const qint64 doc = answer.value(u"id"_s).toInteger();
        QVERIFY(doc > 0);
        QCOMPARE(answer.value(u"status"_s).toString(), u"in_review"_s);
        QVERIFY(answer.value(u"number"_s).toString().startsWith(u"総務第"_s));
        QCOMPARE(answer.value(u"external_reference"_s).toString(), u"FA-2026-000123"_s);
        // The attachments in the package's order, byte for byte.
        const QList<AttachmentRecord> attached = AttachmentStore(*m_admin).list(doc);
        QCOMPARE(attached.size(), 2);
        QCOMPARE(attached.at(0).displayName, u"伝票.csv"_s);
        QCOMPARE(attached.at(1).displayName, u"見積書.txt"_s);

        // 2. The route acts: 係長 approves, 課長 decides.
        RUN_OK(as(u"sato_y"_s, {u"approve"_s, QString::number(doc)}));
        RUN_OK(as(u"suzuki_h"_s, {u"decide"_s, QString::number(doc)}));

        // 3. It reads the feed from where it was: contiguous ids, its reference on its document's
        //    events, and the 決裁 with the 文書番号 and the 決裁日.
        const QList<QJsonObject> feed = events(start);
        QVERIFY(!feed.isEmpty());
        qint64 expected = start;
        QJsonObject decided;
        for (const QJsonObject &event : feed) {
            QCOMPARE(event.value(u"id"_s).toInteger(), ++expected);
            const QJsonObject document = event.value(u"document"_s).toObject();
            if (document.value(u"id"_s).toInteger() == doc)
                QCOMPARE(document.value(u"external_reference"_s).toString(), u"FA-2026-000123"_s);
            if (event.value(u"action"_s).toString() == u"workflow.decide"_s && event.value(u"entity_id"_s).toInteger() == doc)
                decided = document;
        }
        QVERIFY2(!decided.isEmpty(), "no workflow.decide event in the feed");
        QCOMPARE(decided.value(u"status"_s).toString(), u"decided"_s);
        QCOMPARE(decided.value(u"number"_s).toString(), answer.value(u"number"_s).toString());
        QCOMPARE(decided.value(u"decided_on"_s).toString(), QDate::currentDate().toString(Qt::ISODate));
        // Nothing after the last one yet.
        QVERIFY(events(expected).isEmpty());
        if (listener) {
            // One notification per event, ids only.
            QTRY_VERIFY(notified.size() >= int(feed.size()));
            QVERIFY(notified.last().contains(u"\"id\":%1"_s.arg(expected)));
            QVERIFY(!notified.join(u' ').contains(u"支出"_s));
        }

        // 4. The outcome file in its outbox, once.
        RUN_OK(cli({u"request"_s, u"outcomes"_s}));
        QFile outcome(QDir(outbox).filePath(u"FA-2026-000123.decided.json"_s));
        QVERIFY(outcome.open(QIODevice::ReadOnly));
        const QJsonObject written = QJsonDocument::fromJson(outcome.readAll()).object();
        QCOMPARE(written.value(u"number"_s).toString(), answer.value(u"number"_s).toString());
        QCOMPARE(written.value(u"status"_s).toString(), u"decided"_s);
        QVERIFY(written.value(u"decided_at"_s).toString().startsWith(QDate::currentDate().toString(Qt::ISODate).left(4)));
        const CliResult again = cli({u"request"_s, u"outcomes"_s, u"--json"_s});
        RUN_OK(again);
        QCOMPARE(again.json().array().size(), 0);

        // 5. At 施行 the outcome carries where it went, how, and the 施行文書 as decided.
        RUN_OK(as(u"ito_t"_s, {u"enforce"_s, QString::number(doc), u"--to"_s, u"財務会計システム"_s, u"--method"_s,
                               u"system"_s, u"--no-seal"_s, u"--document"_s, u"伝票.csv"_s}));
        RUN_OK(cli({u"request"_s, u"outcomes"_s}));
        QFile enforced(QDir(outbox).filePath(u"FA-2026-000123.enforced.json"_s));
        QVERIFY(enforced.open(QIODevice::ReadOnly));
        const QJsonObject sent = QJsonDocument::fromJson(enforced.readAll()).object();
        QCOMPARE(sent.value(u"status"_s).toString(), u"enforced"_s);
        const QJsonObject enforcement = sent.value(u"enforcement"_s).toObject();
        QCOMPARE(enforcement.value(u"method"_s).toString(), u"system"_s);
        QCOMPARE(enforcement.value(u"seal"_s).toString(), u"omitted"_s);
        QCOMPARE(enforcement.value(u"destinations"_s).toArray().first().toString(), u"財務会計システム"_s);
        QCOMPARE(enforcement.value(u"enforced_on"_s).toString(), QDate::currentDate().toString(Qt::ISODate));
        QCOMPARE(enforcement.value(u"issued_attachment"_s).toObject().value(u"sha256"_s).toString(),
                 attached.at(0).sha256);
    }

    void aFolderPackageMakesADraft()
    {
        const QString folder = m_dir.filePath(u"folder-package"_s);
        QVERIFY(QDir().mkpath(folder + u"/見積"_s));
        QJsonObject r = request(u"FA-2026-000200"_s, QString());
        r.remove(u"outbox"_s);
        r.remove(u"route"_s);
        r.insert(u"submit"_s, false);
        for (const ZipFixture::Entry &e : packageEntries(r))
            QVERIFY(writeFile(QDir(folder).filePath(e.name), e.data));
        const CliResult ran = cli({u"request"_s, u"submit"_s, folder, u"--json"_s});
        RUN_OK(ran);
        QCOMPARE(ran.json().object().value(u"status"_s).toString(), u"draft"_s);
        QVERIFY(ran.json().object().value(u"number"_s).isNull());
    }

    void badPackagesAreRefusedAndNothingIsCreated_data()
    {
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("named");
        QTest::newRow("unknown drafter") << u"drafter"_s << u"drafter: \"nobody\""_s;
        QTest::newRow("route breaking the 専決規程") << u"route"_s << u"route:"_s;
        QTest::newRow("missing attachment") << u"attachment"_s << u"attachments[1]"_s;
        QTest::newRow("schema from the future") << u"version"_s << u"schema_version: 2"_s;
        QTest::newRow("zip with ../") << u"dotdot"_s << u"../"_s;
        QTest::newRow("zip declaring 10 GB") << u"huge"_s << u"declares 10737418240 bytes"_s;
        QTest::newRow("unknown unit") << u"unit"_s << u"unit: no unit"_s;
        QTest::newRow("unknown field") << u"field"_s << u"unknown field \"amount\""_s;
        QTest::newRow("no external reference") << u"reference"_s << u"external_reference: required"_s;
    }

    void badPackagesAreRefusedAndNothingIsCreated()
    {
        QFETCH(QString, problem);
        QFETCH(QString, named);
        QJsonObject r = request(u"FA-BAD-"_s + problem, QString());
        r.remove(u"outbox"_s);
        QList<ZipFixture::Entry> entries = packageEntries(r);
        auto setRequest = [&entries](const QJsonObject &changed) {
            entries[0].data = QJsonDocument(changed).toJson();
        };
        if (problem == u"drafter"_s) {
            r.insert(u"drafter"_s, u"nobody"_s);
        } else if (problem == u"route"_s) {
            // 係長 deciding what the 課長 must decide (課長専決).
            r.insert(u"route"_s, QJsonArray{QJsonObject{
                                     {u"steps"_s, QJsonArray{QJsonObject{{u"kind"_s, u"decide"_s}, {u"login"_s, u"sato_y"_s}}}}}});
        } else if (problem == u"attachment"_s) {
            entries.removeLast();
        } else if (problem == u"version"_s) {
            r.insert(u"schema_version"_s, 2);
        } else if (problem == u"dotdot"_s) {
            entries.append({u"../escape.txt"_s, "outside", -1});
        } else if (problem == u"huge"_s) {
            entries.append({u"big.bin"_s, "tiny", 10LL * 1024 * 1024 * 1024});
        } else if (problem == u"unit"_s) {
            r.insert(u"unit"_s, u"存在しない課"_s);
        } else if (problem == u"field"_s) {
            r.insert(u"amount"_s, 120000);
        } else if (problem == u"reference"_s) {
            r.remove(u"external_reference"_s);
        }
        setRequest(r);
        const QString zip = zipOf(u"bad-%1.zip"_s.arg(problem), entries);
        QVERIFY(!zip.isEmpty());
        const qint64 documents = count(u"documents"_s);
        const qint64 requests = count(u"document_requests"_s);
        const qint64 blobs = count(u"blobs"_s);
        const qint64 audit = count(u"audit_events"_s);
        const CliResult ran = cli({u"request"_s, u"submit"_s, zip});
        RUN_FAILS(ran, 2);
        QVERIFY2(ran.err.contains(named), qPrintable(ran.describe()));
        QVERIFY(isOneErrorLine(ran.err));
        QCOMPARE(count(u"documents"_s), documents);
        QCOMPARE(count(u"document_requests"_s), requests);
        QCOMPARE(count(u"blobs"_s), blobs);
        QCOMPARE(count(u"audit_events"_s), audit);
        QVERIFY(!QFile::exists(m_dir.filePath(u"escape.txt"_s)));
    }

    void receiveAddAndList()
    {
        const QString scan = m_dir.filePath(u"照会文書.pdf"_s);
        QVERIFY(writeFile(scan, "%PDF-1.4 照会\n"));
        const CliResult added = as(u"ito_t"_s, {u"receive"_s, u"add"_s, u"--title"_s, u"照会について"_s, u"--sender"_s,
                                                u"北海道総務部"_s, u"--unit"_s, u"総務"_s, u"--channel"_s, u"email"_s,
                                                u"--handling"_s, u"draft"_s, u"--source-number"_s, u"総第1号"_s,
                                                scan, u"--json"_s});
        RUN_OK(added);
        const QJsonObject receipt = added.json().object();
        QVERIFY(receipt.value(u"number"_s).toString().startsWith(u"総務収第"_s));
        QCOMPARE(receipt.value(u"attachments"_s).toInt(), 1);
        QCOMPARE(receipt.value(u"channel"_s).toString(), u"email"_s);
        const CliResult listed = as(u"ito_t"_s, {u"receive"_s, u"list"_s, u"--unit"_s, u"総務"_s, u"--json"_s});
        RUN_OK(listed);
        QCOMPARE(listed.json().array().first().toObject().value(u"number"_s), receipt.value(u"number"_s));
        // 起案 from it, linked both ways.
        const CliResult answered = as(u"sato_y"_s, {u"receive"_s, u"answer"_s,
                                                    QString::number(receipt.value(u"id"_s).toInteger()), u"--json"_s});
        RUN_OK(answered);
        const qint64 draft = answered.json().object().value(u"id"_s).toInteger();
        const CliResult relisted = as(u"ito_t"_s, {u"receive"_s, u"list"_s, u"--unit"_s, u"総務"_s, u"--json"_s});
        QCOMPARE(relisted.json().array().first().toObject().value(u"answers"_s).toArray(), QJsonArray{draft});
        // A wrong code and a missing file are refused before anything is registered.
        const qint64 receipts = count(u"receipts"_s);
        RUN_FAILS(as(u"ito_t"_s, {u"receive"_s, u"add"_s, u"--title"_s, u"x"_s, u"--sender"_s, u"y"_s, u"--channel"_s,
                                  u"pigeon"_s}),
                  1);
        const CliResult missing = as(u"ito_t"_s, {u"receive"_s, u"add"_s, u"--title"_s, u"x"_s, u"--sender"_s, u"y"_s,
                                                  m_dir.filePath(u"no-such.pdf"_s)});
        RUN_FAILS(missing, 2);
        QVERIFY(missing.err.contains(u"no-such.pdf"_s));
        QCOMPARE(count(u"receipts"_s), receipts);
    }

    void aHotFolderPickUpKilledMidwayLosesNothing()
    {
        const QString folder = m_dir.filePath(u"hot"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString scan = QDir(folder).filePath(u"scan0100.pdf"_s);
        QVERIFY(writeFile(scan, randomBytes(48LL * 1024 * 1024, 16)));
        const qint64 receipts = count(u"receipts"_s);
        const QStringList arguments{u"--database"_s, m_db->url().toString(), u"--as"_s, u"ito_t"_s, u"receive"_s,
                                    u"hot-folder"_s, folder, u"--register"_s, u"--sender"_s, u"複合機"_s,
                                    u"--settle"_s, u"0"_s};
        QProcess process;
        process.start(QStringLiteral(KESSAI_CLI_PATH), arguments);
        QVERIFY(process.waitForStarted());
        // Killed while the scan is being streamed into the store.
        QTRY_VERIFY_WITH_TIMEOUT(count(u"blobs"_s) > 0 && SqlQuery(*m_admin, u"SELECT count(*) FROM blobs WHERE "
                                                                            "staged_at IS NOT NULL"_s)
                                                                 .scalar()
                                                                 .toInt() > 0,
                                 60000);
        process.kill();
        QVERIFY(process.waitForFinished());
        QCOMPARE(count(u"receipts"_s), receipts);
        QVERIFY(QFile::exists(scan));
        // Run again: registered once, and only then gone from the folder.
        CliOptions options;
        const CliResult done = runCli(arguments.mid(0) + QStringList{u"--json"_s}, options);
        RUN_OK(done);
        const QJsonObject row = done.json().array().first().toObject();
        QCOMPARE(row.value(u"state"_s).toString(), u"registered"_s);
        QCOMPARE(row.value(u"removed"_s).toBool(), true);
        QCOMPARE(count(u"receipts"_s), receipts + 1);
        QVERIFY(!QFile::exists(scan));
    }
    void twoWatchersOfOneHotFolderRegisterEachScanOnce()
    {
        const QString folder = m_dir.filePath(u"hot-shared"_s);
        QVERIFY(QDir().mkpath(folder));
        const int scans = 8;
        for (int i = 1; i <= scans; ++i)
            QVERIFY(writeFile(QDir(folder).filePath(u"shared%1.pdf"_s.arg(i, 2, 10, QLatin1Char('0'))),
                              randomBytes(64 * 1024, 100 + quint32(i))));
        // The scanner is still writing this one all along: neither watcher takes it.
        const QString growing = QDir(folder).filePath(u"shared-growing.pdf"_s);
        QVERIFY(writeFile(growing, "%PDF-1.4\n"));
        QTimer grow;
        connect(&grow, &QTimer::timeout, this, [&growing] {
            QFile file(growing);
            if (file.open(QIODevice::Append))
                file.write(QByteArray(512, 'x'));
        });
        grow.start(50);
        const qint64 receipts = count(u"receipts"_s);
        QProcess first;
        QProcess second;
        first.start(QStringLiteral(KESSAI_CLI_PATH), hotFolderArguments(folder, u"600"_s));
        second.start(QStringLiteral(KESSAI_CLI_PATH), hotFolderArguments(folder, u"600"_s));
        QVERIFY(first.waitForStarted());
        QVERIFY(second.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(first.state() == QProcess::NotRunning && second.state() == QProcess::NotRunning,
                                 120000);
        grow.stop();
        const QByteArray firstOut = first.readAllStandardOutput();
        const QByteArray secondOut = second.readAllStandardOutput();
        QVERIFY2(first.exitCode() == 0, first.readAllStandardError().constData());
        QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());
        // Each scan once in the store, whoever took it; the other watcher found it registered.
        QCOMPARE(count(u"receipts"_s), receipts + scans);
        const QMap<QString, int> perFile = receiptsPerFile(u"shared"_s);
        QCOMPARE(perFile.size(), scans);
        for (auto it = perFile.cbegin(); it != perFile.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(u"%1 registered %2 times"_s.arg(it.key()).arg(it.value())));
        int newlyRegistered = 0;
        for (const QByteArray &out : {firstOut, secondOut}) {
            for (const QJsonValue &value : QJsonDocument::fromJson(out).array()) {
                const QJsonObject row = value.toObject();
                if (row.value(u"file"_s).toString() == u"shared-growing.pdf"_s)
                    QCOMPARE(row.value(u"state"_s).toString(), u"waiting"_s);
                else if (row.value(u"state"_s).toString() == u"registered"_s && !row.value(u"registered_before"_s).toBool())
                    ++newlyRegistered;
                QVERIFY2(row.value(u"state"_s).toString() != u"failed"_s, out.constData());
            }
        }
        QCOMPARE(newlyRegistered, scans);
        // Only the file still being written is left in the folder.
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{u"shared-growing.pdf"_s});
    }

    void aWatcherKilledMidwayLeavesTheRestToTheOther()
    {
        const QString folder = m_dir.filePath(u"hot-killed"_s);
        QVERIFY(QDir().mkpath(folder));
        const int scans = 6;
        for (int i = 1; i <= scans; ++i)
            QVERIFY(writeFile(QDir(folder).filePath(u"killed%1.pdf"_s.arg(i)), randomBytes(2LL * 1024 * 1024, 200 + quint32(i))));
        const qint64 receipts = count(u"receipts"_s);
        QProcess doomed;
        QProcess survivor;
        doomed.start(QStringLiteral(KESSAI_CLI_PATH), hotFolderArguments(folder, u"0"_s));
        QVERIFY(doomed.waitForStarted());
        // Killed once it has registered something, in the middle of the folder.
        QTRY_VERIFY_WITH_TIMEOUT(count(u"receipts"_s) > receipts || doomed.state() == QProcess::NotRunning, 60000);
        doomed.kill();
        QVERIFY(doomed.waitForFinished());
        survivor.start(QStringLiteral(KESSAI_CLI_PATH), hotFolderArguments(folder, u"0"_s));
        QVERIFY(survivor.waitForStarted());
        QVERIFY(survivor.waitForFinished(120000));
        QVERIFY2(survivor.exitCode() == 0, survivor.readAllStandardError().constData());
        // Every scan registered exactly once, and the folder empty.
        QCOMPARE(count(u"receipts"_s), receipts + scans);
        const QMap<QString, int> perFile = receiptsPerFile(u"killed"_s);
        QCOMPARE(perFile.size(), scans);
        for (int n : perFile)
            QCOMPARE(n, 1);
        QVERIFY(QDir(folder).entryList(QDir::Files).isEmpty());
    }

    void aFollowerSeesEventsAsTheyComeWithoutPolling()
    {
        const qint64 start = lastEventId();
        // On PostgreSQL it listens: with the polling interval at an hour, only a notification can
        // bring the events within the bound below. On SQLite it looks every 100 ms.
        const bool listens = TestDatabase::isPostgreSQL();
        QProcess follower;
        QByteArray output;
        connect(&follower, &QProcess::readyReadStandardOutput, this,
                [&] { output += follower.readAllStandardOutput(); });
        follower.start(QStringLiteral(KESSAI_CLI_PATH),
                       {u"--database"_s, m_db->url().toString(), u"events"_s, u"--since"_s, QString::number(start),
                        u"--follow"_s, u"--json"_s, u"--interval"_s, listens ? u"3600000"_s : u"100"_s});
        QVERIFY(follower.waitForStarted());
        auto ids = [&output] {
            QList<qint64> list;
            for (const QByteArray &line : output.split('\n')) {
                if (!line.trimmed().isEmpty())
                    list.append(QJsonDocument::fromJson(line).object().value(u"id"_s).toInteger());
            }
            return list;
        };
        // Something happens: a draft is made (its events), then another while it is following.
        Session ito(*m_admin, u"ito_t"_s);
        KESSAI_TRY(m_org.draft(ito, u"追いかける起案（1）"_s));
        const qint64 firstBatch = lastEventId();
        QTRY_VERIFY_WITH_TIMEOUT(!ids().isEmpty() && ids().last() >= firstBatch, 5000);
        KESSAI_TRY(m_org.draft(ito, u"追いかける起案（2）"_s));
        const qint64 secondBatch = lastEventId();
        QElapsedTimer waited;
        waited.start();
        QTRY_VERIFY_WITH_TIMEOUT(ids().last() >= secondBatch, 5000);
        qInfo("the follower printed event %lld after %lld ms", secondBatch, waited.elapsed());
        follower.kill();
        QVERIFY(follower.waitForFinished());
        // Contiguous ids, from the one after --since, none twice.
        const QList<qint64> seen = ids();
        for (int i = 0; i < seen.size(); ++i)
            QCOMPARE(seen.at(i), start + 1 + i);
    }

    void circulateCloseEndsACirculationEarly()
    {
        const QString scan = m_dir.filePath(u"circulated.txt"_s);
        QVERIFY(writeFile(scan, "回覧します\n"));
        const CliResult added = as(u"ito_t"_s, {u"receive"_s, u"add"_s, u"--title"_s, u"打切りの通知"_s,
                                                u"--sender"_s, u"北海道"_s, scan, u"--json"_s});
        RUN_OK(added);
        const QString doc = QString::number(added.json().object().value(u"id"_s).toInteger());
        RUN_OK(as(u"ito_t"_s, {u"circulate"_s, doc, u"--to"_s, u"sato_y,takahashi_m"_s}));
        // Not for the registrar; a reason is needed; --to does not go with --close.
        RUN_FAILS(as(u"ito_t"_s, {u"circulate"_s, doc, u"--close"_s, u"--reason"_s, u"不要"_s}), 2);
        RUN_FAILS(as(u"kanri_s"_s, {u"circulate"_s, doc, u"--close"_s}), 1);
        RUN_FAILS(as(u"kanri_s"_s, {u"circulate"_s, doc, u"--close"_s, u"--reason"_s, u"x"_s, u"--to"_s, u"sato_y"_s}),
                  1);
        const CliResult closed =
            as(u"kanri_s"_s, {u"circulate"_s, doc, u"--close"_s, u"--reason"_s, u"回答不要のため"_s, u"--json"_s});
        RUN_OK(closed);
        QCOMPARE(closed.json().object().value(u"closed_early"_s).toBool(), true);
        QCOMPARE(SqlQuery(*m_admin, u"SELECT status FROM documents WHERE id = ?"_s).bind(doc.toLongLong()).scalar()
                     .toString(),
                 u"closed"_s);
        // sato_y can no longer confirm; the event feed has the 打切り with kanri_s and the reason.
        RUN_FAILS(as(u"sato_y"_s, {u"confirm"_s, doc}), 2);
        bool found = false;
        for (const QJsonObject &event : events(0)) {
            if (event.value(u"action"_s).toString() == u"workflow.close_early"_s &&
                event.value(u"entity_id"_s).toInteger() == doc.toLongLong()) {
                found = event.value(u"actor"_s).toString() == u"kanri_s"_s &&
                        event.value(u"details"_s).toObject().value(u"comment"_s).toString() == u"回答不要のため"_s;
            }
        }
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestCliLinkage)
#include "tst_cli_linkage.moc"
