// SPDX-License-Identifier: GPL-3.0-or-later
// kessai(1) and kessai-cli(1) are printed by the programs (--help-man) from the options of their
// --help: every option and command that --help shows is in the page, in English and Japanese,
// and the page is valid roff (groff reports no warning). Also ManPage's escaping.
#include "manpage/ManPage.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace kessai;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // No window system at all: the pages are written at build time, on machines without one.
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

/// The page's text as a reader sees the words: font changes and escapes removed.
QString plain(const QString &roff)
{
    QString text = roff;
    static const QRegularExpression comments(QStringLiteral("^\\.\\\\\".*$"),
                                             QRegularExpression::MultilineOption);
    text.remove(comments);
    static const QRegularExpression fonts(QStringLiteral("\\\\f[BRIP]"));
    text.remove(fonts);
    text.replace(QLatin1String("\\-"), QLatin1String("-"));
    text.replace(QLatin1String("\\e"), QLatin1String("\\"));
    text.replace(QLatin1String("\\&"), QString());
    return text;
}

/// Every option name in a --help text ("-d, --database <url>" lines).
QStringList optionNames(const QString &help)
{
    QStringList names;
    static const QRegularExpression optionLine(QStringLiteral("^\\s+(-[^\\s].*?)(\\s{2,}|$)"));
    static const QRegularExpression name(QStringLiteral("(--?[A-Za-z?][A-Za-z0-9-]*)"));
    const QStringList lines = help.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QRegularExpressionMatch match = optionLine.match(line);
        if (!match.hasMatch())
            continue;
        auto it = name.globalMatch(match.captured(1));
        while (it.hasNext())
            names << it.next().captured(1);
    }
    return names;
}
} // namespace

class TestManPage : public QObject
{
    Q_OBJECT

private slots:
    void escapesWhatRoffWouldRead()
    {
        QCOMPARE(ManPage::escape(QStringLiteral("--as")), QStringLiteral("\\-\\-as"));
        QCOMPARE(ManPage::escape(QStringLiteral(".hidden request")), QStringLiteral("\\&.hidden request"));
        QCOMPARE(ManPage::escape(QStringLiteral("line\n'quoted")), QStringLiteral("line\n\\&'quoted"));
        QCOMPARE(ManPage::escape(QStringLiteral("C:\\Users")), QStringLiteral("C:\\eUsers"));
        QCOMPARE(ManPage::escape(QStringLiteral("決裁")), QStringLiteral("決裁"));
        const QCommandLineOption option({QStringLiteral("d"), QStringLiteral("database")},
                                        QStringLiteral("db"), QStringLiteral("url"));
        QCOMPARE(ManPage::optionTerm(option),
                 QStringLiteral("\\fB\\-d\\fR, \\fB\\-\\-database\\fR \\fIurl\\fR"));
    }

    void hiddenOptionsStayHidden()
    {
        ManPage page(QStringLiteral("x"), QStringLiteral("1"), QStringLiteral("test"));
        QCommandLineOption hidden(QStringLiteral("secret"), QStringLiteral("internal"));
        hidden.setFlags(QCommandLineOption::HiddenFromHelp);
        page.addOptions({hidden, QCommandLineOption(QStringLiteral("shown"), QStringLiteral("visible"))});
        const QString roff = page.toRoff();
        QVERIFY(roff.contains(QStringLiteral("shown")));
        QVERIFY(!roff.contains(QStringLiteral("secret")));
    }

    void pageListsEveryOptionOfHelp_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("lang");
        for (const char *lang : {"en", "ja"}) {
            QTest::newRow(qPrintable(QStringLiteral("kessai %1").arg(QLatin1String(lang))))
                << QStringLiteral(KESSAI_GUI_PATH) << QString::fromLatin1(lang);
            QTest::newRow(qPrintable(QStringLiteral("kessai-cli %1").arg(QLatin1String(lang))))
                << QStringLiteral(KESSAI_CLI_PATH) << QString::fromLatin1(lang);
        }
    }

    void pageListsEveryOptionOfHelp()
    {
        QFETCH(QString, program);
        QFETCH(QString, lang);
        const Run help = run(program, {QStringLiteral("--lang"), lang, QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        const Run man = run(program, {QStringLiteral("--lang"), lang, QStringLiteral("--help-man")});
        QVERIFY2(man.exitCode == 0, qPrintable(man.err));
        QVERIFY(man.out.startsWith(QStringLiteral(".\\\"")));
        QVERIFY(man.out.contains(QStringLiteral(".TH ")));
        const QString page = plain(man.out);

        const QStringList options = optionNames(help.out);
        QVERIFY2(options.contains(QStringLiteral("--database")), qPrintable(help.out));
        QVERIFY(options.contains(QStringLiteral("--help")));
        for (const QString &option : options)
            QVERIFY2(page.contains(option), qPrintable(QStringLiteral("%1 is not in the page").arg(option)));
        QVERIFY2(!page.contains(QStringLiteral("--help-man")), "the hidden option stays out of the page");

        // Every option's description, word for word (the same definitions).
        static const QRegularExpression described(QStringLiteral("^\\s+-[^\\s].*?\\s{2,}(\\S.*)$"));
        const QStringList helpLines = help.out.split(QLatin1Char('\n'));
        for (const QString &line : helpLines) {
            const QRegularExpressionMatch match = described.match(line);
            if (match.hasMatch() && !line.contains(QLatin1String("--help")) &&
                !line.contains(QLatin1String("--version")))
                QVERIFY2(page.contains(match.captured(1).trimmed()),
                         qPrintable(
                             QStringLiteral("description \"%1\" is not in the page").arg(match.captured(1))));
        }
        // kessai-cli: every command of the help (the block listing demo-seed), synopsis and description.
        if (program.endsWith(QLatin1String("kessai-cli"))) {
            const QStringList blocks = help.out.split(QStringLiteral("\n\n"));
            int checked = 0;
            for (const QString &block : blocks) {
                if (!block.contains(QLatin1String("\n  demo-seed")))
                    continue;
                const QStringList lines = block.split(QLatin1Char('\n')).mid(1);
                for (const QString &line : lines) {
                    QVERIFY2(page.contains(line.trimmed()),
                             qPrintable(QStringLiteral("\"%1\" is not in the page").arg(line.trimmed())));
                    ++checked;
                }
            }
            QVERIFY2(checked > 40, qPrintable(QString::number(checked)));
        }
    }

    void pageIsValidRoff()
    {
        const QString groff = QStandardPaths::findExecutable(QStringLiteral("groff"));
        if (groff.isEmpty())
            QSKIP("groff is not installed");
        for (const QString &program : {QStringLiteral(KESSAI_GUI_PATH), QStringLiteral(KESSAI_CLI_PATH)})
            for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ja")}) {
                const Run man = run(program, {QStringLiteral("--lang"), lang, QStringLiteral("--help-man")});
                QCOMPARE(man.exitCode, 0);
                QProcess process;
                process.start(groff, {QStringLiteral("-k"), QStringLiteral("-man"), QStringLiteral("-Tutf8"),
                                      QStringLiteral("-ww"),
                                      // Japanese lines have no spaces to break at: troff's "break"
                                      // complaints say nothing of the page's validity.
                                      QStringLiteral("-Wbreak"), QStringLiteral("-z")});
                process.write(man.out.toUtf8());
                process.closeWriteChannel();
                QVERIFY(process.waitForFinished(30000));
                QCOMPARE(process.exitCode(), 0);
                const QString warnings = QString::fromUtf8(process.readAllStandardError());
                QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
            }
    }
};

QTEST_GUILESS_MAIN(TestManPage)
#include "tst_manpage.moc"
