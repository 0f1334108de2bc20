// SPDX-License-Identifier: GPL-3.0-or-later
// Sha256, Kessai's one SHA-256 (OpenSSL's libcrypto): the standard's test vectors, the same digest
// however the data is cut into pieces, from a device, and a fresh start after each result —
// checked against Qt's independent implementation.
#include "core/Sha256.h"
#include "tests/support/StoreTestHelpers.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace kessai;

namespace {
QString qtHex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}
} // namespace

class TestSha256 : public QObject
{
    Q_OBJECT

private slots:
    void knownVectors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("hex");
        QTest::newRow("empty") << QByteArray()
                               << QStringLiteral(
                                      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("abc") << QByteArrayLiteral("abc")
                             << QStringLiteral(
                                    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("two blocks")
            << QByteArrayLiteral("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            << QStringLiteral("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    }

    void knownVectors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, hex);
        QCOMPARE(Sha256::hex(input), hex);
        QCOMPARE(Sha256::hash(input).size(), 32);
    }

    void piecesMakeTheSameDigest()
    {
        const QByteArray data = test::randomBytes(3 * 1024 * 1024 + 17, 20);
        Sha256 hash;
        QRandomGenerator cut(3);
        for (qsizetype done = 0; done < data.size();) {
            const qsizetype n = qMin<qsizetype>(cut.bounded(1, 200000), data.size() - done);
            hash.addData(QByteArrayView(data).sliced(done, n));
            done += n;
        }
        QCOMPARE(hash.hexResult(), qtHex(data));
    }

    void readsADevice()
    {
        QByteArray data = test::randomBytes(2 * 1024 * 1024 + 5, 21);
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        Sha256 hash;
        QVERIFY(hash.addData(buffer));
        QCOMPARE(hash.hexResult(), qtHex(data));
    }

    void startsOverAfterAResult()
    {
        Sha256 hash;
        hash.addData("first");
        QCOMPARE(hash.hexResult(), qtHex("first"));
        hash.addData("second");
        QCOMPARE(hash.hexResult(), qtHex("second"));
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
