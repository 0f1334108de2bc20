// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/editing/EditorCommands.h"

#include "gui/GuiSettings.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QProcess>
#include <QUrl>

namespace kessai::gui {

namespace {
const auto kFilePlaceholder = QStringLiteral("%f");
} // namespace

EditorCommands::Map EditorCommands::load()
{
    return GuiSettings::editorCommands();
}

void EditorCommands::save(const Map &commands)
{
    GuiSettings::setEditorCommands(commands);
}

QString EditorCommands::extensionOf(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}

QStringList EditorCommands::commandLine(const QString &command, const QString &path, QString *error)
{
    if (command.count(QLatin1Char('"')) % 2 != 0) {
        if (error)
            *error = tr("The command “%1” has an unbalanced quote.").arg(command);
        return {};
    }
    QStringList parts = QProcess::splitCommand(command);
    if (parts.isEmpty()) {
        if (error)
            *error = tr("The command is empty.");
        return {};
    }
    // Substituted after splitting: a path with spaces or quotes stays one argument.
    bool placed = false;
    for (QString &part : parts) {
        if (part.contains(kFilePlaceholder)) {
            part.replace(kFilePlaceholder, path);
            placed = true;
        }
    }
    if (!placed)
        parts.append(path);
    return parts;
}

bool EditorCommands::open(const QString &path, QString *error)
{
    const QString command = load().value(extensionOf(path));
    if (command.isEmpty()) {
        if (QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
            return true;
        if (error)
            *error = tr("No application is set up to open %1; set one in Settings → Editing "
                        "applications.")
                         .arg(QFileInfo(path).fileName());
        return false;
    }
    QStringList parts = commandLine(command, path, error);
    if (parts.isEmpty())
        return false;
    const QString program = parts.takeFirst();
    if (QProcess::startDetached(program, parts))
        return true;
    if (error)
        *error =
            tr("“%1” could not be started (the command set for .%2 files).").arg(program, extensionOf(path));
    return false;
}

} // namespace kessai::gui
