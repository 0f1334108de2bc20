// SPDX-License-Identifier: GPL-3.0-or-later
// Tools → 編集に使うアプリケーション in Japanese (issue 19): every button says a whole phrase and
// shows all of it.
#include "gui/editing/EditorSettingsDialog.h"
#include "translations/TranslationLoader.h"

#include <QPushButton>
#include <QTest>

using namespace kessai::gui;

class TestEditorSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void buttonsShowTheirWholeText()
    {
        QCOMPARE(kessai::TranslationLoader::install(QStringLiteral("ja")), QStringLiteral("ja"));
        EditorSettingsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *libreOffice = dialog.findChild<QPushButton *>(QStringLiteral("libreOfficeButton"));
        QVERIFY(libreOffice);
        // The phrase ends with its verb, not with a dangling 「で」.
        QVERIFY2(libreOffice->text().endsWith(QStringLiteral("編集")), qPrintable(libreOffice->text()));
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            const int needed = button->fontMetrics().horizontalAdvance(button->text());
            QVERIFY2(button->width() >= needed, qPrintable(button->text()));
        }
    }
};

QTEST_MAIN(TestEditorSettingsDialog)
#include "tst_editorsettingsdialog.moc"
