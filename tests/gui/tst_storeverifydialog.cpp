// SPDX-License-Identifier: GPL-3.0-or-later
// Tools → 検証 (StoreVerifyDialog) on both backends: the check runs off the GUI thread, an
// intact store says so, a hand-altered chunk is listed naming the document and the attachment,
// and Cancel stops a running check.
#include "core/content/BlobStore.h"
#include "core/documents/AttachmentStore.h"
#include "core/documents/DocumentStore.h"
#include "core/org/Session.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "gui/StoreVerifyDialog.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"

#include <QApplication>
#include <QBuffer>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>

#include <memory>

using namespace kessai;
using namespace kessai::gui;
using namespace Qt::Literals::StringLiterals;

class TestStoreVerifyDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<StoreConnection> m_connection;
    qint64 m_doc = 0;
    AttachmentRecord m_csv;

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::TestDatabase>();
        KESSAI_TRY(m_connection = std::make_unique<StoreConnection>(m_db->url()));
        KESSAI_TRY(test::setUpDraftingOffice(*m_connection, u"管理 太郎"_s));
        Session session(*m_connection);
        DocumentRecord draft;
        draft.title = u"検証の対象"_s;
        KESSAI_TRY(m_doc = DocumentStore(*m_connection).createDraft(session, draft));
        QBuffer csv;
        csv.setData(test::randomBytes(BlobStore::kChunkSize * 40 + 3, 1)); // long enough to cancel
        csv.open(QIODevice::ReadOnly);
        KESSAI_TRY(m_csv = AttachmentStore(*m_connection).add(session, m_doc, csv, {u"集計.csv"_s, {}, {}}));
    }

    void cleanupTestCase()
    {
        m_connection.reset();
        m_db.reset();
    }

    void intactStore()
    {
        StoreVerifyDialog dialog(m_db->url());
        dialog.show();
        dialog.start();
        QVERIFY(dialog.isRunning()); // the GUI thread is not the one checking
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 60000);
        QVERIFY2(dialog.summaryText().contains(u"The store is intact"_s), qPrintable(dialog.summaryText()));
        QVERIFY(dialog.problemsText().isEmpty());
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons->button(QDialogButtonBox::Close));
    }

    void cancelStopsTheCheck()
    {
        StoreVerifyDialog dialog(m_db->url());
        dialog.show();
        dialog.start();
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 60000);
        QVERIFY2(dialog.summaryText().contains(u"cancelled"_s), qPrintable(dialog.summaryText()));
        QVERIFY(dialog.isVisible()); // it stays to say so
    }

    void alteredChunkIsListed()
    {
        QByteArray altered;
        {
            SqlQuery chunk(*m_connection, u"SELECT data FROM blob_chunks WHERE seq = 5 AND blob_id = "
                                          "(SELECT id FROM blobs WHERE sha256 = ?)"_s);
            chunk.bind(m_csv.sha256).exec();
            QVERIFY(chunk.next());
            altered = chunk.value(0).toByteArray();
        }
        altered[99] = char(altered.at(99) ^ 0x10);
        KESSAI_TRY(SqlQuery(*m_connection, u"UPDATE blob_chunks SET data = ? WHERE seq = 5 AND blob_id = "
                                           "(SELECT id FROM blobs WHERE sha256 = ?)"_s)
                       .bind(altered)
                       .bind(m_csv.sha256)
                       .exec());
        StoreVerifyDialog dialog(m_db->url());
        dialog.show();
        dialog.start();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 60000);
        QVERIFY2(dialog.summaryText().startsWith(u"1 problem(s) found"_s), qPrintable(dialog.summaryText()));
        const QString problems = dialog.problemsText();
        QVERIFY2(problems.contains(u"document %1, attachment 1 \"集計.csv\""_s.arg(m_doc)),
                 qPrintable(problems));
        QVERIFY2(problems.contains(u"SHA-256"_s), qPrintable(problems));
    }
};

QTEST_MAIN(TestStoreVerifyDialog)
#include "tst_storeverifydialog.moc"
