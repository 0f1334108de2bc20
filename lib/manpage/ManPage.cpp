// SPDX-License-Identifier: GPL-3.0-or-later
#include "manpage/ManPage.h"

#include <QStringList>

namespace kessai {

namespace {
/// Paragraphs (blank-line separated) of escaped text, each line a roff text line.
QString paragraphs(const QString &text)
{
    QStringList out;
    const QStringList blocks = text.trimmed().split(QStringLiteral("\n\n"));
    for (const QString &block : blocks) {
        if (!out.isEmpty())
            out << QStringLiteral(".PP");
        const QStringList lines = block.split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (!line.trimmed().isEmpty())
                out << ManPage::escape(line.trimmed());
        }
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
} // namespace

ManPage::ManPage(QString program, QString version, QString summary)
    : m_program(std::move(program))
    , m_version(std::move(version))
    , m_summary(std::move(summary))
{}

void ManPage::addOptions(const QList<QCommandLineOption> &options)
{
    for (const QCommandLineOption &option : options) {
        if (option.flags() & QCommandLineOption::HiddenFromHelp)
            continue;
        m_options.append({optionTerm(option), escape(option.description())});
    }
}

void ManPage::addSection(const QString &title, const QString &text)
{
    m_sections.append({title, text, {}});
}

void ManPage::addList(const QString &title, const QList<Entry> &entries)
{
    QList<Entry> escaped;
    escaped.reserve(entries.size());
    for (const Entry &entry : entries)
        escaped.append({escape(entry.term), escape(entry.description)});
    m_sections.append({title, {}, escaped});
}

QString ManPage::escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\\'))
            out += QLatin1String("\\e");
        else if (c == QLatin1Char('-'))
            out += QLatin1String("\\-");
        else
            out += c;
    }
    // A line that starts with a dot or a quote would be read as a request.
    out.replace(QLatin1String("\n."), QLatin1String("\n\\&."));
    out.replace(QLatin1String("\n'"), QLatin1String("\n\\&'"));
    if (out.startsWith(QLatin1Char('.')) || out.startsWith(QLatin1Char('\'')))
        out.prepend(QLatin1String("\\&"));
    return out;
}

QString ManPage::optionTerm(const QCommandLineOption &option)
{
    QStringList names;
    const QStringList optionNames = option.names();
    for (const QString &name : optionNames) {
        const QString dashes = name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--");
        names << QStringLiteral("\\fB%1\\fR").arg(escape(dashes + name));
    }
    QString term = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        term += QStringLiteral(" \\fI%1\\fR").arg(escape(option.valueName()));
    return term;
}

void ManPage::writeEntries(QString &out, const QList<Entry> &entries, bool boldTerms)
{
    for (const Entry &entry : entries) {
        out += QStringLiteral(".TP\n");
        out += boldTerms ? QStringLiteral("\\fB%1\\fR\n").arg(entry.term) : entry.term + QLatin1Char('\n');
        out += entry.description + QLatin1Char('\n');
    }
}

QString ManPage::toRoff() const
{
    QString out;
    out += QStringLiteral(".\\\" Written by \"%1 --help-man\" from the options of --help; do not edit.\n")
               .arg(m_program);
    out += QStringLiteral(".TH %1 1 \"\" \"%2\" \"%3\"\n")
               .arg(escape(m_program.toUpper()), escape(QStringLiteral("Kessai ") + m_version),
                    tr("User Commands"));
    out += QStringLiteral(".SH \"%1\"\n").arg(tr("NAME"));
    out += escape(m_program) + QStringLiteral(" \\- ") + escape(m_summary) + QLatin1Char('\n');
    out += QStringLiteral(".SH \"%1\"\n").arg(tr("SYNOPSIS"));
    out += QStringLiteral(".B %1\n%2\n").arg(escape(m_program), escape(m_synopsis));
    if (!m_description.isEmpty()) {
        out += QStringLiteral(".SH \"%1\"\n").arg(tr("DESCRIPTION"));
        out += paragraphs(m_description);
    }
    if (!m_options.isEmpty()) {
        out += QStringLiteral(".SH \"%1\"\n").arg(tr("OPTIONS"));
        writeEntries(out, m_options, false);
    }
    for (const Section &section : m_sections) {
        out += QStringLiteral(".SH \"%1\"\n").arg(escape(section.title));
        if (!section.text.isEmpty())
            out += paragraphs(section.text);
        writeEntries(out, section.entries, true);
    }
    if (!m_seeAlso.isEmpty()) {
        out += QStringLiteral(".SH \"%1\"\n").arg(tr("SEE ALSO"));
        for (qsizetype i = 0; i < m_seeAlso.size(); ++i) {
            const bool last = i + 1 == m_seeAlso.size();
            out += QStringLiteral(".BR %1 (1)%2\n")
                       .arg(escape(m_seeAlso.at(i)), last ? QString() : QStringLiteral(","));
        }
    }
    return out;
}

} // namespace kessai
