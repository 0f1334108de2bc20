// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/DatabaseUrl.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace kessai::credentials {
class PasswordVault;
}

namespace kessai::gui {

class ConnectionPasswordDialog;

/// The password step of opening a PostgreSQL store. The window opens the store as usual
/// (libpq's own sources first: PGPASSWORD, ~/.pgpass, trust); when the server wants a password
/// it calls refused(): the keychain's is tried once, silently, else the ConnectionPasswordDialog
/// asks. The password goes to ConnectionSecrets (memory only) and retry() asks the window to
/// open again; once connected() it is saved in the keychain if the person wanted it so.
/// Keychain calls are asynchronous with a timeout: a keychain that does not answer means
/// asking, never a frozen window.
class ConnectionPasswordFlow : public QObject
{
    Q_OBJECT

public:
    ConnectionPasswordFlow(const DatabaseUrl &url, QWidget *dialogParent);
    ~ConnectionPasswordFlow() override;

    void setUrl(const DatabaseUrl &url);
    /// The store refused the connection for want of a (right) password.
    void refused();
    /// The store opened: save or drop the keychain's password as the person chose.
    void connected();
    /// Another failure while the dialog is open is shown there; false when no dialog is open.
    bool showFailure(const QString &message);
    /// Removes the saved password of this server (「保存したパスワードを削除」); done gets a
    /// sentence for the status bar.
    void removeSaved(std::function<void(const QString &)> done);

    /// The open password dialog, or nullptr.
    ConnectionPasswordDialog *dialog() const;
    credentials::PasswordVault *vault() const { return m_vault; }

signals:
    /// Open the store again: ConnectionSecrets holds the password to try.
    void retry();
    /// The person gave no password (the dialog was cancelled).
    void cancelled();
    /// A sentence for the status bar (saved, or why not).
    void message(const QString &text);

private:
    void ask(bool savedRefused, const QString &note);
    QString key() const;

    DatabaseUrl m_url;
    QWidget *m_dialogParent;
    credentials::PasswordVault *m_vault;
    QPointer<ConnectionPasswordDialog> m_dialog;
    bool m_triedKeychain = false; ///< the keychain was asked during this opening
    bool m_usingSaved = false;    ///< the password being tried came from the keychain
    bool m_savedRefused = false;  ///< the keychain's password was refused: replace or drop it
};

} // namespace kessai::gui
