// SPDX-License-Identifier: GPL-3.0-or-later
// MemoryPlatform: the next page's memory made ready ahead, so that drawing it takes no page faults,
// and handed back to the system with the rest of the free memory.
#include "render/MemoryPlatform.h"

#include <QTest>

#include <cstdlib>
#include <thread>

#if defined(Q_OS_LINUX) && defined(__GLIBC__)
#include <sys/resource.h>
#endif

using namespace kessai::render;

namespace {

#if defined(Q_OS_LINUX) && defined(__GLIBC__)
/// Minor page faults taken by the calling thread so far: one per 4 KiB touched for the first time.
long threadFaults()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return usage.ru_minflt;
}

/// Allocates `bytes`, writes every page of it, and returns the faults that took; the block is
/// kept (a page cache keeps what it shows) and returned through `kept`.
long touchNewBlock(std::size_t bytes, void **kept)
{
    const long before = threadFaults();
    auto *block = static_cast<volatile char *>(std::malloc(bytes));
    for (std::size_t offset = 0; offset < bytes; offset += 4096)
        block[offset] = 1;
    *kept = const_cast<char *>(block);
    return threadFaults() - before;
}
#endif

} // namespace

class TestMemoryPlatform : public QObject
{
    Q_OBJECT

private slots:
    void nextPageFindsItsMemoryReady()
    {
#if defined(Q_OS_LINUX) && defined(__GLIBC__) && !defined(__SANITIZE_THREAD__) &&                    \
    !defined(__SANITIZE_ADDRESS__)
        // An A4 page at 108 dpi, as the single view keeps it: 893 × 1263 × 4 bytes.
        const std::size_t page = 893u * 1263u * 4u;
        const long pagesOfMemory = long(page / 4096);
        long unprepared = 0;
        long prepared = 0;
        long preparedTwice = 0;
        long preparedThenReleased = 0;
        // A thread of its own: its own glibc arena, as a render worker has.
        std::thread worker([&] {
            void *first = nullptr;
            void *second = nullptr;
            void *third = nullptr;
            void *fourth = nullptr;
            unprepared = touchNewBlock(page, &first);
            MemoryPlatform::prepareNextAllocation(page);
            MemoryPlatform::usePreparedMemory();
            prepared = touchNewBlock(page, &second);
            MemoryPlatform::prepareNextAllocation(page);
            MemoryPlatform::usePreparedMemory();
            preparedTwice = touchNewBlock(page, &third);
            // Memory made ready and not used yet is free memory: handed back like the rest.
            MemoryPlatform::prepareNextAllocation(page);
            MemoryPlatform::releaseFreeMemory();
            MemoryPlatform::usePreparedMemory(); // nothing left to use
            preparedThenReleased = touchNewBlock(page, &fourth);
            std::free(fourth);
            std::free(first);
            std::free(second);
            std::free(third);
        });
        worker.join();
        // Without preparing, every page of the block is a fault; prepared, almost none is.
        QVERIFY2(unprepared > pagesOfMemory / 2, qPrintable(QString::number(unprepared)));
        QVERIFY2(prepared < pagesOfMemory / 10, qPrintable(QString::number(prepared)));
        QVERIFY2(preparedTwice < pagesOfMemory / 10, qPrintable(QString::number(preparedTwice)));
        QVERIFY2(preparedThenReleased > pagesOfMemory / 2, qPrintable(QString::number(preparedThenReleased)));
#else
        QSKIP("measured on glibc without sanitizers only");
#endif
    }
};

QTEST_GUILESS_MAIN(TestMemoryPlatform)
#include "tst_memoryplatform.moc"
