// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace kessai::gui {

/// Which application 直接編集 opens a working file with, per file type: by default the
/// desktop's own choice (QDesktopServices), or a command set in the settings for an extension,
/// e.g. "docx" → "libreoffice --writer %f". %f stands for the file (appended when absent); the
/// command is split like a shell would split it but never run through a shell, so a file name
/// cannot inject anything. Stored through GuiSettings.
class EditorCommands
{
    Q_DECLARE_TR_FUNCTIONS(EditorCommands)

public:
    /// extension (lower case, no dot) → command line.
    using Map = QMap<QString, QString>;

    static Map load();
    static void save(const Map &commands);

    /// "docx" for "/x/議事録.DOCX"; empty when the name has no extension.
    static QString extensionOf(const QString &path);
    /// The program and its arguments for path, or an empty list (and *error) when command is
    /// not usable (empty, unbalanced quotes).
    static QStringList commandLine(const QString &command, const QString &path, QString *error = nullptr);

    /// Opens path with its configured command, else the desktop's application. false (and
    /// *error) when nothing could be started.
    static bool open(const QString &path, QString *error = nullptr);
};

} // namespace kessai::gui
