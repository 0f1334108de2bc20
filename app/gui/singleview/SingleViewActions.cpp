// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/singleview/SingleViewActions.h"

#include "core/documents/DocumentStore.h"
#include "gui/DocumentActionBar.h"
#include "gui/StoreClient.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kessai::gui {

SingleViewActions::SingleViewActions(StoreClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("singleViewActions"));
    m_bar = new DocumentActionBar(client, this);
    m_bar->setSingleViewOffered(false); // this is the single view
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("actionNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_nextButton = new QPushButton(tr("Next pending document"), this);
    m_nextButton->setObjectName(QStringLiteral("nextPendingButton"));
    m_nextButton->hide();
    connect(m_nextButton, &QPushButton::clicked, this, [this] {
        if (m_next)
            emit nextRequested(m_next);
    });
    auto *noticeRow = new QHBoxLayout;
    noticeRow->setContentsMargins(8, 0, 8, 4);
    noticeRow->addWidget(m_notice, 1);
    noticeRow->addWidget(m_nextButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    layout->addLayout(noticeRow);

    connect(m_bar, &DocumentActionBar::actionDone, this, &SingleViewActions::acted);
    connect(m_bar, &DocumentActionBar::actionFailed, this, [this](const QString &, const QString &message) {
        say(message, true);
        reload();
        emit documentChanged();
    });
    connect(m_bar, &DocumentActionBar::routeChanged, this, [this] {
        reload();
        emit documentChanged();
    });
    connect(m_bar, &DocumentActionBar::editRequested, this, &SingleViewActions::editRequested);
    connect(m_bar, &DocumentActionBar::changedElsewhere, this, [this] {
        say(tr("Someone else has acted on this document in the meantime. The buttons and the route "
               "now show its current state."),
            true);
        emit documentChanged();
    });

    // Two modifiers and Enter: not a key a reader presses while scrolling or typing a search.
    m_shortcut = new QAction(tr("Decide / approve…"), this);
    m_shortcut->setObjectName(QStringLiteral("mainActionShortcut"));
    m_shortcut->setShortcuts({mainActionKeys(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Enter)});
    m_shortcut->setShortcutContext(Qt::WindowShortcut);
    connect(m_shortcut, &QAction::triggered, this, [this] {
        if (!m_bar->startMainAction())
            say(tr("Nothing here awaits your approval or decision."), true);
    });
    addAction(m_shortcut);
}

QKeySequence SingleViewActions::mainActionKeys()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return);
}

void SingleViewActions::setDocument(qint64 documentId)
{
    m_documentId = documentId;
    m_next = 0;
    m_nextButton->hide();
    m_notice->clear();
    m_notice->hide();
    m_bar->clear();
    reload();
}

QString SingleViewActions::notice() const
{
    return m_notice->isVisible() ? m_notice->text() : QString();
}

void SingleViewActions::reload()
{
    const qint64 id = m_documentId;
    if (!id)
        return;
    m_client->call<DocumentActionBar::Offer>(
        this, [id](StoreWorker &worker) { return DocumentActionBar::readOffer(worker, id); },
        [this, id](const DocumentActionBar::Offer &offer) {
            if (id != m_documentId)
                return; // another document is on screen by now
            if (!offer.documentId) {
                m_bar->clear();
                say(tr("This document no longer exists."), true);
                return;
            }
            m_bar->setOffer(offer);
        },
        [this](const StoreClient::Failure &failure) { say(failure.message, true); });
}

void SingleViewActions::acted(const QString &message)
{
    say(message);
    reload();
    emit documentChanged();
    findNextPending();
}

void SingleViewActions::findNextPending()
{
    const qint64 current = m_documentId;
    m_client->call<qint64>(
        this,
        [current](StoreWorker &worker) {
            // The 未決 folder in the main window's order (newest first): the first that is not this one.
            for (const DocumentRecord &document :
                 DocumentStore(worker.connection()).list(worker.session(), InboxFolder::Pending)) {
                if (document.id != current)
                    return document.id;
            }
            return qint64(0);
        },
        [this, current](qint64 next) {
            if (current != m_documentId)
                return;
            m_next = next;
            m_nextButton->setVisible(next != 0);
            if (!next)
                say(m_notice->text() + QLatin1Char(' ') + tr("Nothing else awaits you."));
        });
}

void SingleViewActions::say(const QString &text, bool warning)
{
    m_notice->setText(text);
    m_notice->setStyleSheet(warning ? QStringLiteral("color: #a05200") : QStringLiteral("color: #1b5e20"));
    m_notice->setVisible(!text.isEmpty());
}

} // namespace kessai::gui
