// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace kessai {

/// A section 1 manual page in roff (man(7) macros), written from the program's own option
/// definitions: the same QCommandLineOption objects its --help is made of. Each program prints
/// it with its hidden --help-man option; the build installs the result.
class ManPage
{
    Q_DECLARE_TR_FUNCTIONS(ManPage)

public:
    /// A titled list of entries (term, description): commands, environment variables, files.
    struct Entry
    {
        QString term;
        QString description;
    };

    ManPage(QString program, QString version, QString summary);

    /// The usage line after the program's name, e.g. "[options] COMMAND ...".
    void setSynopsis(const QString &synopsis) { m_synopsis = synopsis; }
    /// Paragraphs separated by blank lines.
    void setDescription(const QString &description) { m_description = description; }
    /// Options hidden from --help (QCommandLineOption::HiddenFromHelp) are left out here too.
    void addOptions(const QList<QCommandLineOption> &options);
    void addSection(const QString &title, const QString &text);
    void addList(const QString &title, const QList<Entry> &entries);
    void setSeeAlso(const QStringList &pages) { m_seeAlso = pages; }

    /// The page in roff, UTF-8 (man-db's preconv handles the Japanese pages).
    QString toRoff() const;

    /// Text made safe for roff: backslashes, leading dots and quotes, and '-' as \-.
    static QString escape(const QString &text);
    /// "-d, --database <url>" as roff, names in bold and the value in italics.
    static QString optionTerm(const QCommandLineOption &option);

private:
    struct Section
    {
        QString title;
        QString text;
        QList<Entry> entries;
    };
    static void writeEntries(QString &out, const QList<Entry> &entries, bool boldTerms);

    QString m_program;
    QString m_version;
    QString m_summary;
    QString m_synopsis;
    QString m_description;
    QList<Entry> m_options;
    QList<Section> m_sections;
    QStringList m_seeAlso;
};

} // namespace kessai
