// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ConnectionPasswordFlow.h"

#include "core/store/ConnectionSecrets.h"
#include "credentials/PasswordVault.h"
#include "gui/ConnectionPasswordDialog.h"

#include <QWidget>

namespace kessai::gui {

using credentials::PasswordVault;

ConnectionPasswordFlow::ConnectionPasswordFlow(const DatabaseUrl &url, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_url(url)
    , m_dialogParent(dialogParent)
    , m_vault(new PasswordVault(this))
{}

ConnectionPasswordFlow::~ConnectionPasswordFlow() = default;

ConnectionPasswordDialog *ConnectionPasswordFlow::dialog() const
{
    return m_dialog;
}

QString ConnectionPasswordFlow::key() const
{
    return ConnectionSecrets::keyFor(m_url);
}

void ConnectionPasswordFlow::setUrl(const DatabaseUrl &url)
{
    m_url = url;
    m_triedKeychain = m_usingSaved = m_savedRefused = false;
}

void ConnectionPasswordFlow::refused()
{
    if (m_dialog) { // the password just typed was wrong: let the person try again
        ConnectionSecrets::forget(key());
        m_dialog->setBusy(false);
        m_dialog->showError(tr("The server refused this password."));
        return;
    }
    if (m_triedKeychain) { // the saved password no longer works
        m_savedRefused = m_usingSaved;
        ask(m_usingSaved, {});
        return;
    }
    m_triedKeychain = true;
    const QString connection = key();
    m_vault->read(connection, [this, connection](const PasswordVault::Result &result) {
        if (result.ok() && !result.password.isEmpty()) {
            ConnectionSecrets::setPassword(connection, result.password);
            m_usingSaved = true;
            emit retry();
        } else if (result.status == PasswordVault::Status::NotFound) {
            ask(false, {});
        } else {
            ask(false, tr("The system's keychain could not be read: %1").arg(result.error));
        }
    });
}

void ConnectionPasswordFlow::ask(bool savedRefused, const QString &note)
{
    ConnectionSecrets::forget(key());
    m_usingSaved = false;
    m_dialog = new ConnectionPasswordDialog(key(), savedRefused, m_dialogParent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!note.isEmpty())
        m_dialog->showError(note);
    connect(m_dialog, &ConnectionPasswordDialog::passwordEntered, this, [this] {
        ConnectionSecrets::setPassword(key(), m_dialog->password());
        m_dialog->setBusy(true);
        emit retry();
    });
    connect(m_dialog, &QDialog::rejected, this, [this] {
        ConnectionSecrets::forget(key());
        m_dialog = nullptr;
        emit cancelled();
    });
    m_dialog->open();
}

void ConnectionPasswordFlow::connected()
{
    m_triedKeychain = m_usingSaved = false;
    if (!m_dialog)
        return;
    const QString connection = key();
    const bool save = m_dialog->savePassword();
    const QString password = m_dialog->password();
    disconnect(m_dialog, &QDialog::rejected, this, nullptr);
    m_dialog->accept();
    m_dialog = nullptr;
    if (save) {
        m_vault->write(connection, password, [this](const PasswordVault::Result &result) {
            emit message(
                result.ok()
                    ? tr("The password was saved in the system's keychain.")
                    : tr("The password could not be saved in the system's keychain: %1").arg(result.error));
        });
    } else if (m_savedRefused) { // a saved password that no longer works must not be tried again
        m_vault->remove(connection, [](const PasswordVault::Result &) {});
    }
    m_savedRefused = false;
}

bool ConnectionPasswordFlow::showFailure(const QString &message)
{
    if (!m_dialog)
        return false;
    ConnectionSecrets::forget(key());
    m_dialog->setBusy(false);
    m_dialog->showError(message);
    return true;
}

void ConnectionPasswordFlow::removeSaved(std::function<void(const QString &)> done)
{
    m_vault->remove(key(), [done = std::move(done)](const PasswordVault::Result &result) {
        switch (result.status) {
        case PasswordVault::Status::Ok:
            done(tr("The saved password was deleted from the system's keychain."));
            break;
        case PasswordVault::Status::NotFound:
            done(tr("No password was saved for this server."));
            break;
        default:
            done(tr("The saved password could not be deleted: %1").arg(result.error));
            break;
        }
    });
}

} // namespace kessai::gui
