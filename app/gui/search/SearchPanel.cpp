// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/search/SearchPanel.h"

#include "core/search/SearchEngine.h"
#include "core/search/SearchQuery.h"
#include "gui/MainWindow.h"
#include "gui/StoreClient.h"
#include "gui/StoreWorker.h"
#include "gui/search/SearchHitDelegate.h"
#include "gui/search/SearchResultModel.h"
#include "gui/singleview/SingleView.h"
#include "gui/singleview/SingleViewWindow.h"
#include "render/SearchIndexService.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace kessai::gui {

namespace {
constexpr int kTypingPauseMs = 400;
}

SearchPanel *SearchPanel::install(MainWindow *window, StoreClient *client, const DatabaseUrl &url)
{
    auto *panel = new SearchPanel(window, client, url);
    window->addDockWidget(Qt::BottomDockWidgetArea, panel);
    auto *focus = new QAction(tr("Full-text &search"), panel);
    focus->setObjectName(QStringLiteral("searchAction"));
    focus->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    focus->setShortcutContext(Qt::WindowShortcut);
    connect(focus, &QAction::triggered, panel, &SearchPanel::focusField);
    window->addAction(focus);
    return panel;
}

SearchPanel::SearchPanel(MainWindow *window, StoreClient *client, const DatabaseUrl &url)
    : QDockWidget(tr("Search"), window)
    , m_window(window)
    , m_client(client)
{
    setObjectName(QStringLiteral("searchPanel"));
    auto *content = new QWidget(this);
    m_field = new QLineEdit(content);
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setPlaceholderText(
        tr("Search all documents (Ctrl+Shift+F) — e.g. 予算 \"道路補修\" -廃止 年度:2026"));
    m_field->setClearButtonEnabled(true);
    m_model = new SearchResultModel(this);
    m_results = new QListView(content);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new SearchHitDelegate(m_results));
    m_results->setWordWrap(true);
    m_results->setUniformItemSizes(false);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_field);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    setWidget(content);
    m_results->hide(); // until there is something to list: the document list keeps the height

    m_typingPause.setSingleShot(true);
    m_typingPause.setInterval(kTypingPauseMs);
    connect(&m_typingPause, &QTimer::timeout, this, [this] { search(m_field->text()); });
    connect(m_field, &QLineEdit::textEdited, this, [this] { m_typingPause.start(); });
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        m_typingPause.stop();
        search(m_field->text());
    });
    connect(m_results, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { openHit(index.row()); });

    m_indexer = new render::SearchIndexService(url, this);
    connect(m_indexer, &render::SearchIndexService::progress, this, [this](qint64, qint64, qint64 waiting) {
        setWindowTitle(waiting > 0 ? tr("Search (indexing: %1 waiting)").arg(waiting) : tr("Search"));
    });
    connect(window, &MainWindow::ready, this, [this] { m_indexer->start(); });
}

SearchPanel::~SearchPanel()
{
    m_indexer->stop();
}

QString SearchPanel::statusText() const
{
    return m_status->text();
}

void SearchPanel::focusField()
{
    show();
    raise();
    m_field->setFocus();
    m_field->selectAll();
}

void SearchPanel::search(const QString &input)
{
    const SearchQuery query = SearchQuery::parse(input);
    const int generation = ++m_generation;
    if (!query.errors.isEmpty()) {
        m_status->setText(query.errors.join(QLatin1Char('\n')));
        m_model->setHits({});
        showResults(false);
        return;
    }
    if (!query.isRunnable()) {
        m_status->setText(query.notes.join(QLatin1Char('\n')));
        m_model->setHits({});
        showResults(false);
        emit searchFinished(0);
        return;
    }
    m_lastTerm = query.highlightTerms().value(0);
    m_status->setText(tr("Searching…"));
    m_client->call<SearchResults>(
        this,
        [query](StoreWorker &worker) {
            return SearchEngine(worker.connection()).search(worker.session(), query);
        },
        [this, generation](const SearchResults &results) {
            if (generation != m_generation)
                return; // a newer search is under way
            m_model->setHits(results.hits);
            showResults(!results.hits.isEmpty());
            QString status = results.totalCapped ? tr("More than %1 documents found").arg(results.total)
                                                 : tr("%n document(s) found", nullptr, results.total);
            if (results.hits.size() < results.total)
                status += QLatin1Char(' ') + tr("(the newest %1 shown)").arg(results.hits.size());
            for (const QString &note : results.notes)
                status += QLatin1Char('\n') + note;
            m_status->setText(status);
            emit searchFinished(results.total);
        },
        [this, generation](const StoreClient::Failure &failure) {
            if (generation == m_generation)
                m_status->setText(failure.message);
        });
}

void SearchPanel::showResults(bool shown)
{
    if (shown == m_results->isVisible())
        return;
    m_results->setVisible(shown);
    // Room for the hits while there are some; back to the field alone when there are none.
    const int height = shown ? m_window->height() * 2 / 5 : widget()->sizeHint().height();
    m_window->resizeDocks({this}, {height}, Qt::Vertical);
}

void SearchPanel::openHit(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const SearchHit hit = m_model->hitAt(row);
    m_window->openSingleView(hit.documentId);
    SingleViewWindow *view = m_window->lastSingleView();
    if (!view)
        return;
    const QString term = m_lastTerm;
    // The in-dossier search takes over once the dossier is there (it reads a scan's OCR text
    // too); then the view goes to the page the hit was on.
    connect(
        view, &SingleViewWindow::coverLoaded, view, [view, term] { view->find(term); },
        Qt::SingleShotConnection);
    if (hit.attachmentPosition > 0) {
        connect(
            view, &SingleViewWindow::searchFinished, view,
            [view, hit] { view->view()->goToPage(hit.attachmentPosition - 1, hit.page - 1); },
            Qt::SingleShotConnection);
    }
}

} // namespace kessai::gui
