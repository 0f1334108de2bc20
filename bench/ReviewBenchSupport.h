// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/org/Session.h"
#include "core/store/StoreConnection.h"

#include <QList>
#include <QString>
#include <QTextStream>

#include <functional>
#include <memory>

namespace kessai::render {
class RenderEngine;
}

/// What the review benchmarks (singleview_bench, export_bench) share: generated documents, a
/// store to attach them to, and the process's memory figures.
namespace kessai::bench {

/// Standard output, for the figures.
QTextStream &out();
double median(QList<double> values);
/// A field of /proc/self/status (VmRSS:, VmHWM:) in KiB, or of another process's when pid > 0.
qint64 statusKiB(const char *field, qint64 pid = 0);
/// Resets this process's peak RSS (VmHWM) to what it uses now.
void resetPeakRss();
/// Minor page faults this process has taken so far, all threads (0 where not measured): one
/// per 4 KiB of memory written for the first time.
qint64 minorFaults();
/// Runs the event loop (sleeping, never spinning: a busy main thread would take a core from
/// the render threads) until done() or timeoutMs. done() is checked whenever engine reports
/// something, and every 10 ms.
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 120000,
               render::RenderEngine *engine = nullptr);

extern const QString kParagraph;
/// A report of pages pages: a heading, paragraphs and a table on each, text in IPAGothic.
void writeReport(const QString &path, int pages, const QString &title, bool heavy = false);
/// An RTF document of paragraphs paragraphs of Japanese text (LibreOffice converts it).
void writeRtf(const QString &path, int paragraphs);

/// A new SQLite store with an organization, its administrator in a unit.
struct Store
{
    std::unique_ptr<StoreConnection> connection;
    std::unique_ptr<Session> session;
    qint64 attach(qint64 doc, const QString &path);
    qint64 newDraft(const QString &title);
};
Store openStore(const QString &path);

} // namespace kessai::bench
