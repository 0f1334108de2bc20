// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/editing/EditorCommands.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace kessai::gui {

/// Settings → Editing applications: which command 直接編集 opens each file type with (e.g.
/// docx → "libreoffice --writer %f"); types not listed open in the desktop's application.
class EditorSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EditorSettingsDialog(QWidget *parent = nullptr);

    void setCommands(const EditorCommands::Map &commands);
    EditorCommands::Map commands() const;
    QTableWidget *table() const { return m_table; }
    QString errorText() const;

    void accept() override;

private:
    void addRow(const QString &extension, const QString &command);

    QTableWidget *m_table;
    QLabel *m_error = nullptr;
};

} // namespace kessai::gui
