// SPDX-License-Identifier: GPL-3.0-or-later
// EditorCommands and its settings dialog: a command set for a file type is split like a shell
// would but never run through one (a name with spaces, quotes or ";" stays one argument), %f is
// the file, the dialog stores what it shows and refuses a row it could not run, and opening a
// working file really starts the configured program (the scripted editor, which rewrites it).
#include "gui/editing/EditorCommands.h"
#include "gui/editing/EditorSettingsDialog.h"

#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace kessai::gui;

class TestEditorCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings in a throwaway place
        QCoreApplication::setOrganizationName(QStringLiteral("kessai-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_editorcommands"));
    }

    void init() { EditorCommands::save({}); }

    void commandLinesKeepTheFileOneArgument()
    {
        const QString path = QStringLiteral("/tmp/作業 フォルダ/議事録 \"案\"; rm -rf ~.docx");
        QCOMPARE(EditorCommands::commandLine(QStringLiteral("libreoffice --writer %f"), path),
                 (QStringList{QStringLiteral("libreoffice"), QStringLiteral("--writer"), path}));
        // Without %f the file comes last; quoted program paths stay whole.
        QCOMPARE(EditorCommands::commandLine(QStringLiteral("\"/opt/My Editor/edit\" -n"), path),
                 (QStringList{QStringLiteral("/opt/My Editor/edit"), QStringLiteral("-n"), path}));
        QCOMPARE(EditorCommands::commandLine(QStringLiteral("tool --file=%f"), path),
                 (QStringList{QStringLiteral("tool"), QStringLiteral("--file=") + path}));
        QString error;
        QVERIFY(EditorCommands::commandLine(QStringLiteral("  "), path, &error).isEmpty());
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(EditorCommands::commandLine(QStringLiteral("\"unbalanced %f"), path, &error).isEmpty());
        QVERIFY(error.contains(QLatin1String("unbalanced")));
        QCOMPARE(EditorCommands::extensionOf(QStringLiteral("/x/議事録.DOCX")), QStringLiteral("docx"));
        QCOMPARE(EditorCommands::extensionOf(QStringLiteral("/x/README")), QString());
    }

    void settingsDialogStoresWhatItShows()
    {
        EditorSettingsDialog dialog;
        QCOMPARE(dialog.table()->rowCount(), 0);
        dialog.setCommands({{QStringLiteral("docx"), QStringLiteral("libreoffice --writer %f")},
                            {QStringLiteral("txt"), QStringLiteral("mousepad")}});
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const EditorCommands::Map stored = EditorCommands::load();
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.value(QStringLiteral("docx")), QStringLiteral("libreoffice --writer %f"));

        // A row without a command, or with an unbalanced quote, is refused with the reason.
        EditorSettingsDialog again;
        QCOMPARE(again.table()->rowCount(), 2); // shows what is stored
        again.setCommands({{QStringLiteral(".PDF"), QString()}});
        again.show();
        again.accept();
        QVERIFY(again.isVisible());
        QVERIFY(again.errorText().contains(QLatin1String(".pdf")));
        QCOMPARE(EditorCommands::load().size(), 2); // nothing half-stored
        again.setCommands({{QStringLiteral("pdf"), QStringLiteral("\"evince %f")}});
        again.accept();
        QVERIFY(again.errorText().contains(QLatin1String("unbalanced")));
        again.reject();
    }

    void openStartsTheConfiguredProgram()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("通知 文.kessaitest"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("before\n");
        }
        EditorCommands::save({{QStringLiteral("kessaitest"),
                               QStringLiteral("\"%1\" inplace %f \"edited by the configured editor\"")
                                   .arg(QStringLiteral(KESSAI_FAKE_EDITOR_PATH))}});
        QString error;
        QVERIFY2(EditorCommands::open(path, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QFile file(path);
                return file.open(QIODevice::ReadOnly) && file.readAll().startsWith("edited by");
            }(),
            10000);

        // A command that cannot start says so, naming the program and the type.
        EditorCommands::save({{QStringLiteral("kessaitest"), QStringLiteral("/nonexistent/editor %f")}});
        QVERIFY(!EditorCommands::open(path, &error));
        QVERIFY(error.contains(QLatin1String("/nonexistent/editor")) &&
                error.contains(QLatin1String(".kessaitest")));
    }
};

QTEST_MAIN(TestEditorCommands)
#include "tst_editorcommands.moc"
