// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/records/RecordsFixture.h"

#include "core/documents/DocumentStore.h"
#include "core/org/Session.h"
#include "core/records/FilingClassStore.h"
#include "core/records/FileRegister.h"
#include "core/store/SqlQuery.h"
#include "core/store/StoreConnection.h"
#include "core/workflow/WorkflowStore.h"

namespace kessai::test {

void RecordsFixture::setUp()
{
    db = std::make_unique<TestDatabase>();
    admin = std::make_unique<StoreConnection>(db->url());
    org.setUp(*admin);
    for (const QString &login : WorkflowOrg::logins())
        people[login] = std::make_unique<SessionAs>(*db, *admin, login);
    Session &kanri = as("kanri_s");
    FilingClassStore classes(kanri.connection());
    auto add = [&](const char *code, const char16_t *name, const char *parent, std::optional<RetentionPeriod> r,
                   std::optional<Disposition> d) {
        FilingClass c;
        c.code = QLatin1String(code);
        c.name = QString::fromUtf16(name);
        c.parentCode = QLatin1String(parent);
        c.retention = r;
        c.disposition = d;
        return classes.add(kanri, org.division, c);
    };
    add("S", u"総務", "", {}, {});
    add("S1", u"文書管理", "S", {}, {});
    leafRules = add("S1-1", u"例規", "S1", RetentionPeriod::TenYears, Disposition::Transfer);
    leafQueries = add("S1-2", u"照会", "S1", RetentionPeriod::ThreeYears, Disposition::Destroy);
    leafMinor = add("S1-3", u"軽易", "S1", RetentionPeriod::UnderOneYear, Disposition::Destroy);
}

void RecordsFixture::tearDown()
{
    people.clear();
    admin.reset();
    db.reset();
}

Session &RecordsFixture::as(const char *login)
{
    return people.at(QLatin1String(login))->session();
}

qint64 RecordsFixture::file(int fiscalYear, const QString &name, qint64 leaf)
{
    Session &kanri = as("kanri_s");
    RecordFileDraft draft;
    draft.unitId = org.division;
    draft.fiscalYear = fiscalYear;
    draft.name = name;
    draft.filingClassId = leaf;
    draft.location = QStringLiteral("本庁舎 書庫");
    return FileRegister(kanri.connection()).create(kanri, draft);
}

qint64 RecordsFixture::decidedDocument(qint64 fileId, const QString &title, const QDate &decidedOn)
{
    Session &ito = as("ito_t");
    DocumentRecord d;
    d.kind = DocumentKind::Decision;
    d.title = title;
    d.body = QStringLiteral("標記について伺います。");
    d.unitId = org.division;
    d.decisionLevelId = org.levelDivision;
    d.fileId = fileId;
    d.retentionYears = 10;
    const qint64 id = DocumentStore(ito.connection()).createDraft(ito, d);
    RoutePlan route;
    route.stages = {{RoutePlan::step(StepKind::Review, org.sato)}, {RoutePlan::step(StepKind::Decide, org.suzuki)}};
    WorkflowStore(ito.connection()).setRoute(ito, id, route);
    WorkflowStore(ito.connection()).act(ito, id, WorkflowActionKind::Submit);
    WorkflowStore(as("sato_y").connection()).act(as("sato_y"), id, WorkflowActionKind::Approve);
    WorkflowStore(as("suzuki_h").connection()).act(as("suzuki_h"), id, WorkflowActionKind::Decide);
    if (decidedOn.isValid()) {
        // Documents decided in another year: the fixture moves the 決裁日 as the server's owner.
        db->superuserExec(QStringLiteral("UPDATE documents SET decided_on = '%1' WHERE id = %2")
                              .arg(decidedOn.toString(Qt::ISODate))
                              .arg(id));
    }
    return id;
}

} // namespace kessai::test
