// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/GuiSettings.h"

#include "core/store/DatabaseUrl.h"

#include <QSettings>

namespace kessai::gui {

// The key names are what earlier versions read: do not rename them without a migration.
const QString GuiSettings::kLastDatabase = QStringLiteral("store/location");
const QString GuiSettings::kEditorsGroup = QStringLiteral("editors");

QString GuiSettings::lastDatabase()
{
    return QSettings().value(kLastDatabase).toString();
}

void GuiSettings::setLastDatabase(const DatabaseUrl &url)
{
    QSettings().setValue(kLastDatabase, url.toString());
}

GuiSettings::EditorCommands GuiSettings::editorCommands()
{
    QSettings settings;
    settings.beginGroup(kEditorsGroup);
    EditorCommands commands;
    const QStringList keys = settings.childKeys();
    for (const QString &key : keys) {
        const QString command = settings.value(key).toString().trimmed();
        if (!command.isEmpty())
            commands.insert(key.toLower(), command);
    }
    return commands;
}

void GuiSettings::setEditorCommands(const EditorCommands &commands)
{
    QSettings settings;
    settings.remove(kEditorsGroup);
    settings.beginGroup(kEditorsGroup);
    for (auto it = commands.cbegin(); it != commands.cend(); ++it) {
        const QString extension = it.key().trimmed().toLower().remove(QLatin1Char('.'));
        if (!extension.isEmpty() && !it.value().trimmed().isEmpty())
            settings.setValue(extension, it.value().trimmed());
    }
}

} // namespace kessai::gui
