// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

namespace kessai::gui {

class MainWindow;

/// Shows what a document link asks for in a main window: the document's single view, once the
/// window's session runs (a link given at start arrives before the store is open), and the
/// window in front.
class LinkOpener : public QObject
{
    Q_OBJECT

public:
    explicit LinkOpener(MainWindow *window);

    /// Opens documentId's single view (0: only brings the main window to the front).
    void open(qint64 documentId);

private:
    void openWaiting();

    MainWindow *m_window;
    QList<qint64> m_waiting;
};

} // namespace kessai::gui
