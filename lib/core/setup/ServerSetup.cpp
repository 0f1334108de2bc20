// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/setup/ServerSetup.h"

#include "core/org/OrgStore.h"
#include "core/setup/OrganizationSetup.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Transaction.h"

namespace kessai {

namespace {
// Catalogue names only (no input from anyone): the DDL below cannot take bound identifiers.
const auto kSecure = QStringLiteral(R"SQL(
DO $$
DECLARE
    r record;
    role text;
BEGIN
    FOREACH role IN ARRAY ARRAY['kessai_owner', 'kessai_staff', 'kessai_records_manager', 'kessai_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = role) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', role);
        END IF;
    END LOOP;
    -- The one Kessai role that may create roles: it owns kessai_manage_login and nothing else.
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kessai_role_admin') THEN
        CREATE ROLE kessai_role_admin NOLOGIN CREATEROLE;
    END IF;
    GRANT kessai_staff TO kessai_role_admin;
    GRANT USAGE, CREATE ON SCHEMA public TO kessai_owner;
    FOR r IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm')
             AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e') LOOP
        EXECUTE format('ALTER TABLE %I OWNER TO kessai_owner', r.relname);
    END LOOP;
    FOR r IN SELECT p.oid::regprocedure AS signature, p.proname FROM pg_proc p
             JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE n.nspname = 'public' AND p.proname LIKE 'kessai\_%' LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO %I', r.signature,
                       CASE WHEN r.proname = 'kessai_manage_login' THEN 'kessai_role_admin' ELSE 'kessai_owner' END);
    END LOOP;
END
$$)SQL");

// Tables the guard protects with row-level security (0008_server_guard.postgresql.sql).
const auto kRlsTables = QStringLiteral(
    "'documents', 'attachments', 'attachment_versions', 'route_stages', 'route_steps', 'comments', "
    "'document_notes', 'edit_locks', 'edit_sessions', 'blobs', 'blob_chunks', 'renditions', 'page_layouts', "
    "'audit_events', 'route_templates', "
    "'receipts', 'document_requests', 'enforcements', 'enforcement_destinations', 'decided_versions'");

// Guard triggers that must be there and enabled, with their table.
const QList<std::pair<const char *, const char *>> kGuardTriggers{
    {"documents", "documents_insert_guard"},
    {"documents", "documents_update_guard"},
    {"documents", "documents_status_at_commit"},
    {"documents", "documents_received_guard"},
    {"receipts", "receipts_guard"},
    {"senders", "senders_guard"},
    {"enforcements", "enforcements_guard"},
    {"enforcements", "enforcements_destinations_at_commit"},
    {"enforcement_destinations", "enforcement_destinations_guard"},
    {"documents", "documents_decided_versions"},
    {"documents", "documents_enforcement_at_commit"},
    {"document_requests", "document_requests_guard"},
    {"route_steps", "route_steps_update_guard"},
    {"route_steps", "route_steps_history"},
    {"route_steps", "route_steps_change_at_commit"},
    {"route_steps", "route_steps_shape_guard"},
    {"route_stages", "route_stages_shape_guard"},
    {"attachments", "attachments_guard"},
    {"attachment_versions", "attachment_versions_guard"},
    {"attachment_versions", "attachment_versions_no_change"},
    {"blobs", "blobs_guard"},
    {"blob_chunks", "blob_chunks_guard"},
    {"audit_events", "audit_events_no_change"},
    {"audit_events", "audit_events_no_truncate"},
    {"document_notes", "document_notes_no_change"},
    {"users", "users_guard"},
    {"user_roles", "user_roles_guard"},
    {"units", "units_guard"},
    {"absences", "absences_guard"},
    {"delegation_rules", "delegation_rules_guard"},
    {"kessai_meta", "kessai_meta_guard"},
    {"files", "files_guard"},
    {"filing_classes", "filing_classes_guard"},
    {"file_history", "file_history_guard"},
    {"record_holds", "record_holds_guard"},
    {"disposal_requests", "disposal_requests_guard"},
    {"disposal_request_files", "disposal_request_files_guard"},
};
} // namespace

ServerSetup::ServerSetup(StoreConnection &connection)
    : m_connection(connection)
{}

void ServerSetup::requireSuperuser(const QString &what)
{
    if (!m_connection.isPostgreSQL())
        throw StoreError(StoreError::Kind::BadData,
                         tr("%1 is for a PostgreSQL office server; %2 is an SQLite file")
                             .arg(what, m_connection.url().displayName()));
    if (!m_connection.isServerSuperuser())
        throw StoreError(StoreError::Kind::Refused,
                         tr("%1 needs a superuser of the server (e.g. postgres); %2 is not one")
                             .arg(what, m_connection.identityLogin()));
}

QStringList ServerSetup::secure()
{
    QStringList done;
    Transaction transaction(m_connection);
    SqlQuery::execDirect(m_connection, kSecure);
    done << tr("group roles kessai_owner, kessai_staff, kessai_records_manager, kessai_admin and "
               "kessai_role_admin are there");
    done << tr(
        "Kessai's tables and functions belong to kessai_owner (kessai_manage_login to kessai_role_admin)");
    SqlQuery(m_connection, QStringLiteral("SELECT kessai_grant_privileges()")).exec();
    done << tr("privileges granted to the group roles only; nothing to PUBLIC");
    SqlQuery(m_connection, QStringLiteral("INSERT INTO kessai_meta (key, value) VALUES (?, ?) "
                                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value"))
        .bind(QStringLiteral("login_roles"))
        .bind(QStringLiteral("managed"))
        .exec();
    done << tr("staff logins are managed by Kessai: user add, import-org and demo-seed create them");
    transaction.commit();
    return done;
}

QStringList ServerSetup::initialize(const QString &organizationName, const QString &adminLogin,
                                    const QString &adminDisplayName)
{
    requireSuperuser(QStringLiteral("server init"));
    QStringList done = secure();
    if (OrgStore(m_connection).organizationExists()) {
        done << tr("the organization exists already (%1): left as it is")
                    .arg(OrgStore(m_connection).organizationName());
    } else {
        OrganizationSetup(m_connection).initialize(organizationName, adminDisplayName, adminLogin);
        done << tr("organization %1 created; its first administrator logs in as %2")
                    .arg(organizationName.trimmed(), adminLogin);
    }
    return done;
}

QStringList ServerSetup::upgrade()
{
    requireSuperuser(QStringLiteral("server upgrade"));
    return secure();
}

QStringList ServerSetup::check()
{
    QStringList problems;
    if (!m_connection.isPostgreSQL())
        return {
            tr("%1 is an SQLite file: there is no server to check").arg(m_connection.url().displayName())};
    SqlQuery roles(m_connection,
                   QStringLiteral("SELECT r FROM unnest(ARRAY['kessai_owner', 'kessai_staff', "
                                  "'kessai_records_manager', 'kessai_admin', 'kessai_role_admin']) r "
                                  "WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) ORDER BY r"));
    roles.exec();
    while (roles.next())
        problems << tr("the role %1 does not exist (run kessai-cli server init)").arg(roles.text(0));

    SqlQuery rls(
        m_connection,
        QStringLiteral(
            "SELECT t, c.relrowsecurity, (SELECT count(*) FROM pg_policy p WHERE p.polrelid = c.oid) "
            "FROM unnest(ARRAY[%1]) t LEFT JOIN pg_class c ON c.relname = t "
            "AND c.relnamespace = 'public'::regnamespace ORDER BY t")
            .arg(kRlsTables));
    rls.exec();
    while (rls.next()) {
        if (!rls.flag(1))
            problems << tr("row-level security is off on %1").arg(rls.text(0));
        if (rls.value(2).toInt() == 0)
            problems << tr("%1 has no row-level security policy").arg(rls.text(0));
    }

    SqlQuery trigger(
        m_connection,
        QStringLiteral("SELECT t.tgenabled FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                       "WHERE c.relname = ? AND c.relnamespace = 'public'::regnamespace "
                       "AND t.tgname = ?"));
    for (const auto &[table, name] : kGuardTriggers) {
        trigger.bind(QLatin1String(table)).bind(QLatin1String(name)).exec();
        if (!trigger.next())
            problems
                << tr("the guard trigger %1 on %2 is missing").arg(QLatin1String(name), QLatin1String(table));
        else if (trigger.text(0) == QLatin1String("D"))
            problems << tr("the guard trigger %1 on %2 is disabled")
                            .arg(QLatin1String(name), QLatin1String(table));
    }

    // Privileges held by anyone but the group roles (a login with table privileges of its own,
    // or PUBLIC): the guard assumes staff act through kessai_staff only.
    SqlQuery grants(
        m_connection,
        QStringLiteral("SELECT c.relname, COALESCE(r.rolname, 'PUBLIC'), a.privilege_type "
                       "FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a "
                       "LEFT JOIN pg_roles r ON r.oid = a.grantee "
                       "WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'S') "
                       "AND a.grantee <> c.relowner AND (r.rolname IS NULL OR (r.rolname NOT IN "
                       "('kessai_owner', 'kessai_staff', 'kessai_records_manager', 'kessai_admin', "
                       "'kessai_role_admin') AND NOT r.rolsuper)) ORDER BY 2, 1, 3"));
    grants.exec();
    while (grants.next())
        problems << tr("%1 holds %2 on %3 directly: privileges belong to the group roles")
                        .arg(grants.text(1), grants.text(2), grants.text(0));

    SqlQuery owners(
        m_connection,
        QStringLiteral("SELECT c.relname, pg_get_userbyid(c.relowner) FROM pg_class c "
                       "WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') "
                       "AND pg_get_userbyid(c.relowner) <> 'kessai_owner' "
                       "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e') "
                       "ORDER BY 1"));
    owners.exec();
    while (owners.next())
        problems << tr("the table %1 belongs to %2, not kessai_owner").arg(owners.text(0), owners.text(1));

    SqlQuery create(m_connection,
                    QStringLiteral("SELECT has_schema_privilege('kessai_staff', 'public', 'CREATE') "
                                   "FROM pg_roles WHERE rolname = 'kessai_staff'"));
    if (create.exec().next() && create.flag(0))
        problems << tr("staff may create objects in the schema public");

    SqlQuery definer(
        m_connection,
        QStringLiteral("SELECT p.proname FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace "
                       "AND p.prosecdef AND NOT EXISTS (SELECT 1 FROM unnest(p.proconfig) c "
                       "WHERE c LIKE 'search_path=%') ORDER BY 1"));
    definer.exec();
    while (definer.next())
        problems << tr("the SECURITY DEFINER function %1 has no fixed search_path").arg(definer.text(0));

    SqlQuery staff(
        m_connection,
        QStringLiteral("SELECT r.rolname FROM pg_roles r JOIN pg_auth_members m ON m.member = r.oid "
                       "JOIN pg_roles g ON g.oid = m.roleid AND g.rolname = 'kessai_staff' "
                       "WHERE r.rolname NOT LIKE 'kessai\\_%' AND (r.rolsuper OR r.rolcreaterole "
                       "OR r.rolbypassrls) ORDER BY 1"));
    staff.exec();
    while (staff.next())
        problems << tr("the staff login %1 can bypass the guard (superuser, CREATEROLE or BYPASSRLS)")
                        .arg(staff.text(0));
    return problems;
}

} // namespace kessai
