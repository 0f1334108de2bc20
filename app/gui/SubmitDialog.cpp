// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/SubmitDialog.h"

#include "core/workflow/WorkflowStore.h"
#include "gui/ActionDialog.h"
#include "gui/StoreClient.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace kessai::gui {

SubmitDialog::SubmitDialog(StoreClient *client, qint64 documentId, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_documentId(documentId)
{
    setObjectName(QStringLiteral("submitDialog"));
    setWindowTitle(tr("Submit"));
    m_checks = new QLabel(tr("Checking…"), this);
    m_checks->setObjectName(QStringLiteral("submitChecks"));
    m_checks->setTextFormat(Qt::RichText);
    m_checks->setWordWrap(true);
    m_route = new QListWidget(this);
    m_route->setObjectName(QStringLiteral("submitRoute"));
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("submitProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problems->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(ActionDialog::label(WorkflowActionKind::Submit));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SubmitDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_checks);
    layout->addWidget(new QLabel(tr("Route:"), this));
    layout->addWidget(m_route, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    resize(520, 420);
}

void SubmitDialog::load()
{
    const qint64 id = m_documentId;
    m_client->call<SubmissionCheck::Preview>(
        this, [id](StoreWorker &worker) { return SubmissionCheck::preview(worker.session(), id); },
        [this](const SubmissionCheck::Preview &preview) { showPreview(preview); },
        [this](const StoreClient::Failure &failure) {
            m_checks->setText(failure.message.toHtmlEscaped());
            emit failed(failure.message);
        });
}

void SubmitDialog::showPreview(const SubmissionCheck::Preview &preview)
{
    m_preview = preview;
    const QString unset = QStringLiteral("<span style='color:#b00020'>%1</span>").arg(tr("not chosen"));
    auto line = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><th align=left style='padding-right:12px'>%1</th><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value);
    };
    m_checks->setText(
        QStringLiteral("<b>%1</b><table>").arg(preview.title.toHtmlEscaped()) +
        line(tr("Decision level"), preview.decisionLevel.isEmpty() ? unset : preview.decisionLevel.toHtmlEscaped()) +
        line(tr("File"), preview.file.isEmpty() ? unset : preview.file.toHtmlEscaped()) +
        line(tr("Route"), (preview.defaultRoute ? tr("the default route (none was set): %n step(s)", nullptr,
                                                     int(preview.route.size()))
                                                : tr("%n step(s)", nullptr, int(preview.route.size())))
                              .toHtmlEscaped()) +
        QStringLiteral("</table>"));
    m_route->clear();
    m_route->addItems(preview.route);
    m_problems->setText(preview.problems.isEmpty()
                            ? QString()
                            : tr("It cannot be submitted yet:") + QStringLiteral("\n• ") +
                                  preview.problems.join(QStringLiteral("\n• ")));
    m_problems->setVisible(!preview.problems.isEmpty());
    m_ready = preview.problems.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_ready);
    emit previewShown();
}

void SubmitDialog::submit()
{
    if (!m_ready)
        return;
    m_ready = false;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    const qint64 id = m_documentId;
    const int rowVersion = m_preview.rowVersion;
    m_client->call<SubmissionCheck::Outcome>(
        this,
        [id, rowVersion](StoreWorker &worker) {
            // The default route is filled in by submit itself, in its transaction.
            WorkflowStore(worker.connection()).submit(worker.session(), id, {}, rowVersion);
            return SubmissionCheck::outcome(worker.session(), id);
        },
        [this, id](const SubmissionCheck::Outcome &outcome) {
            // The dialog stays to say what happened: the number, and who has the document now.
            m_result = SubmissionCheck::message(outcome);
            setWindowTitle(tr("Submitted"));
            m_checks->setText(QStringLiteral("<p style='font-size:large'><b>%1</b></p>").arg(m_result.toHtmlEscaped()));
            m_problems->hide();
            m_buttons->setStandardButtons(QDialogButtonBox::Close);
            m_buttons->button(QDialogButtonBox::Close)->setDefault(true);
            emit submitted(id, m_result);
        },
        [this](const StoreClient::Failure &failure) {
            m_problems->setText(failure.message);
            m_problems->show();
            emit failed(failure.message);
        });
}

} // namespace kessai::gui
