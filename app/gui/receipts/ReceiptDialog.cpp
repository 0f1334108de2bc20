// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/receipts/ReceiptDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>

namespace kessai::gui {

ReceiptDialog::ReceiptDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Register a received document (収受)"));
    setObjectName(QStringLiteral("receiptDialog"));
    setAcceptDrops(true);
    auto *form = new QFormLayout;
    m_receivedOn = new QDateEdit(QDate::currentDate(), this);
    m_receivedOn->setCalendarPopup(true);
    m_receivedOn->setMaximumDate(QDate::currentDate());
    m_receivedOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("Date received (収受日)"), m_receivedOn);
    m_sender = new QComboBox(this);
    m_sender->setEditable(true);
    m_sender->setObjectName(QStringLiteral("sender"));
    m_sender->setInsertPolicy(QComboBox::NoInsert);
    form->addRow(tr("Sender (差出人)"), m_sender);
    m_addressee = new QLineEdit(this);
    form->addRow(tr("Addressee (宛先)"), m_addressee);
    auto *sourceDateRow = new QHBoxLayout;
    m_hasSourceDate = new QCheckBox(tr("dated"), this);
    m_sourceDate = new QDateEdit(QDate::currentDate(), this);
    m_sourceDate->setCalendarPopup(true);
    m_sourceDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_sourceDate->setEnabled(false);
    connect(m_hasSourceDate, &QCheckBox::toggled, m_sourceDate, &QWidget::setEnabled);
    sourceDateRow->addWidget(m_hasSourceDate);
    sourceDateRow->addWidget(m_sourceDate, 1);
    form->addRow(tr("Date on the document"), sourceDateRow);
    m_sourceNumber = new QLineEdit(this);
    m_sourceNumber->setPlaceholderText(tr("e.g. 財第123号"));
    form->addRow(tr("Number on the document"), m_sourceNumber);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("title"));
    form->addRow(tr("Title (件名)"), m_title);
    m_channel = new QComboBox(this);
    for (ReceiptChannel c : {ReceiptChannel::Post, ReceiptChannel::Hand, ReceiptChannel::Email,
                             ReceiptChannel::Internal, ReceiptChannel::Fax})
        m_channel->addItem(receiptChannelLabel(c), int(c));
    form->addRow(tr("How it arrived (収受区分)"), m_channel);
    m_handling = new QComboBox(this);
    for (ReceiptHandling h : {ReceiptHandling::Circulate, ReceiptHandling::Draft, ReceiptHandling::FileOnly})
        m_handling->addItem(receiptHandlingLabel(h), int(h));
    form->addRow(tr("To be done (処理区分)"), m_handling);
    m_files = new QListWidget(this);
    m_files->setObjectName(QStringLiteral("files"));
    m_files->setToolTip(tr("Drop the scan or the files here"));
    m_files->setMinimumHeight(80);
    m_addFiles = new QPushButton(tr("Add files…"), this);
    connect(m_addFiles, &QPushButton::clicked, this, &ReceiptDialog::chooseFiles);
    auto *filesColumn = new QVBoxLayout;
    filesColumn->addWidget(m_files);
    filesColumn->addWidget(m_addFiles, 0, Qt::AlignLeft);
    form->addRow(tr("Files (drop here)"), filesColumn);
    m_problem = new QLineEdit(this);
    m_problem->setReadOnly(true);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Register"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &ReceiptDialog::updateOk);
    connect(m_sender, &QComboBox::editTextChanged, this, &ReceiptDialog::updateOk);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    updateOk();
    resize(560, 520);
}

void ReceiptDialog::setSenders(const QStringList &senders)
{
    const QString typed = m_sender->currentText();
    m_sender->clear();
    m_sender->addItems(senders);
    m_sender->setEditText(typed);
}

void ReceiptDialog::setFiles(const QStringList &paths, bool fixed)
{
    m_files->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_files);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    m_filesFixed = fixed;
    m_addFiles->setEnabled(!fixed);
}

void ReceiptDialog::setTitle(const QString &title)
{
    m_title->setText(title);
}

ReceiptRecord ReceiptDialog::receipt() const
{
    ReceiptRecord r;
    r.receivedOn = m_receivedOn->date();
    r.senderName = m_sender->currentText().trimmed();
    r.addressee = m_addressee->text().trimmed();
    if (m_hasSourceDate->isChecked())
        r.sourceDate = m_sourceDate->date();
    r.sourceNumber = m_sourceNumber->text().trimmed();
    r.title = m_title->text().trimmed();
    r.channel = ReceiptChannel(m_channel->currentData().toInt());
    r.handling = ReceiptHandling(m_handling->currentData().toInt());
    return r;
}

void ReceiptDialog::setReceipt(const ReceiptRecord &r)
{
    if (r.receivedOn.isValid())
        m_receivedOn->setDate(r.receivedOn);
    m_sender->setEditText(r.senderName);
    m_addressee->setText(r.addressee);
    m_hasSourceDate->setChecked(r.sourceDate.isValid());
    if (r.sourceDate.isValid())
        m_sourceDate->setDate(r.sourceDate);
    m_sourceNumber->setText(r.sourceNumber);
    m_title->setText(r.title);
    m_channel->setCurrentIndex(m_channel->findData(int(r.channel)));
    m_handling->setCurrentIndex(m_handling->findData(int(r.handling)));
}

QStringList ReceiptDialog::files() const
{
    QStringList paths;
    for (int i = 0; i < m_files->count(); ++i)
        paths.append(m_files->item(i)->data(Qt::UserRole).toString());
    return paths;
}

void ReceiptDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setToolTip(message);
    m_problem->setVisible(!message.isEmpty());
}

void ReceiptDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_filesFixed && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ReceiptDialog::dropEvent(QDropEvent *event)
{
    QStringList paths = files();
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    setFiles(paths);
    event->acceptProposedAction();
}

void ReceiptDialog::chooseFiles()
{
    const QStringList chosen = QFileDialog::getOpenFileNames(this, tr("Files of the received document"));
    if (!chosen.isEmpty())
        setFiles(files() + chosen);
}

void ReceiptDialog::updateOk()
{
    m_ok->setEnabled(!m_title->text().trimmed().isEmpty() && !m_sender->currentText().trimmed().isEmpty());
}

} // namespace kessai::gui
