// SPDX-License-Identifier: GPL-3.0-or-later
// The document list model: consistent (QAbstractItemModelTester), sorts by raw values, shows
// dates in 和暦 and western form.
#include "gui/DocumentTableModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace kessai;
using namespace kessai::gui;

namespace {
DocumentRecord doc(qint64 id, const QString &label, int fy, int number, const QDateTime &created)
{
    DocumentRecord d;
    d.id = id;
    d.title = QStringLiteral("件名%1").arg(id);
    d.numberLabel = label;
    d.fiscalYear = fy;
    d.number = number;
    d.createdAt = created;
    d.status = DocumentStatus::InReview;
    return d;
}
} // namespace

class TestDocumentTableModel : public QObject
{
    Q_OBJECT

private slots:
    void sortsNumbersNumerically()
    {
        DocumentTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime t(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
        model.setDocuments({doc(1, QStringLiteral("総務第10号"), 2026, 10, t),
                            doc(2, QStringLiteral("総務第2号"), 2026, 2, t.addDays(1)),
                            doc(3, QStringLiteral("総務第100号"), 2025, 100, t.addDays(2))});
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(DocumentTableModel::SortRole);
        proxy.sort(DocumentTableModel::NumberColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("総務第100号")); // FY2025 first
        QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("総務第2号"));
        QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("総務第10号"));
        proxy.sort(DocumentTableModel::CreatedColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, DocumentTableModel::CreatedColumn)
                     .data(DocumentTableModel::DocumentIdRole)
                     .toLongLong(),
                 qint64(3));
    }

    void datesInEraAndWesternForm()
    {
        DocumentTableModel model;
        DocumentRecord d = doc(1, QString(), 0, 0, QDateTime(QDate(2026, 11, 21), QTime(3, 0), Qt::UTC));
        d.decidedAt = QDateTime(QDate(2019, 5, 1), QTime(3, 0), Qt::UTC);
        model.setDocuments({d});
        const QString created = model.index(0, DocumentTableModel::CreatedColumn).data().toString();
        QVERIFY2(created.contains(QStringLiteral("R8.11.21")), qPrintable(created));
        QVERIFY(model.index(0, DocumentTableModel::CreatedColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("令和8年11月21日")));
        QVERIFY(created.contains(QStringLiteral("2026-11-21")));
        const QString decided = model.index(0, DocumentTableModel::DecidedColumn).data().toString();
        QVERIFY2(decided.contains(QStringLiteral("R元.5.1")), qPrintable(decided));
        QVERIFY(!model.index(0, DocumentTableModel::NumberColumn).data().toString().isEmpty());
    }

    void unchangedRowsDoNotReset()
    {
        DocumentTableModel model;
        const QDateTime t(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
        model.setDocuments({doc(1, QStringLiteral("総務第1号"), 2026, 1, t)});
        int resets = 0;
        connect(&model, &QAbstractItemModel::modelReset, this, [&resets] { ++resets; });
        model.setDocuments({doc(1, QStringLiteral("総務第1号"), 2026, 1, t)});
        QCOMPARE(resets, 0);
        DocumentRecord changed = doc(1, QStringLiteral("総務第1号"), 2026, 1, t);
        changed.rowVersion = 2;
        model.setDocuments({changed});
        QCOMPARE(resets, 1);
    }
};

QTEST_MAIN(TestDocumentTableModel)
#include "tst_documenttablemodel.moc"
