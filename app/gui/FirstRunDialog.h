// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace kessai::gui {

/// Shown when the database has no organization yet: names the organization, makes the OS
/// account (or the PostgreSQL role) its administrator — no password, the login is the
/// identity — and offers demo data. It stays open, busy, until the main window reports
/// success or an error.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    FirstRunDialog(const QString &login, const QString &storeName, bool suggestDemo,
                   QWidget *parent = nullptr);

    QString organizationName() const;
    QString adminName() const;
    bool loadDemoData() const;

    void setOrganizationName(const QString &name);
    void setAdminName(const QString &name);
    void setLoadDemoData(bool load);

    void setBusy(bool busy);
    void showError(const QString &message);

signals:
    void setupRequested();

private:
    void updateOk();

    QLineEdit *m_organization = nullptr;
    QLineEdit *m_adminName = nullptr;
    QCheckBox *m_demo = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace kessai::gui
