// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/editing/EditorSettingsDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kessai::gui {

EditorSettingsDialog::EditorSettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, 2, this))
{
    setObjectName(QStringLiteral("editorSettings"));
    setWindowTitle(tr("Editing applications"));
    auto *intro = new QLabel(tr("Which application Edit opens each file type with. %f stands for the "
                                "file. Types not listed open in the desktop's usual application."),
                             this);
    intro->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Extension"), tr("Command")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto *add = new QPushButton(tr("Add"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow({}, {});
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    // A whole phrase: the old 「Office 文書は LibreOffice で」 read as cut off (issue 19).
    auto *libreOffice = new QPushButton(tr("Edit office files with LibreOffice"), this);
    libreOffice->setObjectName(QStringLiteral("libreOfficeButton"));
    connect(libreOffice, &QPushButton::clicked, this, [this] {
        EditorCommands::Map current = commands();
        for (const char *extension :
             {"docx", "doc", "odt", "rtf", "xlsx", "xls", "ods", "pptx", "ppt", "odp"})
            current.insert(QString::fromLatin1(extension), QStringLiteral("libreoffice %f"));
        setCommands(current);
    });
    auto *remove = new QPushButton(tr("Remove"), this);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    auto *row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(libreOffice);
    row->addWidget(remove);
    row->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &EditorSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EditorSettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("editorSettingsError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(620, 380);
    setCommands(EditorCommands::load());
}

void EditorSettingsDialog::setCommands(const EditorCommands::Map &commands)
{
    m_table->setRowCount(0);
    for (auto it = commands.cbegin(); it != commands.cend(); ++it)
        addRow(it.key(), it.value());
}

void EditorSettingsDialog::addRow(const QString &extension, const QString &command)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(extension));
    m_table->setItem(row, 1, new QTableWidgetItem(command));
}

EditorCommands::Map EditorSettingsDialog::commands() const
{
    EditorCommands::Map map;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString extension =
            m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed().toLower().remove(QLatin1Char('.'))
                                  : QString();
        const QString command = m_table->item(row, 1) ? m_table->item(row, 1)->text().trimmed() : QString();
        if (!extension.isEmpty() || !command.isEmpty())
            map.insert(extension, command);
    }
    return map;
}

QString EditorSettingsDialog::errorText() const
{
    return m_error->text();
}

void EditorSettingsDialog::accept()
{
    const EditorCommands::Map map = commands();
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        QString problem;
        if (it.key().isEmpty())
            problem = tr("The command “%1” has no extension.").arg(it.value());
        else if (it.value().isEmpty())
            problem = tr("The extension .%1 has no command.").arg(it.key());
        else
            EditorCommands::commandLine(it.value(), QStringLiteral("x"), &problem);
        if (!problem.isEmpty()) {
            m_error->setText(problem);
            return;
        }
    }
    EditorCommands::save(map);
    QDialog::accept();
}

} // namespace kessai::gui
