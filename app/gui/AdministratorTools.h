// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DomainEnums.h"
#include "core/store/DatabaseUrl.h"

#include <QMessageBox>
#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace kessai::gui {

class RecordsMenu;
class StoreClient;

/// The Tools menu's entries for administrators and records managers: 組織データを取り込む
/// (administrators), 監査ログの検証, 保存内容の検証 and 文書管理 (RecordsMenu; administrators and 文書管理者). They are
/// shown only to a session whose roles allow them (setRoles): a clerk is never led into a tool
/// that refuses them at the end. The store still refuses on its own (server guard, Session).
class AdministratorTools : public QObject
{
    Q_OBJECT

public:
    AdministratorTools(StoreClient *client, QWidget *window);

    /// Adds the entries to the menu (hidden until setRoles allows them).
    void addTo(QMenu *menu);
    void setUrl(const DatabaseUrl &url);
    void setRoles(const QList<Role> &roles);

    QAction *importAction() const { return m_import; }
    QAction *verifyAuditAction() const { return m_verifyAudit; }
    QAction *verifyStoreAction() const { return m_verifyStore; }
    RecordsMenu *records() const { return m_records; }

signals:
    void notice(QMessageBox::Icon icon, const QString &title, const QString &text);
    /// Staff or units were imported.
    void organizationChanged();

private:
    void importOrganization();
    void verifyAuditLog();
    void verifyStore();

    StoreClient *m_client;
    QWidget *m_window;
    DatabaseUrl m_url;
    QAction *m_import = nullptr;
    QAction *m_verifyAudit = nullptr;
    QAction *m_verifyStore = nullptr;
    RecordsMenu *m_records = nullptr;
    QAction *m_separator = nullptr;
};

} // namespace kessai::gui
