// SPDX-License-Identifier: GPL-3.0-or-later
// Linkage with other business systems, through the real kessai-cli on both backends: a test
// plays the 財務会計 system — it drops a request package (a zip), reads the event feed until
// the 決裁, and takes the 文書番号 and 決裁日 from it and from the outcome file in its outbox;
// on PostgreSQL the channel kessai_event wakes it. Every bad package is refused with the field
// named and nothing created. Also receive add|list, and a hot-folder pick-up killed midway.
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
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDriver>
#include <QTemporaryDir>
#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestCliLinkage)
#include "tst_cli_linkage.moc"
