// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workflow/Enforcement.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;

namespace kessai::gui {

class StoreClient;

/// 施行を記録: the 施行日 (not before the 決裁日), the 施行先 (added from the shared list of
/// correspondents or typed, removed again), the 施行方法, 公印 or 公印省略, who checked the 浄書,
/// and which attachment is the 施行文書 (only the decided version may be chosen). What it can tell
/// is said in the dialog before OK; the record is written on the store thread
/// (EnforcementStore::record), and a refusal is shown in the dialog, which stays open.
class EnforcementDialog : public QDialog
{
    Q_OBJECT

public:
    EnforcementDialog(StoreClient *client, qint64 documentId, int rowVersion, QWidget *parent = nullptr);

    /// Reads the lists, the 決裁日 and the attachments (on the store thread), then enables the form.
    void load();
    /// The 施行 as entered.
    Enforcement enforcement() const;
    /// What stops OK now (empty: ready), as shown under the form.
    QString problem() const;

signals:
    /// The 施行 is recorded; message for the status bar.
    void recorded(const QString &message);

private:
    /// What load() reads.
    struct Choices
    {
        QDate decidedOn;
        QStringList correspondents;
        QList<std::pair<qint64, QString>> users; ///< id, "name (login)"
        /// id, label, whether it is the decided version
        struct Attachment
        {
            qint64 id = 0;
            QString label;
            bool decided = false;
            QString name;
        };
        QList<Attachment> attachments;
    };

    void fill(const Choices &choices);
    void addDestination();
    void removeDestination();
    void updateProblem();
    void save();

    StoreClient *m_client;
    qint64 m_documentId;
    int m_rowVersion;
    Choices m_choices;
    QDateEdit *m_date = nullptr;
    QComboBox *m_picker = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QListWidget *m_destinations = nullptr;
    QComboBox *m_method = nullptr;
    QComboBox *m_seal = nullptr;
    QComboBox *m_checker = nullptr;
    QComboBox *m_issued = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
    bool m_loaded = false;
    bool m_saving = false;
};

} // namespace kessai::gui
