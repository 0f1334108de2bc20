// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's cover sheet pane, on both backends: the 鑑 is painted by CoverSheetPainter
// (the drawing of print and the record PDF), so a decided document shows the red データ印 in its
// 決裁欄 and a draft shows none; the route and the 差戻し rounds stay below as text; the pages
// are painted again at the pane's new width.
#include "core/org/Session.h"
#include "core/store/StoreConnection.h"
#include "core/workflow/CoverSheetReader.h"
#include "core/workflow/WorkflowStore.h"
#include "gui/CoverSheetView.h"
#include "render/DateSeal.h"
#include "tests/support/StoreTestHelpers.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/WorkflowOrg.h"

#include <QTest>

#include <map>
#include <memory>

using namespace kessai;
using namespace kessai::gui;
using namespace Qt::Literals::StringLiterals;
using K = WorkflowActionKind;

namespace {
/// Pixels of the seals' red (DateSeal::kRed, antialiased edges allowed) in image.
int sealPixels(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    int count = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            count += qRed(line[x]) > 170 && qGreen(line[x]) < 90 && qBlue(line[x]) < 90 ? 1 : 0;
    }
    return count;
}
} // namespace

class TestCoverSheetView : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<StoreConnection> m_connection;
    test::WorkflowOrg m_org;
    std::map<QString, std::unique_ptr<test::SessionAs>> m_people;

    Session &as(const char *login) { return m_people.at(QLatin1String(login))->session(); }
    void act(qint64 document, const char *login, K kind)
    {
        Session &session = as(login);
        WorkflowStore(session.connection()).act(session, document, kind, {});
    }
    CoverSheet sheetOf(qint64 document) { return *CoverSheetReader(*m_connection).read(document); }
    void show(CoverSheetView &view, const CoverSheet &sheet)
    {
        view.showDocument(sheet.document, sheet.route, {}, sheet);
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

    void decidedShowsSealsDraftShowsNone()
    {
        qint64 draft = 0;
        qint64 decided = 0;
        KESSAI_TRY(draft = m_org.draft(as("ito_t"), u"まだ下書きの文書"_s));
        KESSAI_TRY(decided = m_org.draft(as("ito_t"), u"決裁済みの文書"_s));
        KESSAI_TRY(WorkflowStore(as("ito_t").connection()).setRoute(as("ito_t"), decided, m_org.standardRoute()));
        KESSAI_TRY(act(decided, "ito_t", K::Submit));
        for (const char *login : {"sato_y", "watanabe_a", "kimura_s", "takahashi_m"})
            KESSAI_TRY(act(decided, login, K::Approve));
        KESSAI_TRY(act(decided, "suzuki_h", K::Decide));

        CoverSheetView view;
        view.resize(520, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        show(view, sheetOf(draft));
        QCOMPARE(view.documentId(), draft);
        QVERIFY(!view.sheetImages().isEmpty());
        QCOMPARE(sealPixels(view.sheetImages().first()), 0);
        QCOMPARE(sealPixels(view.grab().toImage()), 0);

        show(view, sheetOf(decided));
        QCOMPARE(view.documentId(), decided);
        QVERIFY(!view.sheetImages().isEmpty());
        // Five seals (係長, two 合議, 課長補佐, 課長) in the 決裁欄: red, and only in the boxes' band
        // of the page (below the fields, above the 件名).
        const QImage page = view.sheetImages().first();
        const int red = sealPixels(page);
        QVERIFY2(red > 5 * 40, qPrintable(QString::number(red)));
        const int height = page.height();
        QCOMPARE(sealPixels(page.copy(0, 0, page.width(), height / 5)), 0); // the header and fields
        QCOMPARE(sealPixels(page.copy(0, height * 3 / 5, page.width(), height * 2 / 5)), 0);
        // On the screen as well, not only in the picture: the pane shows it.
        const QImage screen = view.grab().toImage();
        QVERIFY(sealPixels(screen) > 5 * 20);
        if (const QString keep = qEnvironmentVariable("KESSAI_KEEP_OUTPUT"); !keep.isEmpty() && keep != u"1"_s)
            screen.save(keep + u"/coversheetview.png"_s); // KESSAI_KEEP_OUTPUT=folder: to look at
        // Route and 記事 remain text below the sheet.
        QVERIFY(view.toPlainText().contains(u"決裁済みの文書"_s));
        QVERIFY(view.toPlainText().contains(u"鈴木"_s));

        // A wider pane paints the sheet again at its width.
        const int before = view.sheetImages().first().width();
        view.resize(800, 900);
        QTRY_VERIFY(view.sheetImages().first().width() > before);
        QVERIFY(sealPixels(view.sheetImages().first()) > red);

        // Without a sheet (message), nothing painted is left.
        view.showMessage(u"なし"_s);
        QVERIFY(view.sheetImages().isEmpty());
    }
};

QTEST_MAIN(TestCoverSheetView)
#include "tst_coversheetview.moc"
