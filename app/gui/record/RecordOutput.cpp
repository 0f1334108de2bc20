// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/record/RecordOutput.h"

#include "core/documents/AttachmentStore.h"
#include "core/workflow/CoverSheetReader.h"
#include "gui/StoreClient.h"
#include "gui/StoreWorker.h"
#include "gui/record/RecordPrinter.h"
#include "render/ConversionService.h"
#include "render/RecordPdfWriter.h"
#include "render/RenderEngine.h"

#include <QAction>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPaintEngine>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

namespace kessai::gui {

namespace {
/// The preview holds each page it shows as a picture in memory and draws them all on the GUI
/// thread: a 1,500-page dossier is previewed by its first pages (printing has no such limit).
constexpr int kPreviewPages = 40;

/// What a write shares between the GUI thread and its worker.
struct WriteState
{
    std::optional<CoverSheet> sheet;
    bool sheetRead = false;
    bool opened = false;
    bool started = false;
    int unlocking = 0;
    QHash<int, QString> unlocked;
    std::atomic_int done{0};
    std::atomic_int total{0};
    bool ok = false;
    QString error;
};

/// Runs job on a thread of its own; then runs finished on context's thread.
void onWorker(QObject *context, std::function<void()> job, std::function<void()> finished)
{
    QThread *thread = QThread::create(std::move(job));
    QObject::connect(thread, &QThread::finished, context, [thread, finished = std::move(finished)] {
        thread->deleteLater();
        finished();
    });
    thread->start();
}
} // namespace

RecordOutput::RecordOutput(StoreClient *client, const DatabaseUrl &url,
                           std::function<render::ConversionService *()> conversion, QWidget *window)
    : QObject(window)
    , m_client(client)
    , m_url(url)
    , m_conversion(std::move(conversion))
    , m_window(window)
{}

void RecordOutput::addActions(QWidget *menuOrToolBar, std::function<qint64()> document,
                              std::function<QHash<int, QString>()> passwords)
{
    auto unlocked = [passwords] { return passwords ? passwords() : QHash<int, QString>(); };
    auto *save = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save record &PDF…"),
                             menuOrToolBar);
    save->setObjectName(QStringLiteral("saveRecordPdf"));
    connect(save, &QAction::triggered, this, [this, document, unlocked] {
        if (const qint64 id = document())
            savePdf(id, unlocked());
    });
    auto *archive = new QAction(tr("Save record as PDF/&A (archive)…"), menuOrToolBar);
    archive->setObjectName(QStringLiteral("saveRecordPdfA"));
    archive->setToolTip(tr("PDF/A-1b for archiving: a decided document, without the embedded originals"));
    connect(archive, &QAction::triggered, this, [this, document, unlocked] {
        if (const qint64 id = document())
            savePdf(id, unlocked(), true);
    });
    auto *print = new QAction(QIcon::fromTheme(QStringLiteral("document-print")), tr("&Print…"), menuOrToolBar);
    print->setObjectName(QStringLiteral("printRecord"));
    print->setShortcut(QKeySequence::Print);
    connect(print, &QAction::triggered, this, [this, document, unlocked] {
        if (const qint64 id = document())
            this->print(id, unlocked());
    });
    menuOrToolBar->addAction(save);
    if (qobject_cast<QMenu *>(menuOrToolBar)) // a tool bar keeps to the two everyday actions
        menuOrToolBar->addAction(archive);
    menuOrToolBar->addAction(print);
}

RecordOutput::~RecordOutput()
{
    if (m_cancel)
        m_cancel->store(true);
}

void RecordOutput::savePdf(qint64 documentId, const QHash<int, QString> &passwords, bool pdfA)
{
    if (m_busy)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        m_window, pdfA ? tr("Save the record as PDF/A") : tr("Save the record PDF"),
        QDir(folder).filePath(pdfA ? tr("record-%1-pdfa.pdf").arg(documentId) : tr("record-%1.pdf").arg(documentId)),
        tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    writePdf(documentId, path, PrintScope(), passwords, pdfA);
}

void RecordOutput::writePdf(qint64 documentId, const QString &path, const PrintScope &scope,
                            const QHash<int, QString> &passwords, bool pdfA)
{
    run(documentId, path, scope, passwords, pdfA, [this, path](bool ok, const QString &message) {
        end(ok, ok ? tr("Saved %1").arg(QDir::toNativeSeparators(path)) : message);
        if (!ok && m_window && m_window->isVisible()) { // said, without holding anything up
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Record PDF"), message, QMessageBox::Ok, m_window);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->setObjectName(QStringLiteral("recordPdfProblem"));
            box->open();
        }
    });
}

void RecordOutput::print(qint64 documentId, const QHash<int, QString> &passwords)
{
    if (m_busy)
        return;
    // How many attachments there are, for the range (read on the store's thread).
    m_client->call<int>(
        this,
        [documentId](StoreWorker &worker) { return int(AttachmentStore(worker.connection()).list(documentId).size()); },
        [this, documentId, passwords](int count) { print(documentId, count, passwords); },
        [this](const StoreClient::Failure &failure) { end(false, failure.message); });
}

void RecordOutput::print(qint64 documentId, int attachmentCount, const QHash<int, QString> &passwords)
{
    PrintOptionsDialog options(attachmentCount, m_window);
    if (m_busy || options.exec() != QDialog::Accepted)
        return;
    const PrintScope scope = options.scope();
    m_printDir = std::make_unique<QTemporaryDir>();
    const QString path = m_printDir->filePath(QStringLiteral("print.pdf"));
    run(documentId, path, scope, passwords, false, [this, path, scope](bool ok, const QString &message) {
        if (!ok) {
            end(false, message);
            return;
        }
        printFile(path, scope);
    });
}

void RecordOutput::showProgress(const QString &label)
{
    if (!m_progress) {
        m_progress = new QProgressDialog(m_window);
        m_progress->setWindowTitle(tr("Record PDF"));
        m_progress->setMinimumDuration(300);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        connect(m_progress, &QProgressDialog::canceled, this, [this] {
            if (m_cancel)
                m_cancel->store(true);
        });
    }
    m_progress->setLabelText(label);
    m_progress->setRange(0, 0);
    m_progress->show();
}

void RecordOutput::end(bool ok, const QString &message)
{
    m_busy = false;
    if (m_engine) // end() may run inside one of the engine's own signals
        m_engine.release()->deleteLater();
    if (m_progress)
        m_progress->deleteLater();
    emit finished(ok, message);
}

void RecordOutput::run(qint64 documentId, const QString &path, const PrintScope &scope,
                       const QHash<int, QString> &passwords, bool pdfA,
                       std::function<void(bool ok, const QString &message)> done)
{
    m_busy = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    showProgress(tr("Reading the dossier…"));
    auto state = std::make_shared<WriteState>();
    m_engine = std::make_unique<render::RenderEngine>();
    if (render::ConversionService *conversion = m_conversion ? m_conversion() : nullptr)
        m_engine->setConversionService(conversion);
    render::RenderEngine *engine = m_engine.get();

    auto fail = [this, state, done](const QString &message) {
        if (state->started)
            return;
        state->started = true;
        done(false, message);
    };
    auto tryStart = [this, state, engine, scope, path, pdfA, cancel, done] {
        if (state->started || !state->sheetRead || !state->opened || !engine->isSettled() || state->unlocking > 0)
            return;
        if (cancel->load()) {
            state->started = true;
            done(false, render::RecordPdfWriter::tr("Cancelled."));
            return;
        }
        state->started = true;
        QList<render::RecordPdfWriter::Attachment> attachments =
            render::RecordPdfWriter::fromEngine(*engine, state->unlocked);
        attachments.removeIf([&](const auto &a) { return !scope.includes(a.position); });
        if (m_progress) {
            m_progress->setLabelText(tr("Writing the record PDF…"));
            auto *timer = new QTimer(m_progress);
            connect(timer, &QTimer::timeout, m_progress, [this, state] {
                m_progress->setRange(0, std::max(1, state->total.load()));
                m_progress->setValue(state->done.load());
            });
            timer->start(100);
        }
        const CoverSheet sheet = *state->sheet;
        onWorker(
            this,
            [state, sheet, attachments, path, pdfA, cancel] {
                render::RecordPdfWriter writer;
                writer.setPdfA(pdfA);
                state->ok = writer.write(sheet, attachments, path, [&](int done, int total) {
                    state->done = done;
                    state->total = total;
                    return !cancel->load();
                });
                state->error = writer.error();
            },
            [state, done] { done(state->ok, state->error); });
    };

    connect(engine, &render::RenderEngine::openFailed, this, fail);
    connect(engine, &render::RenderEngine::opened, this, [state, engine, passwords, tryStart] {
        state->opened = true;
        for (auto it = passwords.cbegin(); it != passwords.cend(); ++it) {
            if (it.key() < engine->itemCount() &&
                engine->item(it.key()).state == render::DossierItem::State::NeedsPassword) {
                ++state->unlocking;
                engine->unlock(it.key(), it.value());
            }
        }
        tryStart();
    });
    connect(engine, &render::RenderEngine::unlockFinished, this, [state, passwords, tryStart](int item, bool ok) {
        --state->unlocking;
        if (ok)
            state->unlocked.insert(item, passwords.value(item));
        tryStart();
    });
    connect(engine, &render::RenderEngine::loadingFinished, this, tryStart);
    connect(engine, &render::RenderEngine::itemChanged, this, tryStart);
    engine->openDocument(m_url, documentId);
    m_client->call<std::optional<CoverSheet>>(
        this, [documentId](StoreWorker &worker) { return CoverSheetReader(worker.connection()).read(documentId); },
        [state, fail, tryStart](const std::optional<CoverSheet> &sheet) {
            if (!sheet) {
                fail(tr("This document no longer exists."));
                return;
            }
            state->sheet = sheet;
            state->sheetRead = true;
            tryStart();
        },
        [fail](const StoreClient::Failure &failure) { fail(failure.message); });
}

void RecordOutput::printFile(const QString &path, const PrintScope &scope)
{
    if (m_progress)
        m_progress->hide();
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(tr("Record"));
    if (scope.preview) {
        // QPrintPreviewDialog asks for the pages twice: to preview them (its own picture engine,
        // painted here at screen resolution) and, from its 印刷 button, after its QPrintDialog,
        // onto the real printer. That second request is only noted: the pages then go to the
        // printer on the worker below, so the GUI thread never prints.
        QPrintPreviewDialog preview(printer.get(), m_window);
        preview.setObjectName(QStringLiteral("recordPreview"));
        const int pages = RecordPrinter::pageCount(path);
        preview.setWindowTitle(pages > kPreviewPages
                                   ? tr("Print preview (the first %1 of %2 pages; all pages print)")
                                         .arg(kPreviewPages)
                                         .arg(pages)
                                   : tr("Print preview"));
        preview.resize(900, 1000);
        bool printRequested = false;
        connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&, path, scope](QPrinter *target) {
            if (target->paintEngine() && target->paintEngine()->type() == QPaintEngine::Picture) {
                RecordPrinter pagesShown(path, scope);
                pagesShown.setPageLimit(kPreviewPages);
                pagesShown.print(*target, {}, 96);
            } else {
                printRequested = true;
            }
        });
        if (preview.exec() != QDialog::Accepted || !printRequested) {
            end(false, tr("Printing was cancelled."));
            return;
        }
    } else {
        QPrintDialog dialog(printer.get(), m_window);
        if (dialog.exec() != QDialog::Accepted) {
            end(false, tr("Printing was cancelled."));
            return;
        }
    }
    showProgress(tr("Printing…"));
    auto state = std::make_shared<WriteState>();
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    auto *timer = new QTimer(m_progress);
    connect(timer, &QTimer::timeout, m_progress, [this, state] {
        m_progress->setRange(0, std::max(1, state->total.load()));
        m_progress->setValue(state->done.load());
    });
    timer->start(100);
    onWorker(
        this,
        [state, printer, path, scope, cancel] {
            RecordPrinter job(path, scope);
            state->ok = job.print(*printer, [&](int done, int total) {
                state->done = done;
                state->total = total;
                return !cancel->load();
            });
            state->error = job.error();
        },
        [this, state] { end(state->ok, state->ok ? tr("Printed.") : state->error); });
}

} // namespace kessai::gui
