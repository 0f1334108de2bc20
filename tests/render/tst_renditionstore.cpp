// SPDX-License-Identifier: GPL-3.0-or-later
// RenditionStore on both backends: PDFs and failures keyed by the source's SHA-256, explicit
// retry, and stored page layouts.
#include "core/renditions/RenditionStore.h"
#include "core/store/StoreConnection.h"
#include "tests/render/DossierFixture.h"
#include "tests/render/RenderFixtures.h"
#include "tests/support/StoreTestHelpers.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QTest>

using namespace kessai;
using namespace kessai::test;
using namespace Qt::Literals::StringLiterals;

namespace {
QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}
const QString kSource = u"b59157a84e748af7e3db4ba539dc0f0ea8e98ff781bda0467058d5b27fcfb7a5"_s;
} // namespace

class TestRenditionStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DossierFixture> m_fixture;
    RenditionStore store() { return RenditionStore(m_fixture->connection()); }

private slots:
    void init() { m_fixture = std::make_unique<DossierFixture>(); }
    void cleanup() { m_fixture.reset(); }

    void pdfRendition()
    {
        QVERIFY(!store().find(kSource));
        const QByteArray pdf = RenderFixtures::simplePdf(2);
        QBuffer buffer;
        buffer.setData(pdf);
        buffer.open(QIODevice::ReadOnly);
        RenditionRecord record;
        KESSAI_TRY(record = store().putPdf(kSource.toUpper(), buffer, 2, u"LibreOffice 7.4"_s));
        QVERIFY(record.ok());
        QCOMPARE(record.sourceSha256, kSource);
        QCOMPARE(record.pdfSha256, sha256(pdf));
        QCOMPARE(record.pdfSize, qint64(pdf.size()));
        QCOMPARE(record.pageCount, 2);
        QCOMPARE(record.converter, u"LibreOffice 7.4"_s);
        QCOMPARE(record.attempts, 1);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        KESSAI_TRY(store().readPdf(kSource, out));
        QCOMPARE(out.data(), pdf);
    }

    void failureThenRetry()
    {
        RenditionRecord record;
        KESSAI_TRY(record =
                       store().putFailure(kSource, u"LibreOffice could not convert the document"_s, u"LO"_s));
        QVERIFY(!record.ok());
        QCOMPARE(record.error, u"LibreOffice could not convert the document"_s);
        QVERIFY(record.pdfSha256.isEmpty());
        KESSAI_TRY(record = store().putFailure(kSource, u"again"_s, u"LO"_s));
        QCOMPARE(record.attempts, 2);
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, store().readPdf(kSource, *new QBuffer(this)));
        QVERIFY(store().forget(kSource));
        QVERIFY(!store().find(kSource));
        QVERIFY(!store().forget(kSource));
        // A success replaces a failure.
        store().putFailure(kSource, u"x"_s, u"LO"_s);
        QBuffer buffer;
        buffer.setData(RenderFixtures::simplePdf(1));
        buffer.open(QIODevice::ReadOnly);
        KESSAI_TRY(record = store().putPdf(kSource, buffer, 1, u"LO"_s));
        QVERIFY(record.ok());
        QVERIFY(record.error.isEmpty());
        QCOMPARE(record.attempts, 2);
    }

    void longErrorsAreCut()
    {
        const RenditionRecord record = store().putFailure(kSource, QString(5000, u'x'), u"LO"_s);
        QCOMPARE(record.error.size(), RenditionStore::kMaxErrorLength);
    }

    void layouts()
    {
        QVERIFY(!store().layout(kSource));
        PageLayoutRecord layout;
        layout.sha256 = kSource;
        layout.renderKind = u"pdf:pdf"_s;
        layout.pageSizes = {QSizeF(595.28, 841.89), QSizeF(595.28, 841.89), QSizeF(1190.55, 841.89)};
        KESSAI_TRY(store().putLayout(layout));
        auto stored = store().layout(kSource);
        QVERIFY(stored);
        QCOMPARE(stored->renderKind, u"pdf:pdf"_s);
        QCOMPARE(stored->layoutVersion, 1);
        QCOMPARE(stored->pageSizes, layout.pageSizes);
        layout.pageSizes = {QSizeF(100, 200)};
        layout.layoutVersion = 2;
        KESSAI_TRY(store().putLayout(layout));
        stored = store().layout(kSource);
        QCOMPARE(stored->pageSizes.size(), 1);
        QCOMPARE(stored->layoutVersion, 2);
        layout.pageSizes.clear();
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, store().putLayout(layout));
    }

    void sizesEncoding()
    {
        QList<QSizeF> sizes(1500, QSizeF(595.2756, 841.8898));
        sizes.append(QSizeF(841.89, 595.28));
        sizes.append(QSizeF(595.28, 841.89));
        const QString text = PageLayoutRecord::encodeSizes(sizes);
        QCOMPARE(text, u"595.28x841.89*1500;841.89x595.28;595.28x841.89"_s);
        const QList<QSizeF> decoded = PageLayoutRecord::decodeSizes(text);
        QCOMPARE(decoded.size(), 1502);
        QCOMPARE(decoded.at(1500), QSizeF(841.89, 595.28));
        QVERIFY(PageLayoutRecord::decodeSizes(u"12x"_s).isEmpty());
        QVERIFY(PageLayoutRecord::decodeSizes(u"1x1*0"_s).isEmpty());
        QVERIFY(PageLayoutRecord::decodeSizes(u"-1x5"_s).isEmpty());
    }

    void badSha() { KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, store().find(u"abc"_s)); }
};

QTEST_MAIN(TestRenditionStore)
#include "tst_renditionstore.moc"
