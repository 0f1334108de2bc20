// SPDX-License-Identifier: GPL-3.0-or-later
// ConversionService with the real LibreOffice on both backends: a document's office
// attachments are converted in one run, stored as renditions keyed by content, never converted
// twice; a failure is stored with its reason and converted again only when asked.
#include "core/documents/AttachmentStore.h"
#include "core/renditions/RenditionStore.h"
#include "core/store/StoreConnection.h"
#include "render/ConversionService.h"
#include "render/OfficeConverter.h"
#include "tests/render/DossierFixture.h"
#include "tests/render/RenderFixtures.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kessai;
using namespace kessai::render;
using namespace kessai::test;
using namespace Qt::Literals::StringLiterals;

class TestConversionService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_cache;

    static bool settle(ConversionService &service)
    {
        // Finished conversions report through queued signals: let them arrive.
        const bool idle = service.waitForIdle(240000);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        return idle;
    }

private slots:
    void everythingPendingGoesInOneRun()
    {
        // LibreOffice's start (about a second) is paid once for all the files waiting, however
        // many: ten attachments, one run (it was batches of eight: two runs).
        if (!OfficeConverter::isAvailable())
            QSKIP("LibreOffice (soffice) is not installed");
        DossierFixture fixture;
        const qint64 doc = fixture.newDraft();
        QList<AttachmentRecord> attachments;
        for (int i = 0; i < 10; ++i)
            attachments.append(fixture.attach(
                doc,
                RenderFixtures::rtf({u"通知 %1"_s.arg(i + 1), u"第%1号 電子決裁の運用について"_s.arg(i + 1)}),
                u"notice-%1.rtf"_s.arg(i + 1), u"application/rtf"_s));
        ConversionService service(fixture.url());
        service.setCacheDirectory(m_cache.path());
        service.enqueueDocument(doc);
        QVERIFY(settle(service));
        QCOMPARE(service.conversionRuns(), 1);
        QCOMPARE(service.officeStarts(), 1);
        for (const AttachmentRecord &attachment : std::as_const(attachments))
            QCOMPARE(service.status(attachment.sha256).state, ConversionService::State::Done);
    }

    void keptLibreOfficeServesBatchAfterBatch()
    {
        // Attachments arriving one at a time (a clerk adding files to a draft) cost one
        // LibreOffice start; it ends after its idle time and starts again for the next file.
        if (!OfficeConverter::isAvailable())
            QSKIP("LibreOffice (soffice) is not installed");
        DossierFixture fixture;
        const qint64 doc = fixture.newDraft();
        auto attach = [&](int i) {
            return fixture.attach(doc, RenderFixtures::rtf({u"照会 %1"_s.arg(i), u"第%1号"_s.arg(i)}),
                                  u"inquiry-%1.rtf"_s.arg(i), u"application/rtf"_s);
        };
        ConversionService service(fixture.url());
        service.setCacheDirectory(m_cache.path());
        QString first;
        for (int i = 1; i <= 3; ++i) {
            const AttachmentRecord rtf = attach(i);
            if (first.isEmpty())
                first = rtf.sha256;
            service.enqueue(rtf.sha256, rtf.displayName);
            QVERIFY(settle(service));
            QCOMPARE(service.status(rtf.sha256).state, ConversionService::State::Done);
            QVERIFY(service.officeKept());
        }
        QCOMPARE(service.conversionRuns(), 3);
        QCOMPARE(service.officeStarts(), 1);
        QVERIFY(RenditionStore(fixture.connection()).find(first)->ok());

        service.setIdleStop(200);
        QTRY_VERIFY_WITH_TIMEOUT(!service.officeKept(), 10000);
        const AttachmentRecord later = attach(4);
        service.enqueue(later.sha256, later.displayName);
        QVERIFY(settle(service));
        QCOMPARE(service.status(later.sha256).state, ConversionService::State::Done);
        QCOMPARE(service.officeStarts(), 2);

        // Not kept (as where no Python has UNO): one LibreOffice run per batch.
        ConversionService cold(fixture.url());
        cold.setCacheDirectory(m_cache.path());
        cold.setWarmConverter(false);
        for (int i = 5; i <= 6; ++i) {
            const AttachmentRecord rtf = attach(i);
            cold.enqueue(rtf.sha256, rtf.displayName);
            QVERIFY(settle(cold));
            QCOMPARE(cold.status(rtf.sha256).state, ConversionService::State::Done);
            QVERIFY(!cold.officeKept());
        }
        QCOMPARE(cold.officeStarts(), 2);
    }

    void convertsOnceAndRemembersFailures()
    {
        if (!OfficeConverter::isAvailable())
            QSKIP("LibreOffice (soffice) is not installed");
        DossierFixture fixture;
        const qint64 doc = fixture.newDraft();
        const AttachmentRecord rtf =
            fixture.attach(doc, RenderFixtures::rtf({u"通知文"_s, u"令和6年4月1日 電子決裁の運用について"_s}),
                           u"notice.rtf"_s, u"application/rtf"_s);
        const AttachmentRecord broken =
            fixture.attach(doc, RenderFixtures::docx({u"議事録"_s}, true), u"corrupted.docx"_s);
        const AttachmentRecord pdf = fixture.attach(doc, RenderFixtures::simplePdf(1), u"cover.pdf"_s);

        int runs = 0;
        {
            ConversionService service(fixture.url());
            service.setCacheDirectory(m_cache.path());
            QSignalSpy finished(&service, &ConversionService::finished);
            service.enqueueDocument(doc);
            QVERIFY(settle(service));
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000); // the two office documents only
            QCOMPARE(service.status(rtf.sha256).state, ConversionService::State::Done);
            QCOMPARE(service.status(broken.sha256).state, ConversionService::State::Failed);
            QCOMPARE(service.status(pdf.sha256).state, ConversionService::State::Unknown);
            runs = service.conversionRuns();
            QVERIFY2(runs >= 1 && runs <= 2,
                     qPrintable(QString::number(runs))); // batch, then the failure alone
        }
        RenditionStore store(fixture.connection());
        const auto made = store.find(rtf.sha256);
        QVERIFY(made && made->ok());
        QVERIFY(made->pageCount >= 1);
        QVERIFY(made->converter.startsWith(u"LibreOffice"_s));
        const auto layout = store.layout(rtf.sha256);
        QVERIFY(layout);
        QCOMPARE(layout->renderKind, u"office:rtf"_s);
        QCOMPARE(layout->pageSizes.size(), made->pageCount);
        const auto failed = store.find(broken.sha256);
        QVERIFY(failed && !failed->ok());
        QVERIFY2(failed->error.contains(u"LibreOffice"_s), qPrintable(failed->error));
        QVERIFY(!store.find(pdf.sha256));

        // Another client (a new service) finds both in the store: nothing is converted.
        {
            ConversionService again(fixture.url());
            again.setCacheDirectory(m_cache.path());
            again.enqueue(rtf.sha256, u"notice.rtf"_s);
            again.enqueue(broken.sha256, u"corrupted.docx"_s);
            QVERIFY(settle(again));
            QCOMPARE(again.conversionRuns(), 0);
            QCOMPARE(again.status(rtf.sha256).state, ConversionService::State::Done);
            QCOMPARE(again.status(broken.sha256).state, ConversionService::State::Failed);
            QVERIFY(!again.status(broken.sha256).message.isEmpty());

            // An explicit retry converts again (and fails again).
            again.retry(broken.sha256, u"corrupted.docx"_s);
            QVERIFY(settle(again));
            QCOMPARE(again.conversionRuns(), 1);
            QCOMPARE(store.find(broken.sha256)->attempts, 2);
        }
    }

    void textAttachmentsGetTheirPageCount()
    {
        // The 頁数 column was empty for text: it is known once the text is laid out as the single
        // view shows it, and the list is told (finished) so it can read it again.
        DossierFixture fixture;
        const qint64 doc = fixture.newDraft();
        QString text;
        for (int line = 1; line <= 400; ++line)
            text += u"%1行目 予算の執行状況について報告します。\n"_s.arg(line);
        const AttachmentRecord memo = fixture.attach(doc, text.toUtf8(), u"報告.txt"_s, u"text/plain"_s);
        const AttachmentRecord note = fixture.attach(doc, "short note\n", u"note.txt"_s, u"text/plain"_s);
        QCOMPARE(memo.pageCount, 0);
        ConversionService service(fixture.url());
        service.setCacheDirectory(m_cache.path());
        QSignalSpy finished(&service, &ConversionService::finished);
        service.enqueueDocument(doc);
        QVERIFY(settle(service));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
        QCOMPARE(service.conversionRuns(), 0); // text is measured, not converted
        const QList<AttachmentRecord> listed = AttachmentStore(fixture.connection()).list(doc);
        QCOMPARE(listed.size(), qsizetype(2));
        QVERIFY2(listed.at(0).pageCount >= 5, qPrintable(QString::number(listed.at(0).pageCount)));
        QCOMPARE(listed.at(1).pageCount, 1);
        QCOMPARE(listed.at(1).id, note.id);

        // Measured once: the next look at the document does not lay it out again.
        service.enqueueDocument(doc);
        QVERIFY(settle(service));
        QCOMPARE(finished.size(), 2);
    }

    void missingLibreOfficeIsNotRemembered()
    {
        // A client without LibreOffice says why, but leaves the content to one that has it.
        DossierFixture fixture;
        const qint64 doc = fixture.newDraft();
        const AttachmentRecord rtf = fixture.attach(doc, RenderFixtures::rtf({u"通知"_s}), u"notice.rtf"_s);
        qputenv("KESSAI_SOFFICE", "/nonexistent/soffice");
        {
            ConversionService service(fixture.url());
            service.setCacheDirectory(m_cache.path());
            service.enqueue(rtf.sha256, u"notice.rtf"_s);
            QVERIFY(settle(service));
            QCOMPARE(service.status(rtf.sha256).state, ConversionService::State::Failed);
            QVERIFY(service.status(rtf.sha256).message.contains(u"not installed"_s));
        }
        qunsetenv("KESSAI_SOFFICE");
        QVERIFY(!RenditionStore(fixture.connection()).find(rtf.sha256));
    }
};

QTEST_MAIN(TestConversionService)
#include "tst_conversionservice.moc"
