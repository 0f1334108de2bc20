// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace kessai::gui {

/// What to print of a dossier: the 鑑 alone, everything, or a range of attachments; each
/// attachment on a new sheet (duplex); large pages at their own size or fitted to the paper.
struct PrintScope
{
    enum class What
    {
        CoverOnly,
        Everything,
        Range
    };
    What what = What::Everything;
    int from = 1; ///< attachment positions, for Range
    int to = 1;
    bool newSheetPerAttachment = false;
    bool actualSize = false; ///< an A3 page on A3 paper; else fitted to the chosen paper
    bool preview = true;

    /// Whether the attachment at position goes into the output.
    bool includes(int position) const;
};

/// Asks for a PrintScope before printing.
class PrintOptionsDialog : public QDialog
{
    Q_OBJECT

public:
    PrintOptionsDialog(int attachmentCount, QWidget *parent = nullptr);
    PrintScope scope() const;

private:
    QComboBox *m_what;
    QSpinBox *m_from;
    QSpinBox *m_to;
    QCheckBox *m_newSheet;
    QCheckBox *m_actualSize;
    QCheckBox *m_preview;
};

} // namespace kessai::gui
