// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/record/PrintOptions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace kessai::gui {

bool PrintScope::includes(int position) const
{
    switch (what) {
    case What::CoverOnly:
        return false;
    case What::Range:
        return position >= from && position <= to;
    case What::Everything:
        break;
    }
    return true;
}

PrintOptionsDialog::PrintOptionsDialog(int attachmentCount, QWidget *parent)
    : QDialog(parent)
    , m_what(new QComboBox(this))
    , m_from(new QSpinBox(this))
    , m_to(new QSpinBox(this))
    , m_newSheet(new QCheckBox(tr("Start each attachment on a new sheet (double-sided printing)"), this))
    , m_actualSize(new QCheckBox(tr("Print large pages at their own size (e.g. A3 on A3)"), this))
    , m_preview(new QCheckBox(tr("Show a preview first"), this))
{
    setWindowTitle(tr("Print"));
    m_what->addItem(tr("The cover sheet only"));
    m_what->addItem(tr("The whole dossier"));
    m_what->addItem(tr("A range of attachments"));
    m_what->setCurrentIndex(1);
    const int last = std::max(1, attachmentCount);
    m_from->setRange(1, last);
    m_to->setRange(1, last);
    m_to->setValue(last);
    m_preview->setChecked(true);
    auto *range = new QHBoxLayout;
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_to);
    range->addStretch();
    auto *form = new QFormLayout(this);
    form->addRow(tr("Print"), m_what);
    form->addRow(tr("Attachments"), range);
    form->addRow(m_newSheet);
    form->addRow(m_actualSize);
    form->addRow(m_preview);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto enable = [this] {
        const bool ranged = m_what->currentIndex() == 2;
        m_from->setEnabled(ranged);
        m_to->setEnabled(ranged);
    };
    connect(m_what, &QComboBox::currentIndexChanged, this, enable);
    connect(m_from, &QSpinBox::valueChanged, m_to, [this](int v) { m_to->setMinimum(v); });
    enable();
}

PrintScope PrintOptionsDialog::scope() const
{
    PrintScope scope;
    scope.what = static_cast<PrintScope::What>(m_what->currentIndex());
    scope.from = m_from->value();
    scope.to = m_to->value();
    scope.newSheetPerAttachment = m_newSheet->isChecked();
    scope.actualSize = m_actualSize->isChecked();
    scope.preview = m_preview->isChecked();
    return scope;
}

} // namespace kessai::gui
