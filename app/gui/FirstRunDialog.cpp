// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/FirstRunDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kessai::gui {

FirstRunDialog::FirstRunDialog(const QString &login, const QString &storeName, bool suggestDemo,
                               QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Set up Kessai"));
    auto *intro =
        new QLabel(tr("This database has no organization yet. Name it, and your account becomes its "
                      "administrator. No password is needed: your login is your identity."),
                   this);
    intro->setWordWrap(true);

    m_organization = new QLineEdit(this);
    m_organization->setObjectName(QStringLiteral("organizationName"));
    m_organization->setPlaceholderText(tr("e.g. Hokkaido Prefecture"));
    m_adminName = new QLineEdit(this);
    m_adminName->setObjectName(QStringLiteral("adminName"));
    m_adminName->setText(login);
    auto *loginLabel = new QLabel(QStringLiteral("<b>%1</b>").arg(login.toHtmlEscaped()), this);
    auto *storeLabel = new QLabel(storeName.toHtmlEscaped(), this);
    storeLabel->setWordWrap(true);
    m_demo =
        new QCheckBox(tr("Load demo data: a small prefecture with 3 departments, 6 divisions, about 20 staff "
                         "and documents in every state"),
                      this);
    m_demo->setObjectName(QStringLiteral("loadDemoData"));
    m_demo->setChecked(suggestDemo);

    auto *form = new QFormLayout;
    form->addRow(tr("Organization:"), m_organization);
    form->addRow(tr("Your name:"), m_adminName);
    form->addRow(tr("Administrator login:"), loginLabel);
    form->addRow(tr("Database:"), storeLabel);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_error->hide();
        emit setupRequested();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_organization, &QLineEdit::textChanged, this, &FirstRunDialog::updateOk);
    connect(m_adminName, &QLineEdit::textChanged, this, &FirstRunDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_demo);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    updateOk();
    resize(560, sizeHint().height());
}

QString FirstRunDialog::organizationName() const
{
    return m_organization->text().trimmed();
}
QString FirstRunDialog::adminName() const
{
    return m_adminName->text().trimmed();
}
bool FirstRunDialog::loadDemoData() const
{
    return m_demo->isChecked();
}
void FirstRunDialog::setOrganizationName(const QString &name)
{
    m_organization->setText(name);
}
void FirstRunDialog::setAdminName(const QString &name)
{
    m_adminName->setText(name);
}
void FirstRunDialog::setLoadDemoData(bool load)
{
    m_demo->setChecked(load);
}

void FirstRunDialog::setBusy(bool busy)
{
    m_organization->setEnabled(!busy);
    m_adminName->setEnabled(!busy);
    m_demo->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
    if (!busy)
        updateOk();
}

void FirstRunDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void FirstRunDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!organizationName().isEmpty() && !adminName().isEmpty());
}

} // namespace kessai::gui
