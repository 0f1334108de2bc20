// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/DatabaseUrl.h"

#include <QDockWidget>
#include <QTimer>

class QLabel;
class QLineEdit;
class QListView;

namespace kessai::render {
class SearchIndexService;
}

namespace kessai::gui {

class MainWindow;
class SearchResultModel;
class StoreClient;

/// 全文検索 in the main window: a search field (Ctrl+Shift+F) over a list of hits — 件名,
/// 文書番号, 状態, where the match is and a snippet with the match marked. Opening a hit opens
/// the single view at that attachment's page with the in-dossier search on the typed word.
/// The search runs on the store thread; the index is kept up to date by a background
/// SearchIndexService started with the session.
class SearchPanel : public QDockWidget
{
    Q_OBJECT

public:
    /// Adds the panel to window (docked below the lists: snippets want the width) with its shortcut.
    static SearchPanel *install(MainWindow *window, StoreClient *client, const DatabaseUrl &url);

    SearchPanel(MainWindow *window, StoreClient *client, const DatabaseUrl &url);
    ~SearchPanel() override;

    QLineEdit *field() const { return m_field; }
    QListView *resultView() const { return m_results; }
    SearchResultModel *model() const { return m_model; }
    QString statusText() const;

public slots:
    void search(const QString &input);
    /// Focuses the field (Ctrl+Shift+F), showing the panel.
    void focusField();
    void openHit(int row);

signals:
    void searchFinished(int total);

private:
    /// The hit list shows only while there are hits; the dock shrinks to its field otherwise.
    void showResults(bool shown);

    MainWindow *m_window;
    StoreClient *m_client;
    QLineEdit *m_field = nullptr;
    QListView *m_results = nullptr;
    QLabel *m_status = nullptr;
    SearchResultModel *m_model = nullptr;
    QTimer m_typingPause;
    int m_generation = 0;
    QString m_lastTerm;
    render::SearchIndexService *m_indexer = nullptr;
};

} // namespace kessai::gui
