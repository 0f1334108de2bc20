// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/StoreVerifyDialog.h"

#include "core/store/StoreError.h"
#include "gui/StoreClient.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace kessai::gui {

namespace {
constexpr int kPollMs = 200;
constexpr int kProgressSteps = 1000;
} // namespace

StoreVerifyDialog::StoreVerifyDialog(const DatabaseUrl &url, QWidget *parent)
    : QDialog(parent)
    , m_url(url)
    , m_client(new StoreClient(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_problems(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Verify the store"));
    setObjectName(QStringLiteral("storeVerifyDialog"));
    m_status->setObjectName(QStringLiteral("verifyStatus"));
    m_status->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("verifyProgress"));
    m_progress->setRange(0, kProgressSteps);
    m_problems->setObjectName(QStringLiteral("verifyProblems"));
    m_problems->setReadOnly(true);
    m_problems->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_problems->setPlaceholderText(tr("Problems found are listed here, one per line."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Checks every stored content (chunks, sizes, SHA-256) and the audit log's "
                      "hash chain. Others can keep working meanwhile."),
                   this));
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StoreVerifyDialog::reject);
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &StoreVerifyDialog::showProgress);
    resize(720, 420);
}

StoreVerifyDialog::~StoreVerifyDialog()
{
    // The check stops at its next chunk; m_client (a child) then waits for its thread.
    m_shared->cancel = true;
}

void StoreVerifyDialog::start()
{
    if (m_started)
        return;
    m_started = true;
    m_running = true;
    m_status->setText(tr("Checking…"));
    m_poll.start();
    const DatabaseUrl url = m_url;
    const std::shared_ptr<Shared> shared = m_shared;
    m_client->call<StoreVerifier::Report>(
        this,
        [url, shared](StoreWorker &worker) {
            if (!worker.isOpen())
                worker.open(url);
            return StoreVerifier(worker.connection()).run([shared](const StoreVerifier::Progress &p) {
                shared->bytesDone = p.bytesDone;
                shared->bytesTotal = p.bytesTotal;
                shared->blobsDone = p.blobsDone;
                shared->blobsTotal = p.blobsTotal;
                return !shared->cancel.load();
            });
        },
        [this](const StoreVerifier::Report &report) { finish(report); },
        [this](const StoreClient::Failure &failure) {
            fail(failure.kind == StoreError::Kind::Cancelled
                     ? tr("The check was cancelled; nothing was changed.")
                     : tr("The check failed: %1").arg(failure.message));
        });
}

void StoreVerifyDialog::cancel()
{
    if (!m_running)
        return;
    m_shared->cancel = true;
    m_status->setText(tr("Cancelling…"));
}

void StoreVerifyDialog::reject()
{
    if (m_running) { // Cancel first; the dialog stays to say that it stopped
        cancel();
        return;
    }
    QDialog::reject();
}

void StoreVerifyDialog::showProgress()
{
    const qint64 total = m_shared->bytesTotal;
    const qint64 done = m_shared->bytesDone;
    m_progress->setValue(total > 0 ? int(done * kProgressSteps / total) : 0);
    if (m_shared->cancel)
        return;
    const QLocale locale;
    m_status->setText(tr("Checking stored content: %1 of %2 (%3 of %4 items)…")
                          .arg(locale.formattedDataSize(done), locale.formattedDataSize(total))
                          .arg(m_shared->blobsDone.load())
                          .arg(m_shared->blobsTotal.load()));
}

void StoreVerifyDialog::finish(const StoreVerifier::Report &report)
{
    setFinished();
    m_progress->setValue(kProgressSteps);
    const QLocale locale;
    const QString checked = tr("%1 stored contents (%2) and %3 audit events checked.")
                                .arg(report.blobsChecked)
                                .arg(locale.formattedDataSize(report.bytesChecked))
                                .arg(report.auditEventsChecked);
    if (report.ok())
        m_status->setText(tr("The store is intact: %1").arg(checked));
    else
        m_status->setText(tr("%1 problem(s) found: %2").arg(report.problems.size()).arg(checked));
    m_problems->setPlainText(report.problems.join(QLatin1Char('\n')));
}

void StoreVerifyDialog::fail(const QString &message)
{
    setFinished();
    m_status->setText(message);
}

void StoreVerifyDialog::setFinished()
{
    m_running = false;
    m_poll.stop();
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    m_buttons->button(QDialogButtonBox::Close)->setDefault(true);
}

QString StoreVerifyDialog::summaryText() const
{
    return m_status->text();
}

QString StoreVerifyDialog::problemsText() const
{
    return m_problems->toPlainText();
}

} // namespace kessai::gui
