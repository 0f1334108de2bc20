// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

namespace kessai {
class DatabaseUrl;
}

namespace kessai::gui {

/// The desktop application's own settings (QSettings of the organization and application that
/// main() names), each key written down once, here. Nothing secret is ever stored.
class GuiSettings
{
public:
    /// Extension (lower case, no dot) → command line of the editing application.
    using EditorCommands = QMap<QString, QString>;

    /// The database last opened from the window (File → Open), as a --database would name it;
    /// empty when none was chosen. The launcher uses it after --database and KESSAI_DATABASE.
    static QString lastDatabase();
    static void setLastDatabase(const DatabaseUrl &url);

    /// Tools → Editing applications (EditorCommands).
    static EditorCommands editorCommands();
    static void setEditorCommands(const EditorCommands &commands);

private:
    static const QString kLastDatabase;
    static const QString kEditorsGroup;
};

} // namespace kessai::gui
