// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/FilingClassCsvImporter.h"

#include "core/org/CsvReader.h"
#include "core/org/Session.h"
#include "core/records/FilingClassStore.h"
#include "core/store/StoreError.h"
#include "core/store/Transaction.h"

#include <QHash>

namespace kessai {

namespace {
struct Entry
{
    int line = 0;
    FilingClass value;
    bool hasChildren = false;
};

const QHash<QString, QString> &columnAliases()
{
    static const QHash<QString, QString> aliases{
        {QStringLiteral("code"), QStringLiteral("code")},
        {QStringLiteral("分類コード"), QStringLiteral("code")},
        {QStringLiteral("parent"), QStringLiteral("parent")},
        {QStringLiteral("上位コード"), QStringLiteral("parent")},
        {QStringLiteral("name"), QStringLiteral("name")},
        {QStringLiteral("名称"), QStringLiteral("name")},
        {QStringLiteral("retention"), QStringLiteral("retention")},
        {QStringLiteral("保存期間"), QStringLiteral("retention")},
        {QStringLiteral("disposition"), QStringLiteral("disposition")},
        {QStringLiteral("満了時の措置"), QStringLiteral("disposition")},
    };
    return aliases;
}

std::optional<Disposition> dispositionFromText(const QString &text)
{
    const QString t = text.trimmed();
    if (t == QStringLiteral("移管") || t == QLatin1String("transfer"))
        return Disposition::Transfer;
    if (t == QStringLiteral("廃棄") || t == QLatin1String("destroy"))
        return Disposition::Destroy;
    return std::nullopt;
}
} // namespace

FilingClassCsvImporter::FilingClassCsvImporter(StoreConnection &connection)
    : m_connection(connection)
{}

int FilingClassCsvImporter::import(const Session &session, qint64 unitId, const QByteArray &csv,
                                      const QString &sourceName)
{
    session.require(Role::RecordsManager, tr("Importing the classification (文書分類表)"));
    const QList<CsvReader::Record> records = CsvReader::parse(csv, sourceName);
    if (records.isEmpty())
        throw StoreError(StoreError::Kind::BadData, tr("%1: the file is empty").arg(sourceName));
    auto fail = [&](int line, const QString &column, const QString &reason) {
        return StoreError(StoreError::Kind::BadData,
                          tr("%1: line %2, column \"%3\": %4").arg(sourceName, QString::number(line), column, reason));
    };
    // The header: which field is which column (named as the file names it).
    QHash<QString, int> index;
    QHash<QString, QString> shownAs;
    const CsvReader::Record &header = records.first();
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed();
        const QString key = columnAliases().value(name);
        if (key.isEmpty())
            throw fail(header.line, name, tr("unknown column; expected code, parent, name, retention, disposition"));
        index.insert(key, i);
        shownAs.insert(key, name);
    }
    for (const char *needed : {"code", "name"}) {
        if (!index.contains(QLatin1String(needed)))
            throw StoreError(StoreError::Kind::BadData,
                             tr("%1: line %2: the column \"%3\" is missing")
                                 .arg(sourceName, QString::number(header.line), QLatin1String(needed)));
    }
    auto field = [&](const CsvReader::Record &r, const char *key) {
        const int i = index.value(QLatin1String(key), -1);
        return i < 0 ? QString() : r.fields.value(i).trimmed();
    };
    auto column = [&](const char *key) { return shownAs.value(QLatin1String(key), QLatin1String(key)); };

    FilingClassStore store(m_connection);
    Transaction transaction(m_connection); // all or nothing, and the checks see what is committed
    QHash<QString, Entry> byCode;
    QList<QString> order;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvReader::Record &record = records.at(r);
        if (record.fields.join(QString()).trimmed().isEmpty())
            continue;
        Entry e;
        e.line = record.line;
        e.value.unitId = unitId;
        e.value.code = field(record, "code");
        e.value.name = field(record, "name");
        e.value.parentCode = field(record, "parent");
        if (e.value.code.isEmpty())
            throw fail(e.line, column("code"), tr("is empty"));
        if (e.value.name.isEmpty())
            throw fail(e.line, column("name"), tr("is empty"));
        if (byCode.contains(e.value.code))
            throw fail(e.line, column("code"),
                       tr("the code \"%1\" appears twice (also on line %2)")
                           .arg(e.value.code, QString::number(byCode.value(e.value.code).line)));
        if (store.byCode(unitId, e.value.code))
            throw fail(e.line, column("code"), tr("the code \"%1\" is in the 課's classification already").arg(e.value.code));
        const QString retention = field(record, "retention");
        if (!retention.isEmpty()) {
            e.value.retention = RecordTerms::retentionFromText(retention);
            if (!e.value.retention)
                throw fail(e.line, column("retention"),
                           tr("\"%1\" is not a retention period (1年未満, 1, 3, 5, 10, 30年, 常用)").arg(retention));
        }
        const QString disposition = field(record, "disposition");
        if (!disposition.isEmpty()) {
            e.value.disposition = dispositionFromText(disposition);
            if (!e.value.disposition)
                throw fail(e.line, column("disposition"), tr("\"%1\" is not 移管 or 廃棄").arg(disposition));
        }
        byCode.insert(e.value.code, e);
        order.append(e.value.code);
    }
    // Parents: in the file or in the table; no cycle; at most four levels.
    for (const QString &code : std::as_const(order)) {
        Entry &e = byCode[code];
        QStringList chain{code};
        QString parent = e.value.parentCode;
        int depth = 1;
        while (!parent.isEmpty()) {
            if (chain.contains(parent)) {
                chain.append(parent);
                throw fail(e.line, column("parent"), tr("the parents form a cycle: %1").arg(chain.join(QStringLiteral(" → "))));
            }
            chain.append(parent);
            if (byCode.contains(parent)) {
                byCode[parent].hasChildren = true;
                parent = byCode.value(parent).value.parentCode;
                ++depth;
                continue;
            }
            const auto existing = store.byCode(unitId, parent);
            if (!existing)
                throw fail(e.line, column("parent"),
                           tr("the parent \"%1\" is neither in the file nor in the 課's classification").arg(parent));
            depth += existing->depth;
            break;
        }
        if (depth > FilingClassStore::kMaxDepth)
            throw fail(e.line, column("parent"),
                       tr("\"%1\" would be on level %2: the classification has four (大・中・小・細分類)")
                           .arg(code)
                           .arg(depth));
        e.value.depth = depth;
    }
    for (const QString &code : std::as_const(order)) {
        const Entry &e = byCode.value(code);
        if (!e.hasChildren && (!e.value.retention || !e.value.disposition))
            throw fail(e.line, column(e.value.retention ? "disposition" : "retention"),
                       tr("\"%1\" has no entry below it: it needs its 保存期間 and 満了時の措置").arg(code));
    }
    // Parents first: by depth.
    int added = 0;
    for (int depth = 1; depth <= FilingClassStore::kMaxDepth; ++depth) {
        for (const QString &code : std::as_const(order)) {
            const Entry &e = byCode.value(code);
            if (e.value.depth != depth)
                continue;
            store.add(session, unitId, e.value);
            ++added;
        }
    }
    transaction.commit();
    return added;
}

} // namespace kessai
