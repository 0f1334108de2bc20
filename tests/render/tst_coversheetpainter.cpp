// SPDX-License-Identifier: GPL-3.0-or-later
// CoverSheetPainter without a store: a long route and a long text run onto further pages and
// every line and every box is drawn exactly once (nothing cut off, nothing twice); the marks of
// 引上げ, 不在, 後閲 (owed and read), 代決 and 差戻し; a pending box stays empty.
#include "locale/JapaneseDate.h"
#include "render/CoverSheetPainter.h"

#include <poppler-qt6.h>

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTest>

using namespace kessai;
using namespace kessai::render;
using namespace Qt::Literals::StringLiterals;

namespace {
RouteStep step(qint64 id, StepKind kind, StepState state)
{
    RouteStep s;
    s.id = id;
    s.kind = kind;
    s.state = state;
    s.assigneeId = id;
    s.assigneeTitle = u"職%1"_s.arg(id);
    if (state != StepState::Pending && state != StepState::Waiting) {
        s.actedById = id;
        s.actedAt = QDateTime(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC);
    }
    return s;
}

/// Every page's text, through a PDF as printing and the record would make it.
QStringList drawnText(const CoverSheetPainter &painter)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(72);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF());
        QPainter p(&writer);
        for (int i = 0; i < painter.pageCount(); ++i) {
            if (i > 0)
                writer.newPage();
            painter.paintPage(p, i);
        }
    }
    const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(buffer.data());
    QStringList texts;
    for (int i = 0; pdf && i < pdf->numPages(); ++i)
        texts << pdf->page(i)->text(QRectF()).remove(QRegularExpression(u"\\s"_s));
    return texts;
}
} // namespace

class TestCoverSheetPainter : public QObject
{
    Q_OBJECT

private slots:
    void longRouteAndTextRunOntoMorePages()
    {
        CoverSheet sheet;
        sheet.document.title = u"長い起案"_s;
        sheet.document.numberLabel = u"総務第7号"_s;
        QStringList lines;
        for (int i = 1; i <= 180; ++i)
            lines << u"第%1項 これは本文の行です（行番号%1）。"_s.arg(i);
        sheet.document.body = lines.join(u'\n');
        for (int i = 1; i <= 30; ++i) {
            sheet.route.append(step(i, i == 30 ? StepKind::Decide : StepKind::Review,
                                    i == 30 ? StepState::Decided : StepState::Approved));
            sheet.owners.insert(i, {u"課%1"_s.arg(i), u"姓%1"_s.arg(i)});
        }
        const CoverSheetPainter painter(sheet);
        QVERIFY(painter.pageCount() >= 3);
        const QString all = drawnText(painter).join(QString());
        for (int i = 1; i <= 180; ++i)
            QVERIFY2(all.count(u"（行番号%1）"_s.arg(i)) == 1, qPrintable(u"line %1"_s.arg(i)));
        for (int i = 1; i <= 30; ++i)
            QVERIFY2(all.count(u"職%1"_s.arg(i)) >= 1, qPrintable(u"box %1"_s.arg(i)));
        QCOMPARE(all.count(JapaneseDate::compact(QDate(2026, 11, 21))), 30);
        QVERIFY(all.contains(u"総務第7号"_s)); // the continuation pages name the document
    }

    void enforcementOnTheSheet()
    {
        CoverSheet sheet;
        sheet.document.title = u"施行する起案"_s;
        Enforcement e;
        e.enforcedOn = QDate(2026, 12, 4);
        e.destinations = {{1, u"北海道総務部長"_s}, {2, u"札幌市長"_s}};
        e.method = EnforcementMethod::NoticeBoard;
        e.seal = OfficialSeal::Omitted;
        e.fairCopyCheckerId = 5;
        e.fairCopyCheckerName = u"佐藤 由美"_s;
        e.fairCopyCheckedAt = QDateTime(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC);
        e.issuedAttachmentId = 9;
        e.issuedAttachmentName = u"通知文.docx"_s;
        e.issuedVersionNo = 2;
        e.issuedSha256 = u"abcdef0123456789"_s;
        sheet.enforcement = e;
        const QString all = drawnText(CoverSheetPainter(sheet)).join(QString());
        auto bare = [](QString text) { return text.remove(QRegularExpression(u"\\s"_s)); };
        for (const QString &text :
             {JapaneseDate::eraDate(e.enforcedOn), u"北海道総務部長、札幌市長"_s, enforcementMethodLabel(e.method),
              officialSealLabel(e.seal), u"佐藤由美"_s, JapaneseDate::compact(QDate(2026, 12, 3)), u"通知文.docx"_s,
              u"abcdef012345"_s})
            QVERIFY2(all.contains(bare(text)), qPrintable(text));
        // Without a 施行 none of it is drawn.
        CoverSheet plain;
        plain.document.title = u"施行前"_s;
        const QString none = drawnText(CoverSheetPainter(plain)).join(QString());
        QVERIFY(!none.contains(bare(officialSealLabel(OfficialSeal::Omitted))));
        QVERIFY(!none.contains(bare(CoverSheetPainter::tr("Sent to"))));
    }

    void marks()
    {
        RouteStep skipped = step(1, StepKind::Review, StepState::Skipped);
        skipped.skipReason = SkipReason::SkipAhead;
        skipped.postReview = PostReviewMark::Owed;
        QCOMPARE(CoverSheetPainter::marks(skipped), (QStringList{CoverSheetPainter::tr("Skipped ahead"),
                                                                 CoverSheetPainter::tr("Post-review")}));
        RouteStep proxy = step(2, StepKind::Decide, StepState::Decided);
        proxy.actingForId = 9;
        QCOMPARE(CoverSheetPainter::marks(proxy), QStringList{CoverSheetPainter::tr("Proxy decision")});
        RouteStep returned = step(3, StepKind::Review, StepState::Returned);
        QCOMPARE(CoverSheetPainter::marks(returned), QStringList{CoverSheetPainter::tr("Returned")});
        RouteStep absent = step(4, StepKind::Review, StepState::Skipped);
        absent.skipReason = SkipReason::Absent;
        QCOMPARE(CoverSheetPainter::marks(absent), QStringList{CoverSheetPainter::tr("Absent")});
        QVERIFY(CoverSheetPainter::marks(step(5, StepKind::Review, StepState::Pending)).isEmpty());
    }

    void sealsOnlyWhereActed()
    {
        CoverSheet sheet;
        RouteStep read = step(1, StepKind::Review, StepState::Skipped);
        read.skipReason = SkipReason::SkipAhead;
        read.postReview = PostReviewMark::Read;
        read.postReviewedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
        RouteStep owed = step(2, StepKind::Review, StepState::Skipped);
        owed.skipReason = SkipReason::SkipAhead;
        owed.postReview = PostReviewMark::Owed;
        sheet.route = {read, owed, step(3, StepKind::Decide, StepState::Pending)};
        sheet.owners = {{1, {u"読者"_s, u"人事"_s}}, {2, {u"未読"_s, u"人事"_s}}, {3, {u"待機"_s, u"総務"_s}}};
        const QString all = drawnText(CoverSheetPainter(sheet)).join(QString());
        QVERIFY(all.contains(u"読者"_s));                                  // 後閲 read: the reader's seal
        QVERIFY(all.contains(JapaneseDate::compact(QDate(2026, 12, 1)))); // with the day they read it
        QVERIFY(!all.contains(u"未読"_s));                                 // 後閲 owed: no seal yet
        QVERIFY(!all.contains(u"待機"_s));                                 // pending: an empty box
    }
};

QTEST_MAIN(TestCoverSheetPainter)
#include "tst_coversheetpainter.moc"
