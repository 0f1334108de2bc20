// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace kessai::gui {

/// Asks for the password of a PostgreSQL role when the server wants one and none was saved
/// (or the saved one was refused). It stays open, busy, while the main window connects with
/// it, and shows the server's refusal so that the person can try again.
class ConnectionPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    /// who: "user@server" as the person knows it. savedRefused: the keychain's password no
    /// longer works (changed on the server).
    ConnectionPasswordDialog(const QString &who, bool savedRefused, QWidget *parent = nullptr);

    QString password() const;
    bool savePassword() const;
    void setPassword(const QString &password);
    void setSavePassword(bool save);

    void setBusy(bool busy);
    void showError(const QString &message);

signals:
    /// OK was pressed with a password: connect with it.
    void passwordEntered();

private:
    void updateOk();

    QLineEdit *m_password = nullptr;
    QCheckBox *m_save = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace kessai::gui
