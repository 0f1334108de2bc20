// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/DecisionKind.h"
#include "core/documents/DocumentRecord.h"
#include "core/documents/FilingCatalog.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace kessai::gui {

/// The fields of a draft (起案): kind, 件名, 伺い文, 決裁区分, 文書の種類 (decision kind), 簿冊 with
/// its 保存期間, 公開区分, 施行予定日 and 至急, under a header of what is derived (起案者, 所属, 起案日, 年度).
/// Only 件名 is required to save; the rest is checked at submission.
class DraftForm : public QWidget
{
    Q_OBJECT

public:
    explicit DraftForm(QWidget *parent = nullptr);

    /// The choices: 決裁区分, the unit's open 簿冊, the decision kinds in force.
    void setCatalog(const QList<FilingCatalog::DecisionLevel> &levels,
                    const QList<FilingCatalog::FileEntry> &files, const QList<DecisionKind> &kinds = {});
    /// Fills the fields without emitting edited().
    void setRecord(const DocumentRecord &record, const QString &drafterLine);
    /// The header line (起案者, 所属, 起案日, 年度) as set last.
    QString headerText() const;
    /// The record with the fields as edited (id, row version, drafter… kept from setRecord).
    DocumentRecord record() const;

    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    void showTitleRequired(bool show);

signals:
    /// Any field changed by the user.
    void edited();

private:
    void fileChosen();

    DocumentRecord m_record;
    QList<FilingCatalog::FileEntry> m_files;
    bool m_filling = false;
    QLabel *m_header = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_title = nullptr;
    QLabel *m_titleHint = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_decisionKind = nullptr;
    QComboBox *m_file = nullptr;
    QComboBox *m_retention = nullptr;
    QComboBox *m_classification = nullptr;
    QCheckBox *m_hasEnforceDate = nullptr;
    QDateEdit *m_enforceOn = nullptr;
    QCheckBox *m_urgent = nullptr;
};

} // namespace kessai::gui
