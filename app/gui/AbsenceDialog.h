// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/org/Absence.h"
#include "core/org/User.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace kessai::gui {

class StoreClient;

/// 不在の登録: the user's own absences (不在期間) and the 代理者 (proxy) who acts meanwhile. While
/// an absence lasts, the user's steps go to the proxy, or become 後閲 (see WorkflowEngine).
class AbsenceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AbsenceDialog(StoreClient *client, QWidget *parent = nullptr);

    /// Reads the user's absences and the possible proxies (on the store thread).
    void load();
    bool isLoaded() const { return m_loaded; }
    QString message() const;
    QTableWidget *table() const { return m_table; }
    QDateEdit *startEdit() const { return m_starts; }
    QDateEdit *endEdit() const { return m_ends; }
    QComboBox *proxyBox() const { return m_proxy; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *registerButton() const { return m_register; }

signals:
    void registered();

private:
    struct Listing
    {
        User me;
        QList<User> proxies;
        QList<Absence> absences;
    };
    void showListing(const Listing &listing);
    void registerAbsence();
    void say(const QString &text, bool problem);

    StoreClient *m_client;
    QTableWidget *m_table;
    QDateEdit *m_starts;
    QDateEdit *m_ends;
    QComboBox *m_proxy;
    QLineEdit *m_reason;
    QPushButton *m_register;
    QLabel *m_message;
    bool m_loaded = false;
};

} // namespace kessai::gui
