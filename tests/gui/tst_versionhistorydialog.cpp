// SPDX-License-Identifier: GPL-3.0-or-later
// 版の履歴, offscreen, on both backends: the dialog lists an attachment's versions, opens one
// read-only, restores an old version as a NEW version (refused after 決裁, the store's message
// shown inline), and compares two versions' text side by side.
#include "core/editing/AttachmentVersions.h"
#include "core/org/Session.h"
#include "core/store/StoreConnection.h"
#include "gui/StoreClient.h"
#include "gui/editing/VersionCompareDialog.h"
#include "gui/editing/VersionHistoryDialog.h"
#include "gui/singleview/VersionViewWindow.h"
#include "render/RenderEngine.h"
#include "tests/editing/EditingFixture.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTextEdit>

using namespace kessai;
using namespace kessai::gui;

namespace {
const QByteArray kFirst("一行目\n二行目\n三行目\n");
const QByteArray kSecond("一行目\n二行目 改訂\n三行目\n四行目\n");

QPushButton *button(QWidget *dialog, const QString &text)
{
    for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}
} // namespace

class TestVersionHistoryDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::EditingFixture> f;
    std::unique_ptr<StoreClient> m_client;
    qint64 m_doc = 0;
    qint64 m_attachment = 0;

    void addVersion(qint64 attachmentId, const QByteArray &bytes, int base)
    {
        Session &ito = f->as("ito_t");
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        KESSAI_TRY(AttachmentVersions(ito.connection()).addVersion(ito, attachmentId, buffer, {}, base));
    }

    std::unique_ptr<VersionHistoryDialog> openDialog(qint64 attachmentId, const QString &name)
    {
        auto dialog = std::make_unique<VersionHistoryDialog>(m_client.get(), attachmentId, name);
        dialog->show();
        dialog->load();
        return dialog;
    }

private slots:
    void init()
    {
        f = std::make_unique<test::EditingFixture>();
        QList<qint64> ids;
        KESSAI_TRY(m_doc = f->draftWith({kFirst}, &ids));
        m_attachment = ids.value(0);
        addVersion(m_attachment, kSecond, 1);
        QCOMPARE(f->versionCount(m_attachment), 2);

        // The GUI's store thread acts as the drafter (her own role on PostgreSQL, --as on SQLite).
        m_client = std::make_unique<StoreClient>();
        const bool pg = test::TestDatabase::isPostgreSQL();
        const DatabaseUrl url = pg ? f->db().urlAs(QStringLiteral("ito_t")) : f->db().url();
        bool started = false;
        m_client->call<bool>(
            this,
            [url, pg](StoreWorker &worker) {
                worker.open(url);
                worker.startSession(pg ? QString() : QStringLiteral("ito_t"));
                return true;
            },
            [&started](bool ok) { started = ok; },
            [](const StoreClient::Failure &failure) { QFAIL(qPrintable(failure.message)); });
        QTRY_VERIFY(started);
    }

    void cleanup()
    {
        m_client.reset();
        f.reset();
    }

    void listsVersionsAndRestoresAsNewVersion()
    {
        auto dialog = openDialog(m_attachment, QStringLiteral("a1.txt"));
        QTRY_VERIFY(dialog->isLoaded());
        QCOMPARE(dialog->table()->rowCount(), 2);
        QCOMPARE(dialog->table()->item(0, VersionHistoryDialog::VersionColumn)->text(), QStringLiteral("1"));
        QCOMPARE(dialog->table()->item(1, VersionHistoryDialog::VersionColumn)->text(), QStringLiteral("2"));
        QVERIFY(!dialog->table()->item(0, VersionHistoryDialog::AuthorColumn)->text().isEmpty());
        QVERIFY(dialog->table()
                    ->item(0, VersionHistoryDialog::TimeColumn)
                    ->text()
                    .contains(QStringLiteral("年")));

        // The current version cannot be restored onto itself; version 1 can.
        QPushButton *restore = button(dialog.get(), VersionHistoryDialog::tr("&Restore this version"));
        QVERIFY(restore);
        dialog->selectVersions({2});
        QVERIFY(!restore->isEnabled());
        dialog->selectVersions({1});
        QCOMPARE(dialog->selectedVersions(), QList<int>{1});
        QVERIFY(restore->isEnabled());

        QSignalSpy restored(dialog.get(), &VersionHistoryDialog::restored);
        restore->click();
        QTRY_COMPARE(restored.size(), 1);
        QCOMPARE(restored.first().first().toInt(), 3);
        QTRY_COMPARE(dialog->table()->rowCount(), 3);
        QCOMPARE(dialog->versions().constLast().restoredFrom, 1);

        // History is kept: 1 and 2 unchanged, 3 has 1's content.
        AttachmentVersions versions(f->admin());
        QCOMPARE(versions.version(m_attachment, 3)->sha256, test::EditingFixture::sha(kFirst));
        QCOMPARE(versions.version(m_attachment, 2)->sha256, test::EditingFixture::sha(kSecond));
        QCOMPARE(f->content(m_attachment, 3), kFirst);
    }

    void viewsAVersionReadOnly()
    {
        auto dialog = openDialog(m_attachment, QStringLiteral("../a1.txt"));
        QTRY_VERIFY(dialog->isLoaded());
        QStringList opened;
        dialog->setFileOpener([&opened](const QString &path) { opened.append(path); });
        dialog->viewVersion(1);
        QTRY_COMPARE(opened.size(), 1);
        QCOMPARE(opened.first(), dialog->lastViewedPath());
        QVERIFY(opened.first().contains(QStringLiteral("kessai-view")));
        QVERIFY(opened.first().endsWith(QStringLiteral("/a1.txt")));
        QFile file(opened.first());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), kFirst);
        QVERIFY(!(file.permissions() &
                  (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther)));

        // Viewing again replaces the read-only file.
        dialog->viewVersion(2);
        QTRY_COMPARE(opened.size(), 2);
        dialog->viewVersion(1);
        QTRY_COMPARE(opened.size(), 3);
        QCOMPARE(opened.at(2), opened.at(0));
    }

    void aVersionOpensInTheSingleView()
    {
        auto dialog = openDialog(m_attachment, QStringLiteral("a1.txt"));
        QTRY_VERIFY(dialog->isLoaded());
        dialog->viewVersion(1); // the default: a read-only single view of that version
        VersionViewWindow *window = nullptr;
        QTRY_VERIFY((window = dialog->window()->findChild<VersionViewWindow *>()));
        QVERIFY(window->windowTitle().contains(QLatin1String("version 1")));
        QVERIFY(window->windowTitle().contains(QLatin1String("read-only")));
        QTRY_VERIFY(window->engine()->itemCount() == 1 && window->engine()->item(0).isReady());
        QCOMPARE(window->engine()->item(0).sha256, test::EditingFixture::sha(kFirst));
        QCOMPARE(window->engine()->item(0).name, QStringLiteral("a1.txt"));
        window->close();
    }

    void comparesTwoVersions()
    {
        auto dialog = openDialog(m_attachment, QStringLiteral("a1.txt"));
        QTRY_VERIFY(dialog->isLoaded());
        QPushButton *compare = button(dialog.get(), VersionHistoryDialog::tr("&Compare"));
        QVERIFY(compare);
        dialog->selectVersions({1});
        QVERIFY(!compare->isEnabled());
        dialog->selectVersions({1, 2});
        QVERIFY(compare->isEnabled());
        compare->click();
        QVERIFY(dialog->compareDialog());
        VersionCompareDialog *diff = dialog->compareDialog();
        QTRY_VERIFY_WITH_TIMEOUT(diff->isFinished(), 20000);
        QVERIFY2(diff->isCompared(), qPrintable(diff->summary()));
        QCOMPARE(diff->leftVersion(), 1);
        QCOMPARE(diff->rightVersion(), 2);
        QCOMPARE(diff->diff().addedCount(), 2);
        QCOMPARE(diff->diff().removedCount(), 1);
        QVERIFY(diff->summary().contains(QStringLiteral("2")));
        QVERIFY(diff->summary().contains(QStringLiteral("1")));
        const QStringList left = diff->leftView()->toPlainText().split(u'\n');
        const QStringList right = diff->rightView()->toPlainText().split(u'\n');
        QCOMPARE(left.size(), right.size()); // aligned rows
        QCOMPARE(left.at(1), QStringLiteral("二行目"));
        QCOMPARE(right.at(1), QStringLiteral("二行目 改訂"));
        QCOMPARE(right.at(3), QStringLiteral("四行目"));
        QVERIFY(left.at(3).isEmpty());
        QCOMPARE(diff->diff().rows().at(1).kind, TextDiff::Kind::Changed);

        // Scrolling one side scrolls the other.
        diff->leftView()->setFixedHeight(40);
        diff->rightView()->setFixedHeight(40);
        QScrollBar *leftBar = diff->leftView()->verticalScrollBar();
        QTRY_VERIFY(leftBar->maximum() > 0);
        leftBar->setValue(leftBar->maximum());
        QCOMPARE(diff->rightView()->verticalScrollBar()->value(), leftBar->maximum());
    }

    void imagesHaveNoTextToCompare()
    {
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::red);
        QBuffer png;
        png.open(QIODevice::WriteOnly);
        image.save(&png, "PNG");
        QList<qint64> ids;
        KESSAI_TRY(f->draftWith({png.data()}, &ids));
        image.fill(Qt::blue);
        QBuffer png2;
        png2.open(QIODevice::WriteOnly);
        image.save(&png2, "PNG");
        addVersion(ids.value(0), png2.data(), 1);

        auto dialog = openDialog(ids.value(0), QStringLiteral("a1.png"));
        QTRY_VERIFY(dialog->isLoaded());
        dialog->compareVersions(1, 2);
        VersionCompareDialog *diff = dialog->compareDialog();
        QVERIFY(diff);
        QTRY_VERIFY_WITH_TIMEOUT(diff->isFinished(), 20000);
        QVERIFY(!diff->isCompared());
        QVERIFY2(diff->summary().contains(QStringLiteral("no text")), qPrintable(diff->summary()));
    }

    void restoreRefusedAfterDecision()
    {
        KESSAI_TRY(f->decide(m_doc));
        auto dialog = openDialog(m_attachment, QStringLiteral("a1.txt"));
        QTRY_VERIFY(dialog->isLoaded());
        QSignalSpy failed(dialog.get(), &VersionHistoryDialog::failed);
        QSignalSpy restored(dialog.get(), &VersionHistoryDialog::restored);
        dialog->restoreVersion(1);
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(!dialog->message().isEmpty());
        QCOMPARE(dialog->message(), failed.first().first().toString());
        QVERIFY(!dialog->isBusy());
        QCOMPARE(restored.size(), 0);
        QCOMPARE(f->versionCount(m_attachment), 2);
    }
};

QTEST_MAIN(TestVersionHistoryDialog)
#include "tst_versionhistorydialog.moc"
