// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/paper/PaperCsvImporter.h"

#include "core/documents/DecisionKindList.h"

#include "core/documents/FilingCatalog.h"
#include "core/documents/FiscalYear.h"
#include "core/org/CsvReader.h"
#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "core/paper/PaperDecisionStore.h"
#include "core/store/StoreError.h"
#include "core/store/Transaction.h"

#include <QHash>
#include <QSet>
#include <QStringDecoder>
#include <QStringEncoder>

namespace kessai {

namespace {
QDate parseDate(const QString &text)
{
    QString t = text.trimmed();
    t.replace(QLatin1Char('/'), QLatin1Char('-'));
    QDate date = QDate::fromString(t, QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid())
        date = QDate::fromString(t, QStringLiteral("yyyy-M-d"));
    return date;
}
} // namespace

PaperCsvImporter::PaperCsvImporter(Session &session)
    : m_session(session)
    , m_store(session.connection())
{}

QStringList PaperCsvImporter::requiredColumns()
{
    return {QStringLiteral("件名"),   QStringLiteral("起案者"), QStringLiteral("所属"), QStringLiteral("決裁者"),
            QStringLiteral("起案日"), QStringLiteral("決裁日"), QStringLiteral("理由")};
}

QByteArray PaperCsvImporter::utf8Text(const QByteArray &bytes, const QString &sourceName, Encoding encoding)
{
    if (encoding == Encoding::ShiftJis) {
        QStringDecoder sjis("Shift_JIS");
        const QString text = sjis.decode(bytes);
        if (sjis.hasError())
            throw StoreError(StoreError::Kind::BadData, tr("%1: the text is not Shift_JIS").arg(sourceName));
        return text.toUtf8();
    }
    // Line by line, so that the message names where the file stops being UTF-8.
    int line = 1;
    for (const QByteArray &row : bytes.split('\n')) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString asUtf8 = utf8.decode(row); // (decoding is lazy: it happens here)
        Q_UNUSED(asUtf8)
        if (utf8.hasError()) {
            QStringDecoder sjis("Shift_JIS");
            const QString asSjis = sjis.decode(row);
            Q_UNUSED(asSjis)
            throw StoreError(StoreError::Kind::BadData,
                             sjis.hasError()
                                 ? tr("%1: line %2 is not UTF-8 text").arg(sourceName).arg(line)
                                 : tr("%1: line %2 is Shift_JIS, not UTF-8 (Excel's plain \"CSV\"): save the "
                                      "file as \"CSV UTF-8\", or say it is Shift_JIS (--encoding shift_jis)")
                                       .arg(sourceName)
                                       .arg(line));
        }
        ++line;
    }
    return bytes;
}

PaperDecision PaperCsvImporter::resolve(const std::function<QString(const QString &)> &field)
{
    StoreConnection &connection = m_session.connection();
    OrgStore org(connection);
    if (!m_loaded) { // the lists every row is looked up in, read once
        m_loaded = true;
        for (const Unit &unit : org.units())
            m_units.insert(unit.code, unit.id);
        for (const PaperReason &reason : m_store.reasons()) {
            m_reasons.insert(reason.code, reason.id);
            m_reasons.insert(reason.name, reason.id);
        }
        for (const FilingCatalog::DecisionLevel &level : FilingCatalog(connection).decisionLevels()) {
            m_levels.insert(level.code, level.id);
            m_levels.insert(level.name, level.id);
        }
    }
    PaperDecision d;
    d.title = field(QStringLiteral("件名"));
    const QString login = field(QStringLiteral("起案者"));
    if (!m_users.contains(login)) {
        const std::optional<User> user = org.userByLogin(login);
        m_users.insert(login, user ? user->id : 0);
    }
    d.drafterId = m_users.value(login);
    if (!d.drafterId)
        throw FieldError{QStringLiteral("起案者"), tr("no user with the login \"%1\"").arg(login)};
    const QString unitCode = field(QStringLiteral("所属"));
    d.unitId = m_units.value(unitCode);
    if (!d.unitId)
        throw FieldError{QStringLiteral("所属"), tr("no unit with the code \"%1\"").arg(unitCode)};
    d.decider = field(QStringLiteral("決裁者"));
    d.draftedOn = parseDate(field(QStringLiteral("起案日")));
    d.decidedOn = parseDate(field(QStringLiteral("決裁日")));
    const QString reason = field(QStringLiteral("理由"));
    d.reasonId = m_reasons.value(reason);
    if (!d.reasonId)
        throw FieldError{QStringLiteral("理由"), tr("\"%1\" is not in the office's list of paper reasons").arg(reason)};
    d.reasonText = field(QStringLiteral("理由詳細"));
    const QString level = field(QStringLiteral("決裁区分"));
    if (!level.isEmpty()) {
        d.decisionLevelId = m_levels.value(level);
        if (!d.decisionLevelId)
            throw FieldError{QStringLiteral("決裁区分"), tr("no 決裁区分 \"%1\"").arg(level)};
    }
    const QString kind = field(QStringLiteral("種類"));
    if (!kind.isEmpty()) {
        const std::optional<DecisionKind> found = DecisionKindList(m_session.connection()).byCodeOrName(kind);
        if (!found || !found->active)
            throw FieldError{QStringLiteral("種類"), tr("\"%1\" is not in the office's list of decision kinds").arg(kind)};
        d.decisionKindId = found->id;
    }
    const QString secret = field(QStringLiteral("秘"));
    d.classification = (secret == QStringLiteral("秘") || secret == QLatin1String("1")) ? Classification::Secret
                                                                                      : Classification::Public;
    const QString number = field(QStringLiteral("文書番号"));
    if (!number.isEmpty()) {
        bool ok = false;
        d.number = number.toInt(&ok);
        if (!ok || d.number <= 0)
            throw FieldError{QStringLiteral("文書番号"), tr("\"%1\" is not a number").arg(number)};
    }
    const QString fileName = field(QStringLiteral("簿冊"));
    if (!fileName.isEmpty() && d.draftedOn.isValid()) {
        const int fiscalYear = FiscalYear::of(d.draftedOn);
        const QString prefix = QStringLiteral("%1|%2|").arg(d.unitId).arg(fiscalYear);
        if (!m_filesRead.contains(prefix)) {
            m_filesRead.insert(prefix);
            for (const FilingCatalog::FileEntry &file : FilingCatalog(connection).files(d.unitId, fiscalYear))
                m_files.insert(prefix + file.name, file.id);
        }
        d.fileId = m_files.value(prefix + fileName);
        if (!d.fileId) { // a closed (完結) one is named as such by the check below
            for (const FilingCatalog::FileEntry &file : FilingCatalog(connection).files(d.unitId, fiscalYear, true)) {
                if (file.name == fileName)
                    d.fileId = file.id;
            }
        }
        if (!d.fileId)
            throw FieldError{QStringLiteral("簿冊"),
                             tr("the unit has no 簿冊 \"%1\" in fiscal year %2").arg(fileName).arg(fiscalYear)};
    }
    if (const auto problem = m_store.problem(m_session, d))
        throw FieldError{problem->field, problem->message};
    return d;
}

QList<RegisteredPaperDecision> PaperCsvImporter::import(const QByteArray &bytes, const QString &sourceName,
                                                         Encoding encoding)
{
    const QList<CsvReader::Record> records = CsvReader::parse(utf8Text(bytes, sourceName, encoding), sourceName);
    if (records.isEmpty())
        throw StoreError(StoreError::Kind::BadData, tr("%1: the file is empty").arg(sourceName));
    QHash<QString, int> column;
    const QStringList header = records.first().fields;
    for (int i = 0; i < header.size(); ++i)
        column.insert(header.at(i).trimmed(), i);
    QStringList missing;
    for (const QString &name : requiredColumns()) {
        if (!column.contains(name))
            missing << name;
    }
    if (!missing.isEmpty())
        throw StoreError(StoreError::Kind::BadData, tr("%1: line 1: the header lacks the column(s) %2")
                                                        .arg(sourceName, missing.join(QStringLiteral(", "))));

    StoreConnection &connection = m_session.connection();
    QList<PaperDecision> decisions;
    QList<int> lines;
    QSet<QString> numbersInFile;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvReader::Record &record = records.at(r);
        auto fail = [&](const QString &name, const QString &why) {
            return StoreError(StoreError::Kind::BadData, tr("%1: line %2, column \"%3\": %4")
                                                             .arg(sourceName)
                                                             .arg(record.line)
                                                             .arg(name, why));
        };
        if (record.fields.size() < header.size())
            throw fail(header.value(record.fields.size()), tr("the row has %1 of the %2 columns")
                                                                .arg(record.fields.size())
                                                                .arg(header.size()));
        PaperDecision d;
        try {
            d = resolve([&](const QString &name) { return record.fields.value(column.value(name, -1)).trimmed(); });
        } catch (const FieldError &error) {
            throw fail(error.field, error.why);
        }
        if (d.number > 0) {
            const QString key = QStringLiteral("%1|%2|%3").arg(d.unitId).arg(FiscalYear::of(d.draftedOn)).arg(d.number);
            if (numbersInFile.contains(key))
                throw fail(QStringLiteral("文書番号"), tr("the number %1 is given twice in this file").arg(d.number));
            numbersInFile.insert(key);
        }
        decisions.append(d);
        lines.append(record.line);
    }

    Transaction transaction(connection);
    QList<RegisteredPaperDecision> registered;
    registered.reserve(decisions.size());
    for (qsizetype i = 0; i < decisions.size(); ++i) {
        try {
            registered.append(m_store.registerDecision(m_session, decisions.at(i)));
        } catch (const StoreError &error) { // e.g. a number the rows before took: nothing is kept
            throw StoreError(error.kind(), tr("%1: line %2: %3").arg(sourceName).arg(lines.at(i)).arg(error.message()));
        }
    }
    transaction.commit();
    return registered;
}

} // namespace kessai
