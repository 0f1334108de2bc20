// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ConnectionPasswordDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kessai::gui {

ConnectionPasswordDialog::ConnectionPasswordDialog(const QString &who, bool savedRefused, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("connectionPasswordDialog"));
    setWindowTitle(tr("Database password"));
    const QString intro = savedRefused
                              ? tr("The server refused the saved password for %1 (it may have been changed). "
                                   "Enter the current password.")
                              : tr("The server asks for the password of %1.");
    auto *introLabel = new QLabel(intro.arg(who), this);
    introLabel->setWordWrap(true);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_save = new QCheckBox(tr("Save the password"), this);
    m_save->setObjectName(QStringLiteral("savePassword"));
    m_save->setToolTip(tr("Kept in the system's keychain, never in a file, and used at the next start"));
    m_save->setChecked(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Password:"), m_password);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_error->hide();
        emit passwordEntered();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_password, &QLineEdit::textChanged, this, &ConnectionPasswordDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addLayout(form);
    layout->addWidget(m_save);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    updateOk();
    resize(480, sizeHint().height());
}

QString ConnectionPasswordDialog::password() const
{
    return m_password->text();
}

bool ConnectionPasswordDialog::savePassword() const
{
    return m_save->isChecked();
}

void ConnectionPasswordDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

void ConnectionPasswordDialog::setSavePassword(bool save)
{
    m_save->setChecked(save);
}

void ConnectionPasswordDialog::setBusy(bool busy)
{
    m_password->setEnabled(!busy);
    m_save->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
    if (!busy) {
        updateOk();
        m_password->setFocus();
        m_password->selectAll();
    }
}

void ConnectionPasswordDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void ConnectionPasswordDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_password->text().isEmpty());
}

} // namespace kessai::gui
