// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/DatabaseUrl.h"
#include "gui/record/PrintOptions.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

class QProgressDialog;
class QTemporaryDir;
class QWidget;

namespace kessai::render {
class ConversionService;
class RenderEngine;
} // namespace kessai::render

namespace kessai::gui {

class StoreClient;

/// ファイル → 原議 PDF を保存… and 印刷…: makes the record PDF of a document (RecordPdfWriter) on
/// a worker thread with progress and cancel, then saves it where the user chose, or prints it
/// (RecordPrinter, also on a worker) after an optional QPrintPreviewDialog. The dossier is read
/// by a RenderEngine of its own; passwords the single view was given are passed in.
class RecordOutput : public QObject
{
    Q_OBJECT

public:
    /// conversion: the client's ConversionService (it may come later than this object).
    RecordOutput(StoreClient *client, const DatabaseUrl &url, std::function<render::ConversionService *()> conversion,
                 QWidget *window);

    /// Adds 原議 PDF を保存… and 印刷… to a menu or tool bar, for the document document() names
    /// (0: none) with the passwords the viewer unlocked PDFs with.
    void addActions(QWidget *menuOrToolBar, std::function<qint64()> document,
                    std::function<QHash<int, QString>()> passwords = {});
    ~RecordOutput() override;

    /// Asks where, then writes the record PDF (pdfA: PDF/A-1b, without the embedded originals).
    void savePdf(qint64 documentId, const QHash<int, QString> &passwords = {}, bool pdfA = false);
    /// Asks what (PrintOptionsDialog), then previews and prints.
    void print(qint64 documentId, const QHash<int, QString> &passwords = {});
    /// Writes the record of scope to path without asking (tests, and savePdf once it knows).
    void writePdf(qint64 documentId, const QString &path, const PrintScope &scope,
                  const QHash<int, QString> &passwords = {}, bool pdfA = false);
    bool busy() const { return m_busy; }

signals:
    /// A write (or print) ended; ok false with the reason (cancelled, unwritable path …).
    void finished(bool ok, const QString &message);

private:
    void print(qint64 documentId, int attachmentCount, const QHash<int, QString> &passwords);
    void run(qint64 documentId, const QString &path, const PrintScope &scope, const QHash<int, QString> &passwords,
             bool pdfA, std::function<void(bool ok, const QString &message)> done);
    void printFile(const QString &path, const PrintScope &scope);
    void showProgress(const QString &label);
    void end(bool ok, const QString &message);

    StoreClient *m_client;
    DatabaseUrl m_url;
    std::function<render::ConversionService *()> m_conversion;
    QWidget *m_window;
    QPointer<QProgressDialog> m_progress;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::unique_ptr<render::RenderEngine> m_engine;
    std::unique_ptr<QTemporaryDir> m_printDir;
    bool m_busy = false;
};

} // namespace kessai::gui
