// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;

namespace kessai::gui {

class DocumentActionBar;
class StoreClient;

/// The reviewer's bar above the single view: what the user may do with the document on screen
/// now (承認, 差戻し, 却下, 決裁, 代決 … through the same DocumentActionBar and ActionDialog as the
/// main window), Ctrl+Shift+Enter for the decision the user is here for (it opens the dialog,
/// never acts alone), and after acting 「次の未決へ」. Buttons always follow the document's
/// current state: when another client acted, the bar says so and shows what is allowed now.
class SingleViewActions : public QWidget
{
    Q_OBJECT

public:
    explicit SingleViewActions(StoreClient *client, QWidget *parent = nullptr);

    /// The document on screen (its offer is read at once).
    void setDocument(qint64 documentId);
    qint64 documentId() const { return m_documentId; }
    /// Reads the offer again (the document changed somewhere).
    void reload();
    DocumentActionBar *bar() const { return m_bar; }
    /// The line under the buttons: what was done here, or that someone else acted.
    QString notice() const;
    /// The next document of the user's 未決 after acting (0 while there is none or not known).
    qint64 nextPending() const { return m_next; }
    /// Ctrl+Shift+Enter: the main decision through its dialog.
    QAction *mainActionShortcut() const { return m_shortcut; }
    static QKeySequence mainActionKeys();

signals:
    /// The route or state changed (here or elsewhere): the cover sheet is out of date.
    void documentChanged();
    /// 次の未決へ was chosen.
    void nextRequested(qint64 documentId);
    void editRequested(qint64 documentId);

private:
    void acted(const QString &message);
    void findNextPending();
    void say(const QString &text, bool warning = false);

    StoreClient *m_client;
    DocumentActionBar *m_bar = nullptr;
    QLabel *m_notice = nullptr;
    QPushButton *m_nextButton = nullptr;
    QAction *m_shortcut = nullptr;
    qint64 m_documentId = 0;
    qint64 m_next = 0;
};

} // namespace kessai::gui
