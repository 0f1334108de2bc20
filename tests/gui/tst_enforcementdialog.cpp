// SPDX-License-Identifier: GPL-3.0-or-later
// The 施行 dialog, offscreen, on both backends: it says what stops OK (no 施行先, a 施行日 before
// the 決裁日, a 施行文書 changed since the 決裁) and only then lets one record; 施行先 come from the
// shared list or are typed, and can be removed; the record is written on the store thread and
// shows on the 鑑. A refusal by the store is shown in the dialog, which stays open.
// KESSAI_SCREENSHOTS=DIR saves the dialog and the 鑑 (in Japanese) for a reviewer.
#include "core/documents/AttachmentStore.h"
#include "core/documents/SenderList.h"
#include "core/org/Session.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/workflow/CoverSheetReader.h"
#include "core/workflow/EnforcementStore.h"
#include "core/workflow/WorkflowStore.h"
#include "gui/EnforcementDialog.h"
#include "gui/StoreClient.h"
#include "gui/StoreWorker.h"
#include "render/CoverSheetPainter.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/WorkflowOrg.h"
#include "translations/TranslationLoader.h"

#include <QBuffer>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QTest>

#include <map>
#include <memory>

using namespace kessai;
using namespace kessai::gui;
using namespace Qt::Literals::StringLiterals;
using K = WorkflowActionKind;

class TestEnforcementDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<StoreConnection> m_connection;
    test::WorkflowOrg m_org;
    std::map<QString, std::unique_ptr<test::SessionAs>> m_people;
    std::unique_ptr<StoreClient> m_client;
    qint64 m_doc = 0;

    Session &as(const char *login) { return m_people.at(QLatin1String(login))->session(); }
    static void shot(const QImage &image, const char *name)
    {
        const QString dir = qEnvironmentVariable("KESSAI_SCREENSHOTS");
        if (!dir.isEmpty())
            image.save(QDir(dir).filePath(QLatin1String(name) + u".png"_s));
    }
    int rowVersion()
    {
        int version = 0;
        WorkflowStore(*m_connection).load(m_doc, &version);
        return version;
    }
    QString status()
    {
        return SqlQuery(*m_connection, u"SELECT status FROM documents WHERE id = ?"_s).bind(m_doc).scalar().toString();
    }
    static QPushButton *okOf(EnforcementDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
    static void add(EnforcementDialog &dialog, const QString &name)
    {
        dialog.findChild<QComboBox *>(u"destinationPicker"_s)->setEditText(name);
        dialog.findChild<QPushButton *>(u"addDestination"_s)->click();
    }
    static void choose(QComboBox *box, const QVariant &data)
    {
        const int index = box->findData(data);
        QVERIFY2(index >= 0, qPrintable(data.toString()));
        box->setCurrentIndex(index);
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("KESSAI_SCREENSHOTS"))
            TranslationLoader::install(u"ja"_s);
        m_db = std::make_unique<test::TestDatabase>();
        KESSAI_TRY(m_connection = std::make_unique<StoreConnection>(m_db->url()));
        KESSAI_TRY(m_org.setUp(*m_connection));
        for (const QString &login : test::WorkflowOrg::logins())
            KESSAI_TRY(m_people[login] = std::make_unique<test::SessionAs>(*m_db, *m_connection, login));
        Session &ito = as("ito_t");
        KESSAI_TRY(m_doc = m_org.draft(ito, u"防災訓練の実施について（通知）"_s));
        for (const QString &name : {u"通知文.txt"_s, u"実施要領.txt"_s}) {
            QByteArray bytes = (name + u"の本文"_s).toUtf8();
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::ReadOnly);
            KESSAI_TRY(AttachmentStore(ito.connection()).add(ito, m_doc, buffer, {name, {}, u"text/plain"_s}));
        }
        RoutePlan plan;
        plan.stages = {{RoutePlan::step(StepKind::Review, m_org.sato)}, {RoutePlan::step(StepKind::Decide, m_org.suzuki)}};
        KESSAI_TRY(WorkflowStore(ito.connection()).setRoute(ito, m_doc, plan));
        KESSAI_TRY(WorkflowStore(ito.connection()).submit(ito, m_doc));
        KESSAI_TRY(WorkflowStore(as("sato_y").connection()).act(as("sato_y"), m_doc, K::Approve));
        KESSAI_TRY(WorkflowStore(as("suzuki_h").connection()).act(as("suzuki_h"), m_doc, K::Decide));
        KESSAI_TRY(SenderList(ito.connection()).findOrAdd(ito, u"北海道総務部危機対策課"_s));
        // The second attachment is rewritten after the 決裁, behind the store's back.
        const QString insert =
            u"INSERT INTO attachment_versions (attachment_id, version_no, blob_id, size, author_id, created_at, note) "
            "SELECT b.id, 2, v.blob_id, v.size, v.author_id, '2026-01-01T00:00:00.000Z', '' FROM attachments a "
            "JOIN attachment_versions v ON v.attachment_id = a.id, attachments b WHERE a.document_id = %1 "
            "AND a.position = 1 AND b.document_id = %1 AND b.position = 2"_s.arg(m_doc);
        if (test::TestDatabase::isPostgreSQL()) {
            m_db->superuserExec(u"ALTER TABLE attachment_versions DISABLE TRIGGER attachment_versions_frozen_after_decision"_s);
            m_db->superuserExec(insert);
            m_db->superuserExec(u"ALTER TABLE attachment_versions ENABLE TRIGGER attachment_versions_frozen_after_decision"_s);
        } else {
            m_db->superuserExec(u"DROP TRIGGER attachment_versions_frozen_after_decision"_s);
            m_db->superuserExec(insert);
        }
        m_client = std::make_unique<StoreClient>();
        bool open = false;
        const bool pg = test::TestDatabase::isPostgreSQL();
        m_client->call<bool>(
            m_client.get(),
            [url = pg ? m_db->urlAs(u"ito_t"_s) : m_db->url(), pg](StoreWorker &worker) {
                worker.open(url);
                worker.startSession(pg ? QString() : u"ito_t"_s);
                return true;
            },
            [&open](bool) { open = true; });
        QTRY_VERIFY(open);
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_people.clear();
        m_connection.reset();
        m_db.reset();
    }

    void saysWhatIsMissingThenRecords()
    {
        EnforcementDialog dialog(m_client.get(), m_doc, rowVersion());
        bool recorded = false;
        connect(&dialog, &EnforcementDialog::recorded, this, [&recorded] { recorded = true; });
        dialog.show();
        dialog.load();
        QTRY_VERIFY(dialog.isEnabled());
        auto *problem = dialog.findChild<QLabel *>(u"problemLabel"_s);
        QCOMPARE(problem->text(), EnforcementDialog::tr("Add at least one destination (施行先)."));
        QVERIFY(!okOf(dialog)->isEnabled());

        // 施行先: one from the list, one typed, one added and removed again.
        auto *picker = dialog.findChild<QComboBox *>(u"destinationPicker"_s);
        QVERIFY(picker->findText(u"北海道総務部危機対策課"_s) >= 0);
        picker->setCurrentIndex(picker->findText(u"北海道総務部危機対策課"_s));
        dialog.findChild<QPushButton *>(u"addDestination"_s)->click();
        add(dialog, u"札幌市危機管理局"_s);
        add(dialog, u"間違えた宛先"_s);
        add(dialog, u"札幌市危機管理局"_s); // twice: listed once
        auto *destinations = dialog.findChild<QListWidget *>(u"destinations"_s);
        QCOMPARE(destinations->count(), 3);
        destinations->setCurrentRow(2);
        dialog.findChild<QPushButton *>(u"removeDestination"_s)->click();
        QCOMPARE(destinations->count(), 2);
        QVERIFY(problem->text().isEmpty());
        QVERIFY(okOf(dialog)->isEnabled());

        // A 施行日 before the 決裁日 (today) is said at once.
        auto *date = dialog.findChild<QDateEdit *>(u"enforcedOn"_s);
        date->setDate(QDate::currentDate().addDays(-1));
        QVERIFY2(problem->text().contains(u"決裁日"_s), qPrintable(problem->text()));
        QVERIFY(!okOf(dialog)->isEnabled());
        date->setDate(QDate::currentDate());

        // The rewritten attachment cannot be the 施行文書; the decided one can.
        auto *issued = dialog.findChild<QComboBox *>(u"issuedAttachment"_s);
        const qint64 first = AttachmentStore(*m_connection).at(m_doc, 1)->id;
        const qint64 second = AttachmentStore(*m_connection).at(m_doc, 2)->id;
        choose(issued, second);
        QVERIFY2(problem->text().contains(u"実施要領.txt"_s), qPrintable(problem->text()));
        QVERIFY(!okOf(dialog)->isEnabled());
        shot(dialog.grab().toImage(), "enforcement-dialog-changed");
        choose(issued, first);
        QVERIFY(okOf(dialog)->isEnabled());

        choose(dialog.findChild<QComboBox *>(u"method"_s), toCode(EnforcementMethod::Post));
        choose(dialog.findChild<QComboBox *>(u"seal"_s), toCode(OfficialSeal::Affixed));
        choose(dialog.findChild<QComboBox *>(u"fairCopyChecker"_s), m_org.sato);
        shot(dialog.grab().toImage(), "enforcement-dialog");

        okOf(dialog)->click();
        QTRY_VERIFY(recorded);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(status(), u"enforced"_s);
        const std::optional<Enforcement> e = EnforcementStore(*m_connection).read(m_doc);
        QVERIFY(e);
        QCOMPARE(e->destinationNames(), (QStringList{u"北海道総務部危機対策課"_s, u"札幌市危機管理局"_s}));
        QCOMPARE(e->method, EnforcementMethod::Post);
        QCOMPARE(e->seal, OfficialSeal::Affixed);
        QCOMPARE(e->fairCopyCheckerId, m_org.sato);
        QCOMPARE(e->issuedAttachmentId, first);

        // On the 鑑 as printed and in the record PDF (one drawing).
        const std::optional<CoverSheet> sheet = CoverSheetReader(*m_connection).read(m_doc);
        QVERIFY(sheet && sheet->enforcement);
        const render::CoverSheetPainter painter(*sheet);
        QImage page(QSize(int(render::CoverSheetPainter::kPageWidth * 1.5), int(render::CoverSheetPainter::kPageHeight * 1.5)),
                    QImage::Format_RGB32);
        page.fill(Qt::white);
        QPainter p(&page);
        p.scale(1.5, 1.5);
        painter.paintPage(p, 0);
        p.end();
        shot(page, "enforcement-cover");
    }

    void aRefusalStaysInTheDialog()
    {
        // The document is enforced already: the store refuses, the dialog keeps what was entered.
        EnforcementDialog dialog(m_client.get(), m_doc, rowVersion());
        dialog.show();
        dialog.load();
        QTRY_VERIFY(dialog.isEnabled());
        add(dialog, u"別の宛先"_s);
        QVERIFY(okOf(dialog)->isEnabled());
        okOf(dialog)->click();
        auto *problem = dialog.findChild<QLabel *>(u"problemLabel"_s);
        QTRY_VERIFY(!problem->text().isEmpty());
        QVERIFY2(problem->text().contains(u"only a decided document"_s) || problem->text().contains(u"施行"_s),
                 qPrintable(problem->text()));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.findChild<QListWidget *>(u"destinations"_s)->count(), 1);
        QCOMPARE(EnforcementStore(*m_connection).read(m_doc)->destinations.size(), 2);
    }
};

QTEST_MAIN(TestEnforcementDialog)
#include "tst_enforcementdialog.moc"
