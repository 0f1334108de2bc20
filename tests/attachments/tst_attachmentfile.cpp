// SPDX-License-Identifier: GPL-3.0-or-later
// A file offered as an attachment is checked before anything is stored, and every refusal
// names the file and the reason; names that are not UTF-8 can still be opened.
#include "core/content/AttachmentFile.h"
#include "core/store/StoreError.h"
#include "tests/support/StoreTestHelpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace kessai;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 kLimit = 10 * 1024 * 1024;
}

class TestAttachmentFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString make(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    /// Expects inspect(path) to fail with BadData naming the file and saying reason.
    static bool refused(const QString &path, const QString &reason, qint64 limit = kLimit)
    {
        const std::optional<StoreError> error =
            test::storeErrorOf([&] { AttachmentFile::inspect(path, limit); });
        const bool ok = error && error->kind() == StoreError::Kind::BadData &&
                        error->message().contains(path) && error->message().contains(reason);
        if (!ok)
            qWarning("%s", error ? qPrintable(error->message()) : "no error");
        return ok;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aGoodFile()
    {
        const QByteArray pdf = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n";
        const QString path = make(u"報告書.pdf"_s, pdf);
        AttachmentFile file;
        KESSAI_TRY(file = AttachmentFile::inspect(path, kLimit));
        QCOMPARE(file.size(), pdf.size());
        QCOMPARE(file.originalName(), u"報告書.pdf"_s);
        QCOMPARE(file.displayPath(), path);
        QCOMPARE(file.mimeType(), u"application/pdf"_s);
        QCOMPARE(file.rawPath(), QFile::encodeName(path));
        const std::unique_ptr<QFile> device = file.open();
        QVERIFY(device->readAll() == pdf);
    }

    void refusals()
    {
        QVERIFY(refused(make(u"empty.txt"_s, {}), u"empty (0 bytes)"_s));
        QVERIFY(refused(m_dir.filePath(u"missing.txt"_s), u"does not exist"_s));
        QVERIFY(QDir(m_dir.path()).mkdir(u"folder"_s));
        QVERIFY(refused(m_dir.filePath(u"folder"_s), u"is a folder"_s));
        const QString fifo = m_dir.filePath(u"fifo"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QVERIFY(refused(fifo, u"not a regular file"_s));
        QVERIFY(refused(u"/dev/null"_s, u"not a regular file"_s));
        const QString big = make(u"big.bin"_s, QByteArray(1001, 'x'));
        QVERIFY(refused(big, u"larger than the limit"_s, 1000));
        KESSAI_TRY(AttachmentFile::inspect(big, 1001)); // exactly at the limit is fine
    }

    void unreadable()
    {
        if (::geteuid() == 0)
            QSKIP("running as root: file permissions do not keep root out");
        const QString path = make(u"locked.txt"_s, "secret");
        QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
        QVERIFY(refused(path, u"permission denied"_s));
    }

    void vanishedAfterInspection()
    {
        const QString path = make(u"vanishing.txt"_s, "here");
        const AttachmentFile file = AttachmentFile::inspect(path, kLimit);
        QVERIFY(QFile::remove(path));
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, file.open());
        QVERIFY(test::lastErrorMessage().contains(path));
    }

    void nameThatIsNotUtf8()
    {
        const QByteArray raw = QFile::encodeName(m_dir.path()) + "/caf\xE9 \x93\xfa.txt";
        const int fd = ::open(raw.constData(), O_CREAT | O_WRONLY | O_TRUNC, 0644);
        QVERIFY(fd >= 0);
        QCOMPARE(::write(fd, "latin-1", 7), ssize_t(7));
        ::close(fd);
        AttachmentFile file;
        QByteArray content;
        QString hash;
        try {
            file = AttachmentFile::inspect(raw, kLimit);
            content = file.open()->readAll();
            hash = file.sha256();
        } catch (const StoreError &error) {
            qWarning("%s", qPrintable(error.message()));
        }
        ::unlink(raw.constData()); // QTemporaryDir cannot remove it: the name does not decode
        QCOMPARE(file.originalName(), u"caf\\xE9 \\x93\\xFA.txt"_s);
        QVERIFY(file.displayPath().endsWith(u"/caf\\xE9 \\x93\\xFA.txt"_s));
        QCOMPARE(file.rawPath(), raw);
        QVERIFY(content == "latin-1");
        QCOMPARE(hash, QString::fromLatin1(
                           QCryptographicHash::hash("latin-1", QCryptographicHash::Sha256).toHex()));
    }

    void sha256AndCancel()
    {
        QByteArray content(2 * 1024 * 1024 + 512 * 1024 + 3, Qt::Uninitialized);
        QRandomGenerator generator(5);
        for (char &c : content)
            c = char(generator.bounded(256));
        const QString path = make(u"random.bin"_s, content);
        const AttachmentFile file = AttachmentFile::inspect(path, kLimit);
        QList<qint64> progress;
        QString hash;
        KESSAI_TRY(hash = file.sha256([&progress](qint64 done) {
            progress.append(done);
            return true;
        }));
        QCOMPARE(hash,
                 QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(progress.size(), 3);
        QCOMPARE(progress.last(), content.size());

        KESSAI_EXPECT_ERROR(StoreError::Kind::Cancelled, file.sha256([](qint64) { return false; }));
        QVERIFY(test::lastErrorMessage().contains(path));

        // Changed after inspection: the hash is refused, not silently different.
        QFile grow(path);
        QVERIFY(grow.open(QIODevice::Append));
        grow.write("more");
        grow.close();
        KESSAI_EXPECT_ERROR(StoreError::Kind::BadData, file.sha256());
        QVERIFY(test::lastErrorMessage().contains(u"changed"_s));
    }
};

QTEST_GUILESS_MAIN(TestAttachmentFile)
#include "tst_attachmentfile.moc"
