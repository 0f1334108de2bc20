// SPDX-License-Identifier: GPL-3.0-or-later
// Settings from older versions carry over (issue 18): a settings file as Kessai 0.1 wrote it
// (~/.config/Kessai/kessai.conf, keys store/location and editors/*) is read by this version, and
// what this version writes keeps those names, so an older one still reads it after a downgrade.
#include "core/store/DatabaseUrl.h"
#include "gui/GuiSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kessai;
using namespace kessai::gui;

class TestGuiSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        // Before the first QSettings: its folders are read once per process.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
        // The names main() gives; they decide where the file is.
        QCoreApplication::setOrganizationName(QStringLiteral("Kessai"));
        QCoreApplication::setApplicationName(QStringLiteral("kessai"));
    }

    void olderSettingsFileIsRead()
    {
        QVERIFY(QDir().mkpath(m_config.filePath(QStringLiteral("Kessai"))));
        QFile file(m_config.filePath(QStringLiteral("Kessai/kessai.conf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[editors]\n"
                   "docx=libreoffice --writer\n"
                   "xlsx=libreoffice --calc\n"
                   "\n"
                   "[store]\n"
                   "location=/srv/share/kessai.sqlite\n");
        file.close();
        QCOMPARE(GuiSettings::lastDatabase(), QStringLiteral("/srv/share/kessai.sqlite"));
        const GuiSettings::EditorCommands editors = GuiSettings::editorCommands();
        QCOMPARE(editors.size(), 2);
        QCOMPARE(editors.value(QStringLiteral("docx")), QStringLiteral("libreoffice --writer"));
        QCOMPARE(editors.value(QStringLiteral("xlsx")), QStringLiteral("libreoffice --calc"));
    }

    void writtenUnderTheSameNames()
    {
        GuiSettings::setLastDatabase(DatabaseUrl::sqlite(QStringLiteral("/home/sato/決裁.sqlite")));
        GuiSettings::setEditorCommands({{QStringLiteral("odt"), QStringLiteral("lowriter")}});
        QFile file(m_config.filePath(QStringLiteral("Kessai/kessai.conf")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(QStringLiteral("[store]")) && text.contains(QStringLiteral("location=")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("[editors]\nodt=lowriter")), qPrintable(text));
        QCOMPARE(GuiSettings::lastDatabase(), QStringLiteral("/home/sato/決裁.sqlite"));
    }

private:
    QTemporaryDir m_config;
};

QTEST_GUILESS_MAIN(TestGuiSettings)
#include "tst_guisettings.moc"
