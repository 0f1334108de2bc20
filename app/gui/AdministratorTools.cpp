// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/AdministratorTools.h"

#include "core/audit/AuditLog.h"
#include "core/org/OrgCsvImporter.h"
#include "core/store/StoreError.h"
#include "gui/StoreClient.h"
#include "gui/StoreVerifyDialog.h"
#include "gui/records/RecordsMenu.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QMenu>

namespace kessai::gui {

AdministratorTools::AdministratorTools(StoreClient *client, QWidget *window)
    : QObject(window)
    , m_client(client)
    , m_window(window)
{
    m_import = new QAction(tr("&Import organization (CSV)…"), this);
    m_import->setObjectName(QStringLiteral("importOrganizationAction"));
    connect(m_import, &QAction::triggered, this, &AdministratorTools::importOrganization);
    m_verifyAudit = new QAction(tr("&Verify audit log"), this);
    m_verifyAudit->setObjectName(QStringLiteral("verifyAuditLogAction"));
    connect(m_verifyAudit, &QAction::triggered, this, &AdministratorTools::verifyAuditLog);
    m_verifyStore = new QAction(tr("Verify the &store…"), this);
    m_verifyStore->setObjectName(QStringLiteral("verifyStoreAction"));
    connect(m_verifyStore, &QAction::triggered, this, &AdministratorTools::verifyStore);
    m_records = new RecordsMenu(client, window);
    m_separator = new QAction(this);
    m_separator->setSeparator(true);
    setRoles({});
}

void AdministratorTools::addTo(QMenu *menu)
{
    menu->addActions({m_import, m_verifyAudit, m_verifyStore, m_records->action(), m_separator});
}

void AdministratorTools::setUrl(const DatabaseUrl &url)
{
    m_url = url;
    m_records->setUrl(url);
}

void AdministratorTools::setRoles(const QList<Role> &roles)
{
    const bool admin = roles.contains(Role::Admin);
    const bool records = admin || roles.contains(Role::RecordsManager);
    m_import->setVisible(admin);
    m_verifyAudit->setVisible(records);
    m_verifyStore->setVisible(records);
    m_records->action()->setVisible(records);
    m_separator->setVisible(records);
}

void AdministratorTools::importOrganization()
{
    auto *dialog =
        new QFileDialog(m_window, tr("Import organization"), QString(), tr("CSV files (*.csv);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_client->call<OrgCsvImporter::Result>(
            this,
            [path](StoreWorker &worker) {
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly))
                    throw StoreError(StoreError::Kind::BadData,
                                     QStringLiteral("%1: %2").arg(path, file.errorString()));
                return OrgCsvImporter(worker.session()).import(file.readAll(), path);
            },
            [this](const OrgCsvImporter::Result &result) {
                emit notice(QMessageBox::Information, tr("Import organization"),
                            tr("Units added: %1, updated: %2\nStaff added: %3, updated: %4")
                                .arg(result.unitsAdded)
                                .arg(result.unitsUpdated)
                                .arg(result.usersAdded)
                                .arg(result.usersUpdated));
                emit organizationChanged();
            },
            [this](const StoreClient::Failure &failure) {
                emit notice(QMessageBox::Warning, tr("Import organization"),
                            tr("Nothing was imported.\n\n%1").arg(failure.message));
            });
    });
    dialog->open();
}

void AdministratorTools::verifyAuditLog()
{
    m_client->call<AuditLog::Verification>(
        this, [](StoreWorker &worker) { return AuditLog(worker.connection()).verify(); },
        [this](const AuditLog::Verification &result) {
            if (result.intact)
                emit notice(
                    QMessageBox::Information, tr("Audit log"),
                    tr("The audit log is intact: %n event(s) checked.", nullptr, int(result.eventsChecked)));
            else
                emit notice(QMessageBox::Critical, tr("Audit log"),
                            tr("The audit log has been tampered with: %1").arg(result.problem));
        });
}

void AdministratorTools::verifyStore()
{
    auto *dialog = new StoreVerifyDialog(m_url, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->start();
}

} // namespace kessai::gui
