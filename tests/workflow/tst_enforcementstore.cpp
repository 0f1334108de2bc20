// SPDX-License-Identifier: GPL-3.0-or-later
// 施行 in the store, on both backends (issue 16): refused before 決裁, for a 却下 document, twice,
// with a 施行日 before the 決裁日, with a 施行文書 whose content changed since the 決裁 (the file
// rewritten behind the store's back) and with bad input naming the field; nothing is written
// then. A 施行 by the rules records every field, adds a new 施行先 to the shared list, shows on
// the 鑑 (CoverSheetReader) and is one workflow.enforce audit event carrying the fields, which
// the event feed passes on.
#include "core/audit/AuditLog.h"
#include "core/documents/AttachmentStore.h"
#include "core/documents/DocumentStore.h"
#include "core/documents/EventFeed.h"
#include "core/documents/SenderList.h"
#include "core/org/Session.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/workflow/CoverSheetReader.h"
#include "core/workflow/EnforcementStore.h"
#include "core/workflow/WorkflowStore.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/WorkflowOrg.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <map>
#include <memory>

using namespace kessai;
using namespace Qt::Literals::StringLiterals;
using K = WorkflowActionKind;

class TestEnforcementStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<StoreConnection> m_connection;
    test::WorkflowOrg m_org;
    std::map<QString, std::unique_ptr<test::SessionAs>> m_people;

    Session &as(const char *login) { return m_people.at(QLatin1String(login))->session(); }
    void act(const char *login, qint64 doc, K kind, const QString &comment = {})
    {
        Session &session = as(login);
        WorkflowStore(session.connection()).act(session, doc, kind, comment);
    }
    /// A 課長専決 draft by ito_t with two attachments, submitted; decided unless told otherwise.
    qint64 document(const QString &title, bool decide = true)
    {
        Session &ito = as("ito_t");
        const qint64 doc = m_org.draft(ito, title);
        for (const auto &[name, text] : {std::pair{u"通知文.txt"_s, u"通知します。"_s}, std::pair{u"別紙.txt"_s, u"別紙"_s}}) {
            QByteArray bytes = (text + title).toUtf8();
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::ReadOnly);
            AttachmentStore(ito.connection()).add(ito, doc, buffer, {name, {}, u"text/plain"_s});
        }
        RoutePlan plan;
        plan.stages = {{RoutePlan::step(StepKind::Review, m_org.sato)}, {RoutePlan::step(StepKind::Decide, m_org.suzuki)}};
        WorkflowStore(ito.connection()).setRoute(ito, doc, plan);
        WorkflowStore(ito.connection()).submit(ito, doc);
        act("sato_y", doc, K::Approve);
        if (decide)
            act("suzuki_h", doc, K::Decide);
        return doc;
    }
    Enforcement input(qint64 doc) const
    {
        Enforcement e;
        e.documentId = doc;
        e.enforcedOn = QDate::currentDate();
        e.destinations = {{0, u"北海道総務部"_s}, {0, u"札幌市長"_s}};
        e.method = EnforcementMethod::Email;
        e.seal = OfficialSeal::Omitted;
        e.fairCopyCheckerId = m_org.sato;
        return e;
    }
    qint64 attachmentId(qint64 doc, int position)
    {
        return AttachmentStore(*m_connection).at(doc, position)->id;
    }
    QString status(qint64 doc)
    {
        return SqlQuery(*m_connection, u"SELECT status FROM documents WHERE id = ?"_s).bind(doc).scalar().toString();
    }
    qint64 records(qint64 doc)
    {
        return SqlQuery(*m_connection, u"SELECT count(*) FROM enforcements WHERE document_id = ?"_s)
                   .bind(doc)
                   .scalar()
                   .toLongLong() +
               SqlQuery(*m_connection, u"SELECT count(*) FROM enforcement_destinations WHERE document_id = ?"_s)
                   .bind(doc)
                   .scalar()
                   .toLongLong();
    }
    /// Someone with the file (SQLite) or the server's superuser writes a new version of the
    /// attachment after the 決裁, past the freeze: the content of another attachment.
    void rewriteBehindTheStore(qint64 attachment, qint64 contentOf)
    {
        const QString insert =
            u"INSERT INTO attachment_versions (attachment_id, version_no, blob_id, size, author_id, created_at, note) "
            "SELECT %1, 2, v.blob_id, v.size, v.author_id, '2026-01-01T00:00:00.000Z', '' FROM attachment_versions v "
            "WHERE v.attachment_id = %2"_s.arg(attachment)
                .arg(contentOf);
        if (test::TestDatabase::isPostgreSQL()) {
            m_db->superuserExec(u"ALTER TABLE attachment_versions DISABLE TRIGGER attachment_versions_frozen_after_decision"_s);
            m_db->superuserExec(insert);
            m_db->superuserExec(u"ALTER TABLE attachment_versions ENABLE TRIGGER attachment_versions_frozen_after_decision"_s);
        } else {
            m_db->superuserExec(u"DROP TRIGGER IF EXISTS attachment_versions_frozen_after_decision"_s);
            m_db->superuserExec(insert);
        }
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::TestDatabase>();
        KESSAI_TRY(m_connection = std::make_unique<StoreConnection>(m_db->url()));
        KESSAI_TRY(m_org.setUp(*m_connection));
        for (const QString &login : test::WorkflowOrg::logins())
            KESSAI_TRY(m_people[login] = std::make_unique<test::SessionAs>(*m_db, *m_connection, login));
    }

    void cleanupTestCase()
    {
        m_people.clear();
        m_connection.reset();
        m_db.reset();
    }

    void refusedBeforeTheDecisionAndForARejectedDocument()
    {
        qint64 doc = 0;
        KESSAI_TRY(doc = document(u"決裁前の施行"_s, false));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            EnforcementStore(as("ito_t").connection()).record(as("ito_t"), input(doc)));
        QVERIFY2(test::lastErrorMessage().contains(u"only a decided document"_s), qPrintable(test::lastErrorMessage()));
        QCOMPARE(status(doc), u"in_review"_s);
        QCOMPARE(records(doc), 0);
        QVERIFY(EnforcementStore(*m_connection).decidedVersions(doc).isEmpty()); // nothing fixed yet

        KESSAI_TRY(act("suzuki_h", doc, K::Reject, u"目的が不明確"_s));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            EnforcementStore(as("ito_t").connection()).record(as("ito_t"), input(doc)));
        QCOMPARE(status(doc), u"rejected"_s);
        QCOMPARE(records(doc), 0);
    }

    void dateBeforeTheDecisionRefused()
    {
        qint64 doc = 0;
        KESSAI_TRY(doc = document(u"決裁日より前の施行日"_s));
        Enforcement early = input(doc);
        early.enforcedOn = QDate::currentDate().addDays(-1);
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            EnforcementStore(as("ito_t").connection()).record(as("ito_t"), early));
        QVERIFY2(test::lastErrorMessage().contains(early.enforcedOn.toString(Qt::ISODate)),
                 qPrintable(test::lastErrorMessage()));
        QCOMPARE(status(doc), u"decided"_s);
        QCOMPARE(records(doc), 0);
    }

    void badInputNamesTheField()
    {
        qint64 doc = 0;
        KESSAI_TRY(doc = document(u"入力の誤り"_s));
        EnforcementStore store(as("ito_t").connection());
        Enforcement none = input(doc);
        none.destinations.clear();
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, store.record(as("ito_t"), none));
        QVERIFY(test::lastErrorMessage().contains(u"施行先"_s));
        Enforcement twice = input(doc);
        twice.destinations = {{0, u"札幌市長"_s}, {0, u" 札幌市長 "_s}};
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, store.record(as("ito_t"), twice));
        QVERIFY(test::lastErrorMessage().contains(u"“札幌市長” is given twice"_s));
        Enforcement blank = input(doc);
        blank.destinations.append({0, u"  "_s});
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, store.record(as("ito_t"), blank));
        QVERIFY(test::lastErrorMessage().contains(u"施行先"_s));
        Enforcement checker = input(doc);
        checker.fairCopyCheckerId = 987654;
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, store.record(as("ito_t"), checker));
        QVERIFY(test::lastErrorMessage().contains(u"浄書確認者"_s));
        qint64 other = 0;
        KESSAI_TRY(other = document(u"別の文書"_s));
        Enforcement foreign = input(doc);
        foreign.issuedAttachmentId = attachmentId(other, 1);
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, store.record(as("ito_t"), foreign));
        QVERIFY(test::lastErrorMessage().contains(u"施行文書"_s));
        QCOMPARE(status(doc), u"decided"_s);
        QCOMPARE(records(doc), 0);
    }

    void changedIssuedDocumentRefusedNamingIt()
    {
        qint64 doc = 0;
        KESSAI_TRY(doc = document(u"書き換えられた施行文書"_s));
        const qint64 notice = attachmentId(doc, 1);
        QCOMPARE(EnforcementStore(*m_connection).decidedVersions(doc).size(), 2);
        rewriteBehindTheStore(notice, attachmentId(doc, 2));
        Enforcement e = input(doc);
        e.issuedAttachmentId = notice;
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, EnforcementStore(as("ito_t").connection()).record(as("ito_t"), e));
        QVERIFY2(test::lastErrorMessage().contains(u"“通知文.txt” is not the decided version"_s),
                 qPrintable(test::lastErrorMessage()));
        QCOMPARE(status(doc), u"decided"_s);
        QCOMPARE(records(doc), 0);
        // The other attachment is as decided: it may go out.
        e.issuedAttachmentId = attachmentId(doc, 2);
        KESSAI_TRY(EnforcementStore(as("ito_t").connection()).record(as("ito_t"), e));
        QCOMPARE(status(doc), u"enforced"_s);
    }

    void recordedShownAuditedAndOnlyOnce()
    {
        qint64 doc = 0;
        KESSAI_TRY(doc = document(u"施行の記録"_s));
        KESSAI_TRY(SenderList(as("ito_t").connection()).findOrAdd(as("ito_t"), u"北海道総務部"_s));
        const qint64 lastEvent = AuditLog(*m_connection).lastId();
        Enforcement e = input(doc);
        e.issuedAttachmentId = attachmentId(doc, 1);
        KESSAI_TRY(EnforcementStore(as("ito_t").connection()).record(as("ito_t"), e));
        QCOMPARE(status(doc), u"enforced"_s);

        std::optional<Enforcement> read;
        KESSAI_TRY(read = EnforcementStore(*m_connection).read(doc));
        QVERIFY(read);
        QCOMPARE(read->enforcedOn, QDate::currentDate());
        QCOMPARE(read->destinationNames(), (QStringList{u"北海道総務部"_s, u"札幌市長"_s}));
        QCOMPARE(read->method, EnforcementMethod::Email);
        QCOMPARE(read->seal, OfficialSeal::Omitted);
        QCOMPARE(read->fairCopyCheckerId, m_org.sato);
        QCOMPARE(read->fairCopyCheckerLogin, u"sato_y"_s);
        QVERIFY(read->fairCopyCheckedAt.isValid());
        QCOMPARE(read->issuedAttachmentName, u"通知文.txt"_s);
        QCOMPARE(read->issuedVersionNo, 1);
        QCOMPARE(read->recordedById, m_org.ito);
        // The new 施行先 joined the shared list; the known one was not added twice.
        QStringList names;
        for (const SenderList::Sender &s : SenderList(*m_connection).all())
            names << s.name;
        QCOMPARE(names.count(u"北海道総務部"_s), 1);
        QVERIFY(names.contains(u"札幌市長"_s));

        // On the 鑑.
        std::optional<CoverSheet> sheet;
        KESSAI_TRY(sheet = CoverSheetReader(*m_connection).read(doc));
        QVERIFY(sheet && sheet->enforcement);
        QCOMPARE(sheet->enforcement->destinationNames(), read->destinationNames());
        QCOMPARE(sheet->enforcement->fairCopyCheckerName, read->fairCopyCheckerName);

        // One workflow.enforce event with every field, passed on by the event feed.
        const QList<QJsonObject> feed = EventFeed(*m_connection).since(lastEvent);
        QJsonObject details;
        for (const QJsonObject &event : feed) {
            if (event[u"action"_s].toString() == u"workflow.enforce"_s && event[u"entity_id"_s].toInteger() == doc)
                details = event[u"details"_s].toObject();
        }
        QVERIFY2(!details.isEmpty(), "no workflow.enforce event in the feed");
        QCOMPARE(details[u"method"_s].toString(), u"email"_s);
        QCOMPARE(details[u"seal"_s].toString(), u"omitted"_s);
        QCOMPARE(details[u"fair_copy_checked_by"_s].toString(), u"sato_y"_s);
        QCOMPARE(details[u"destinations"_s].toArray().size(), 2);
        QCOMPARE(details[u"enforced_on"_s].toString(), QDate::currentDate().toString(Qt::ISODate));
        QCOMPARE(details[u"issued_attachment"_s].toObject()[u"name"_s].toString(), u"通知文.txt"_s);
        QVERIFY(AuditLog(*m_connection).verify().intact);

        // Recorded once: a second 施行 is refused and changes nothing.
        const qint64 before = records(doc);
        Enforcement again = input(doc);
        again.destinations = {{0, u"別の宛先"_s}};
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            EnforcementStore(as("ito_t").connection()).record(as("ito_t"), again));
        QCOMPARE(records(doc), before);
        QCOMPARE(EnforcementStore(*m_connection).read(doc)->destinationNames(), read->destinationNames());
    }

    void anotherPersonMayNotRecordIt()
    {
        qint64 doc = 0;
        KESSAI_TRY(doc = document(u"他人の施行"_s));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            EnforcementStore(as("takahashi_m").connection()).record(as("takahashi_m"), input(doc)));
        QCOMPARE(records(doc), 0);
        // The 文書管理者 may.
        KESSAI_TRY(EnforcementStore(as("kanri_s").connection()).record(as("kanri_s"), input(doc)));
        QCOMPARE(EnforcementStore(*m_connection).read(doc)->recordedById, m_org.kanri);
    }
};

QTEST_GUILESS_MAIN(TestEnforcementStore)
#include "tst_enforcementstore.moc"
