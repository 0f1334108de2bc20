// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/org/OrgCsvImporter.h"

#include "core/org/CsvReader.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/org/UnitLevelText.h"
#include "core/store/StoreConnection.h"
#include "core/store/StoreError.h"
#include "core/store/Transaction.h"

#include <QHash>
#include <QRegularExpression>

namespace kessai {

namespace {
const QStringList kColumns{QStringLiteral("record"), QStringLiteral("code"),   QStringLiteral("name"),
                           QStringLiteral("level"),  QStringLiteral("parent"), QStringLiteral("order"),
                           QStringLiteral("login"),  QStringLiteral("kana"),   QStringLiteral("title"),
                           QStringLiteral("unit"),   QStringLiteral("roles"),  QStringLiteral("active"),
                           QStringLiteral("extension")};

/// One row with its header, so every error can name the line and the column.
class Row
{
public:
    Row(const CsvReader::Record &record, const QHash<QString, int> &columns, const QString &source)
        : m_record(record)
        , m_columns(columns)
        , m_source(source)
    {}
    QString value(const QString &column) const
    {
        const int index = m_columns.value(column, -1);
        return index >= 0 && index < m_record.fields.size() ? m_record.fields.at(index).trimmed() : QString();
    }
    QString required(const QString &column) const
    {
        const QString v = value(column);
        if (v.isEmpty())
            fail(column, QCoreApplication::translate("OrgCsvImporter", "is empty"));
        return v;
    }
    [[noreturn]] void fail(const QString &column, const QString &reason) const
    {
        throw StoreError(StoreError::Kind::BadData,
                         QCoreApplication::translate("OrgCsvImporter", "%1: line %2, column \"%3\": %4")
                             .arg(m_source, QString::number(m_record.line), column, reason));
    }
    bool active() const
    {
        const QString v = value(QStringLiteral("active")).toLower();
        if (v.isEmpty() || v == QLatin1String("yes") || v == QLatin1String("true") || v == QLatin1String("1"))
            return true;
        if (v == QLatin1String("no") || v == QLatin1String("false") || v == QLatin1String("0"))
            return false;
        fail(QStringLiteral("active"),
             QCoreApplication::translate("OrgCsvImporter", "\"%1\" is not yes or no").arg(v));
    }
    int line() const { return m_record.line; }

private:
    const CsvReader::Record &m_record;
    const QHash<QString, int> &m_columns;
    QString m_source;
};
} // namespace

OrgCsvImporter::OrgCsvImporter(Session &session)
    : m_session(session)
{}

OrgCsvImporter::Result OrgCsvImporter::import(const QByteArray &csv, const QString &sourceName)
{
    m_session.require(Role::Admin, tr("importing the organization"));
    const QList<CsvReader::Record> records = CsvReader::parse(csv, sourceName);
    if (records.isEmpty())
        throw StoreError(StoreError::Kind::BadData, tr("%1: the file is empty").arg(sourceName));
    QHash<QString, int> columns;
    const CsvReader::Record &header = records.first();
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (!kColumns.contains(name))
            throw StoreError(StoreError::Kind::BadData,
                             tr("%1: line %2, column %3: unknown column \"%4\"; expected %5")
                                 .arg(sourceName, QString::number(header.line), QString::number(i + 1),
                                      header.fields.at(i), kColumns.join(QLatin1Char(','))));
        if (columns.contains(name))
            throw StoreError(StoreError::Kind::BadData,
                             tr("%1: line %2: column \"%3\" appears twice")
                                 .arg(sourceName, QString::number(header.line), name));
        columns.insert(name, i);
    }
    if (!columns.contains(QStringLiteral("record")))
        throw StoreError(StoreError::Kind::BadData,
                         tr("%1: line 1: the header has no \"record\" column").arg(sourceName));

    StoreConnection &db = m_session.connection();
    OrgStore org(db);
    Result result;
    Transaction transaction(db);
    QHash<QString, qint64> titleIds;
    for (const Title &title : org.titles())
        titleIds.insert(title.name, title.id);
    static const QRegularExpression roleSeparator(QStringLiteral("[|\\s]+"));
    QHash<QString, int> unitLines; // unit code → the line of this file that last set it

    for (qsizetype i = 1; i < records.size(); ++i) {
        const Row row(records.at(i), columns, sourceName);
        if (records.at(i).fields.size() > header.fields.size())
            row.fail(tr("(end)"), tr("more fields than the header has"));
        const QString kind = row.required(QStringLiteral("record")).toLower();
        try {
            if (kind == QLatin1String("unit")) {
                Unit unit;
                unit.code = row.required(QStringLiteral("code"));
                unit.name = row.required(QStringLiteral("name"));
                const auto level = parseUnitLevel(row.required(QStringLiteral("level")));
                if (!level)
                    row.fail(QStringLiteral("level"),
                             tr("\"%1\" is not department, division, section or office")
                                 .arg(row.value(QStringLiteral("level"))));
                unit.level = *level;
                const QString parent = row.value(QStringLiteral("parent"));
                if (!parent.isEmpty()) {
                    const auto parentUnit = org.unitByCode(parent);
                    if (!parentUnit)
                        row.fail(
                            QStringLiteral("parent"),
                            tr("no unit with code \"%1\" (define parents above their children)").arg(parent));
                    unit.parentId = parentUnit->id;
                }
                const QString order = row.value(QStringLiteral("order"));
                bool ok = true;
                unit.sortOrder = order.isEmpty() ? row.line() * 10 : order.toInt(&ok);
                if (!ok)
                    row.fail(QStringLiteral("order"), tr("\"%1\" is not a number").arg(order));
                unit.active = row.active();
                if (const auto existing = org.unitByCode(unit.code)) {
                    unit.id = existing->id;
                    if (unit.parentId == unit.id)
                        row.fail(QStringLiteral("parent"), tr("a unit cannot be its own parent"));
                    if (const QStringList cycle = org.parentCycle(unit); !cycle.isEmpty()) {
                        // Name the rows that made the cycle: a unit set earlier in this file
                        // by its line, one already stored (and untouched here) as such.
                        QStringList steps;
                        for (const QString &code : cycle)
                            steps.append(code == unit.code ? tr("%1 (line %2)").arg(code).arg(row.line())
                                         : unitLines.contains(code)
                                             ? tr("%1 (line %2)").arg(code).arg(unitLines.value(code))
                                             : tr("%1 (stored)").arg(code));
                        row.fail(
                            QStringLiteral("parent"),
                            tr("the units would form a cycle: %1").arg(steps.join(QStringLiteral(" → "))));
                    }
                    org.updateUnit(m_session, unit);
                    ++result.unitsUpdated;
                } else {
                    org.addUnit(m_session, unit);
                    ++result.unitsAdded;
                }
                unitLines.insert(unit.code, row.line());
            } else if (kind == QLatin1String("user")) {
                User user;
                user.login = row.required(QStringLiteral("login"));
                try {
                    OrgStore::validateLogin(user.login);
                } catch (const StoreError &error) {
                    row.fail(QStringLiteral("login"), error.message());
                }
                user.displayName = row.required(QStringLiteral("name"));
                user.kana = row.value(QStringLiteral("kana"));
                user.extension = row.value(QStringLiteral("extension"));
                try {
                    OrgStore::normalizedExtension(user.extension);
                } catch (const StoreError &error) {
                    row.fail(QStringLiteral("extension"), error.message());
                }
                const QString title = row.value(QStringLiteral("title"));
                if (!title.isEmpty()) {
                    if (!titleIds.contains(title))
                        row.fail(QStringLiteral("title"), tr("unknown title \"%1\"").arg(title));
                    user.titleId = titleIds.value(title);
                }
                const QString unitCode = row.required(QStringLiteral("unit"));
                const auto unit = org.unitByCode(unitCode);
                if (!unit)
                    row.fail(QStringLiteral("unit"), tr("no unit with code \"%1\"").arg(unitCode));
                user.unitId = unit->id;
                const QStringList roles =
                    row.value(QStringLiteral("roles")).split(roleSeparator, Qt::SkipEmptyParts);
                for (const QString &code : roles) {
                    const auto role = fromCode<Role>(code.toLower());
                    if (!role)
                        row.fail(
                            QStringLiteral("roles"),
                            tr("unknown role \"%1\" (clerk, approver, records_manager, admin)").arg(code));
                    user.roles.append(*role);
                }
                if (user.roles.isEmpty())
                    user.roles.append(Role::Clerk);
                user.active = row.active();
                if (const auto existing = org.userByLogin(user.login)) {
                    user.id = existing->id;
                    if (!columns.contains(QStringLiteral("extension")))
                        user.extension = existing->extension; // a file without the column keeps it
                    if (user.id == m_session.user().id && !user.roles.contains(Role::Admin))
                        row.fail(QStringLiteral("roles"),
                                 tr("the import would remove your own administrator role"));
                    if (user.id == m_session.user().id && !user.active)
                        row.fail(QStringLiteral("active"),
                                 tr("the import would deactivate your own account"));
                    org.updateUser(m_session, user);
                    ++result.usersUpdated;
                } else {
                    org.addUser(m_session, user);
                    ++result.usersAdded;
                }
            } else {
                row.fail(QStringLiteral("record"), tr("\"%1\" is neither unit nor user").arg(kind));
            }
        } catch (const StoreError &error) {
            // Store-level refusals (duplicate, missing parent…) get the row's position too.
            if (error.message().startsWith(sourceName))
                throw;
            throw StoreError(
                error.kind(),
                tr("%1: line %2: %3").arg(sourceName, QString::number(row.line()), error.message()));
        }
    }
    m_session.audit(QStringLiteral("organization.import"), QStringLiteral("organization"), 1,
                    {{QStringLiteral("source"), sourceName},
                     {QStringLiteral("units_added"), result.unitsAdded},
                     {QStringLiteral("units_updated"), result.unitsUpdated},
                     {QStringLiteral("users_added"), result.usersAdded},
                     {QStringLiteral("users_updated"), result.usersUpdated}});
    // Before the commit: if the acting account no longer qualifies, nothing is applied.
    m_session.reload();
    transaction.commit();
    return result;
}

} // namespace kessai
