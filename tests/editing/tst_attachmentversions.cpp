// SPDX-License-Identifier: GPL-3.0-or-later
// AttachmentVersions on both backends: numbering, content of every version, no version for
// unchanged content, Conflict on a stale base (also with clients racing), restore as a NEW
// version, the append-only history (triggers), who may edit (drafter, an approver on their
// turn when the route allows 修正, nobody after 決裁) and the audit trail.
#include "core/audit/AuditLog.h"
#include "core/documents/AttachmentStore.h"
#include "core/documents/DocumentStore.h"
#include "core/editing/AttachmentVersions.h"
#include "core/editing/EditRights.h"
#include "core/org/Session.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/workflow/RoutePlan.h"
#include "core/workflow/RouteReader.h"
#include "tests/editing/EditingFixture.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <atomic>

using namespace kessai;
using namespace kessai::test;
using K = WorkflowActionKind;

namespace {
std::optional<AttachmentVersion> add(Session &session, qint64 attachmentId, const QByteArray &bytes, int base,
                                     const QString &note = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return AttachmentVersions(session.connection()).addVersion(session, attachmentId, buffer, note, base);
}
} // namespace

class TestAttachmentVersions : public QObject
{
    Q_OBJECT

    std::unique_ptr<EditingFixture> f;

private slots:
    void initTestCase() { KESSAI_TRY(f = std::make_unique<EditingFixture>()); }
    void cleanupTestCase() { f.reset(); }

    void versionsAreNumberedAndKept()
    {
        QList<qint64> ids;
        KESSAI_TRY(f->draftWith({"first\n"}, &ids));
        const qint64 a = ids.at(0);
        Session &ito = f->as("ito_t");
        std::optional<AttachmentVersion> v;
        KESSAI_TRY(v = add(ito, a, "second\n", 1, QStringLiteral("数値を更新")));
        QVERIFY(v);
        QCOMPARE(v->versionNo, 2);
        QCOMPARE(v->note, QStringLiteral("数値を更新"));
        QCOMPARE(v->authorLogin, QStringLiteral("ito_t"));
        QCOMPARE(v->sha256, EditingFixture::sha("second\n"));
        QCOMPARE(v->size, qint64(7));
        QCOMPARE(v->stepId, qint64(0));
        KESSAI_TRY(v = add(ito, a, "third\n", 2));
        QCOMPARE(v->versionNo, 3);

        AttachmentVersions versions(f->admin());
        const QList<AttachmentVersion> all = versions.list(a);
        QCOMPARE(all.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(all.at(i).versionNo, i + 1);
        QCOMPARE(all.at(0).sha256, EditingFixture::sha("first\n"));
        QCOMPARE(f->content(a, 1), QByteArray("first\n"));
        QCOMPARE(f->content(a, 2), QByteArray("second\n"));
        QCOMPARE(f->content(a, 3), QByteArray("third\n"));
        QCOMPARE(versions.currentNumber(a), 3);
        // The attachment list shows the current version.
        const auto record = AttachmentStore(f->admin()).byId(a);
        QCOMPARE(record->versionNo, 3);
        QCOMPARE(record->sha256, EditingFixture::sha("third\n"));
        QCOMPARE(record->size, qint64(6));
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, versions.readContent(a, 4, sink));
    }

    void unchangedContentMakesNoVersion()
    {
        QList<qint64> ids;
        KESSAI_TRY(f->draftWith({"same\n"}, &ids));
        std::optional<AttachmentVersion> v = AttachmentVersion{};
        KESSAI_TRY(v = add(f->as("ito_t"), ids.at(0), "same\n", 1));
        QVERIFY(!v);
        QCOMPARE(f->versionCount(ids.at(0)), 1);
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, add(f->as("ito_t"), ids.at(0), QByteArray(), 1));
        QVERIFY(test::lastErrorMessage().contains(QLatin1String("empty")));
    }

    void staleBaseIsAConflict()
    {
        QList<qint64> ids;
        KESSAI_TRY(f->draftWith({"base\n"}, &ids));
        const qint64 a = ids.at(0);
        KESSAI_TRY(add(f->as("ito_t"), a, "mine\n", 1));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Conflict, add(f->as("ito_t"), a, "theirs\n", 1));
        const QString message = test::lastErrorMessage();
        QVERIFY2(message.contains(QLatin1String("version 2")) &&
                     message.contains(QStringLiteral("伊藤 拓也")) &&
                     message.contains(QLatin1String("nothing was stored")),
                 qPrintable(message));
        QCOMPARE(f->versionCount(a), 2);
        QCOMPARE(f->content(a, 2), QByteArray("mine\n"));
    }

    void racingClientsOneWins()
    {
        QList<qint64> ids;
        KESSAI_TRY(f->draftWith({"start\n"}, &ids));
        const qint64 a = ids.at(0);
        std::atomic<int> wins{0};
        const QStringList failures =
            runInThreads(f->db().url(), 4, [&](StoreConnection &connection, int index) {
                Session ito(connection, QStringLiteral("ito_t"));
                QBuffer buffer;
                buffer.setData(QStringLiteral("client %1\n").arg(index).toUtf8());
                buffer.open(QIODevice::ReadOnly);
                if (AttachmentVersions(connection).addVersion(ito, a, buffer, {}, 1))
                    ++wins;
            });
        QCOMPARE(wins.load(), 1);
        QCOMPARE(failures.size(), 3);
        for (const QString &failure : failures)
            QVERIFY2(failure.contains(QLatin1String("is now at version 2")), qPrintable(failure));
        QCOMPARE(f->versionCount(a), 2);
    }

    void restoreMakesANewVersion()
    {
        QList<qint64> ids;
        KESSAI_TRY(f->draftWith({"one\n"}, &ids));
        const qint64 a = ids.at(0);
        Session &ito = f->as("ito_t");
        KESSAI_TRY(add(ito, a, "two\n", 1));
        KESSAI_TRY(add(ito, a, "three\n", 2));
        AttachmentVersions versions(ito.connection());
        const QList<AttachmentVersion> before = versions.list(a);
        std::optional<AttachmentVersion> v;
        KESSAI_TRY(v = versions.restore(ito, a, 1));
        QVERIFY(v);
        QCOMPARE(v->versionNo, 4);
        QCOMPARE(v->restoredFrom, 1);
        QCOMPARE(v->sha256, EditingFixture::sha("one\n"));
        QCOMPARE(v->note, QStringLiteral("restored from version 1"));
        const QList<AttachmentVersion> after = versions.list(a);
        QCOMPARE(after.size(), 4);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(after.at(i).sha256, before.at(i).sha256);
            QCOMPARE(after.at(i).note, before.at(i).note);
        }
        QCOMPARE(AttachmentVersions::historyLine(*v, 1),
                 QStringLiteral("係員 restored attachment 1 to version 1"));
        KESSAI_TRY(v = versions.restore(ito, a, 4)); // already the current content
        QVERIFY(!v);
        KESSAI_TRY(v = versions.restore(ito, a, 2, QStringLiteral("戻す")));
        QCOMPARE(v->note, QStringLiteral("戻す"));
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, versions.restore(ito, a, 99));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Conflict, versions.restore(ito, a, 1, {}, 3));
        QVERIFY(f->events(a).contains(QLatin1String("attachment.restore/ito_t")));
    }

    void historyIsAppendOnly()
    {
        QList<qint64> ids;
        KESSAI_TRY(f->draftWith({"kept\n"}, &ids));
        const QString id = QString::number(ids.at(0));
        QVERIFY_THROWS_EXCEPTION(
            std::runtime_error,
            f->db().superuserExec(QStringLiteral("UPDATE attachment_versions SET note = 'x' "
                                                 "WHERE attachment_id = ") +
                                  id));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 f->db().superuserExec(QStringLiteral("DELETE FROM attachment_versions WHERE "
                                                                      "attachment_id = ") +
                                                       id));
        if (TestDatabase::isPostgreSQL())
            QVERIFY_THROWS_EXCEPTION(std::runtime_error, f->db().superuserExec(QStringLiteral(
                                                             "TRUNCATE attachment_versions CASCADE")));
        QCOMPARE(f->content(ids.at(0), 1), QByteArray("kept\n"));
    }

    void onlyTheDrafterEditsADraft()
    {
        QList<qint64> ids;
        KESSAI_TRY(f->draftWith({"draft\n"}, &ids));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, add(f->as("sato_y"), ids.at(0), "sato\n", 1));
        QVERIFY(test::lastErrorMessage().contains(QStringLiteral("伊藤 拓也")));
        QVERIFY(!EditRights(f->admin()).refusal(f->as("sato_y"), ids.at(0)).isEmpty());
        QVERIFY(EditRights(f->admin()).refusal(f->as("ito_t"), ids.at(0)).isEmpty());
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, add(f->as("ito_t"), 999999, "x\n", 1));
    }

    void approverEditsOnTheirTurnWhenTheRouteAllows()
    {
        QList<qint64> ids;
        qint64 doc = 0;
        KESSAI_TRY(doc = f->draftWith({"案\n", "別紙\n"}, &ids));
        QList<qint64> steps;
        KESSAI_TRY(steps = f->route(doc, true));
        QCOMPARE(steps.size(), 3);
        EditRights rights(f->admin());
        QVERIFY(rights.mayEdit(steps.at(1)));
        QVERIFY(!rights.mayEdit(steps.at(0)));
        // The route (and its JSON) keeps the flag; setMayEdit changes one step.
        QList<RouteStep> route;
        KESSAI_TRY(route = RouteReader(f->admin()).route(doc));
        QVERIFY(route.at(1).mayEdit && !route.at(0).mayEdit && !route.at(2).mayEdit);
        RoutePlan plan;
        plan.stages = {{RoutePlan::step(StepKind::Review, 7)}};
        plan.stages[0][0].mayEdit = true;
        QVERIFY(RoutePlan::fromJson(plan.toJson())->stages.at(0).at(0).mayEdit);
        QVERIFY(!RoutePlan::fromJson(RoutePlan().toJson())->stepCount());
        KESSAI_TRY(rights.setMayEdit(f->as("ito_t"), steps.at(0), true));
        QVERIFY(rights.mayEdit(steps.at(0)));
        KESSAI_TRY(rights.setMayEdit(f->as("ito_t"), steps.at(0), false));
        QVERIFY(!rights.mayEdit(steps.at(0)));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, rights.setMayEdit(f->as("sato_y"), steps.at(0), true));
        KESSAI_TRY(f->act("ito_t", doc, K::Submit));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, rights.setMayEdit(f->as("ito_t"), steps.at(0), true));

        const qint64 a = ids.at(1);
        // 係長's turn, but the route gives no 修正 to that step; the drafter is no longer allowed.
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, add(f->as("sato_y"), a, "sato\n", 1));
        QVERIFY(test::lastErrorMessage().contains(QLatin1String("does not allow")));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, add(f->as("ito_t"), a, "ito\n", 1));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, add(f->as("takahashi_m"), a, "early\n", 1));
        QVERIFY(test::lastErrorMessage().contains(QLatin1String("whose turn")));

        KESSAI_TRY(f->act("sato_y", doc, K::Approve));
        std::optional<AttachmentVersion> v;
        KESSAI_TRY(v = add(f->as("takahashi_m"), a, "別紙 (補佐修正)\n", 1, QStringLiteral("金額を訂正")));
        QVERIFY(v);
        QCOMPARE(v->versionNo, 2);
        QCOMPARE(v->stepId, steps.at(1));
        QCOMPARE(v->authorTitle, QStringLiteral("課長補佐"));
        QCOMPARE(AttachmentVersions::historyLine(*v, 2), QStringLiteral("課長補佐 edited attachment 2"));
        const QList<AttachmentVersion> onRoute = AttachmentVersions(f->admin()).editsOnRoute(doc);
        QCOMPARE(onRoute.size(), 1);
        QCOMPARE(onRoute.at(0).attachmentId, a);
        // The route shows it on the step: "課長補佐 が 添付2 を修正".
        KESSAI_TRY(route = RouteReader(f->admin()).route(doc));
        QCOMPARE(route.at(1).edits.size(), 1);
        QCOMPARE(route.at(1).edits.at(0).position, 2);
        QCOMPARE(route.at(1).edits.at(0).versionNo, 2);
        QVERIFY(route.at(0).edits.isEmpty() && route.at(2).edits.isEmpty());
        const QJsonObject details =
            QJsonDocument::fromJson(f->lastDetails(a, QStringLiteral("attachment.version")).toUtf8())
                .object();
        QCOMPARE(details.value(QLatin1String("via")).toString(), QStringLiteral("approver"));
        QCOMPARE(details.value(QLatin1String("step_id")).toInteger(), steps.at(1));
        QCOMPARE(details.value(QLatin1String("title")).toString(), QStringLiteral("課長補佐"));
        QCOMPARE(details.value(QLatin1String("position")).toInt(), 2);
        QVERIFY(f->events(a).contains(QLatin1String("attachment.version/takahashi_m")));

        KESSAI_TRY(f->act("takahashi_m", doc, K::Approve));
        // 課長's turn: no 修正 there, and the 課長補佐 has had theirs.
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, add(f->as("takahashi_m"), a, "late\n", 2));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, add(f->as("suzuki_h"), a, "suzuki\n", 2));
    }

    void nothingChangesAfterTheDecision()
    {
        QList<qint64> ids;
        qint64 doc = 0;
        KESSAI_TRY(doc = f->draftWith({"決裁前\n"}, &ids));
        const qint64 a = ids.at(0);
        KESSAI_TRY(add(f->as("ito_t"), a, "決裁前 2\n", 1));
        KESSAI_TRY(f->decide(doc));
        for (const char *login : {"ito_t", "suzuki_h", "kanri_s"}) {
            KESSAI_EXPECT_ERROR(StoreError::Kind::Refused, add(f->as(login), a, "after\n", 2));
        }
        QVERIFY(test::lastErrorMessage().contains(QLatin1String("frozen")));
        KESSAI_EXPECT_ERROR(StoreError::Kind::Refused,
                            AttachmentVersions(f->admin()).restore(f->as("ito_t"), a, 1));
        QCOMPARE(f->versionCount(a), 2);
        // Every client is held to it: the database refuses a new version row too.
        QVERIFY_THROWS_EXCEPTION(
            std::runtime_error,
            f->db().superuserExec(
                QStringLiteral("INSERT INTO attachment_versions (attachment_id, version_no, "
                               "blob_id, size, author_id, created_at, note) SELECT attachment_id, "
                               "3, blob_id, size, author_id, created_at, 'x' FROM "
                               "attachment_versions WHERE attachment_id = %1 AND version_no = 1")
                    .arg(a)));
        QCOMPARE(f->versionCount(a), 2);
        QCOMPARE(f->content(a, 2), QByteArray("決裁前 2\n"));
    }

    void auditChainIsIntact()
    {
        const AuditLog::Verification result = AuditLog(f->admin()).verify();
        QVERIFY2(result.intact, qPrintable(result.problem));
        QVERIFY(result.eventsChecked > 20);
    }
};

QTEST_GUILESS_MAIN(TestAttachmentVersions)
#include "tst_attachmentversions.moc"
