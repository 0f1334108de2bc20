// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/AbsenceDialog.h"

#include "core/org/OrgStore.h"
#include "core/org/Session.h"
#include "gui/StoreClient.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace kessai::gui {

AbsenceDialog::AbsenceDialog(StoreClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
{
    setWindowTitle(tr("Absence and proxy"));
    setObjectName(QStringLiteral("absenceDialog"));
    auto *intro = new QLabel(tr("While you are absent, the documents that reach you go to your proxy (代理者), "
                                "or are decided and shown to you afterwards (後閲)."),
                             this);
    intro->setWordWrap(true);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("absenceTable"));
    m_table->setHorizontalHeaderLabels({tr("From"), tr("To"), tr("Proxy"), tr("Reason")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);

    const QDate today = QDate::currentDate();
    m_starts = new QDateEdit(today, this);
    m_ends = new QDateEdit(today, this);
    for (QDateEdit *edit : {m_starts, m_ends}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd (ddd)"));
    }
    // The end follows a later start, so the pair never starts out backwards.
    connect(m_starts, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (m_ends->date() < date)
            m_ends->setDate(date);
    });
    m_proxy = new QComboBox(this);
    m_proxy->setObjectName(QStringLiteral("proxyBox"));
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("e.g. 出張, 研修, 休暇"));
    auto *form = new QFormLayout;
    form->addRow(tr("&From:"), m_starts);
    form->addRow(tr("&To:"), m_ends);
    form->addRow(tr("&Proxy:"), m_proxy);
    form->addRow(tr("&Reason:"), m_reason);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("absenceMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_register = buttons->addButton(tr("&Register absence"), QDialogButtonBox::ActionRole);
    m_register->setEnabled(false);
    connect(m_register, &QPushButton::clicked, this, &AbsenceDialog::registerAbsence);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(640, 460);
}

QString AbsenceDialog::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void AbsenceDialog::say(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b00020") : QString());
    m_message->setVisible(!text.isEmpty());
}

void AbsenceDialog::load()
{
    m_client->call<Listing>(
        this,
        [](StoreWorker &worker) {
            Listing listing;
            OrgStore org(worker.connection());
            listing.me = worker.session().user();
            for (const User &user : org.users()) {
                if (user.id != listing.me.id)
                    listing.proxies.append(user);
            }
            listing.absences = org.absences(listing.me.id);
            return listing;
        },
        [this](const Listing &listing) { showListing(listing); },
        [this](const StoreClient::Failure &failure) { say(failure.message, true); });
}

void AbsenceDialog::showListing(const Listing &listing)
{
    QList<Absence> absences = listing.absences;
    std::sort(absences.begin(), absences.end(),
              [](const Absence &a, const Absence &b) { return a.startsOn > b.startsOn; }); // latest first
    QHash<qint64, QString> names;
    for (const User &user : listing.proxies)
        names.insert(user.id, user.displayName);
    const QLocale locale;
    m_table->setRowCount(int(absences.size()));
    for (int row = 0; row < absences.size(); ++row) {
        const Absence &absence = absences.at(row);
        const QStringList cells{locale.toString(absence.startsOn, QLocale::ShortFormat),
                                locale.toString(absence.endsOn, QLocale::ShortFormat),
                                names.value(absence.proxyUserId, tr("(none: 後閲)")), absence.reason};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    const QVariant chosen = m_proxy->currentData();
    m_proxy->clear();
    m_proxy->addItem(tr("No proxy: decided without me, shown to me afterwards (後閲)"), qint64(0));
    for (const User &user : listing.proxies) {
        if (user.active)
            m_proxy->addItem(tr("%1 (%2 %3)").arg(user.displayName, user.unitName, user.titleName), user.id);
    }
    const int index = m_proxy->findData(chosen);
    m_proxy->setCurrentIndex(std::max(0, index));
    m_register->setEnabled(true);
    m_loaded = true;
}

void AbsenceDialog::registerAbsence()
{
    Absence absence;
    absence.startsOn = m_starts->date();
    absence.endsOn = m_ends->date();
    absence.proxyUserId = m_proxy->currentData().toLongLong();
    absence.reason = m_reason->text().trimmed();
    if (absence.endsOn < absence.startsOn) {
        say(tr("To: the last day of the absence cannot be before its first day (%1).")
                .arg(QLocale().toString(absence.startsOn, QLocale::ShortFormat)),
            true);
        m_ends->setFocus();
        return;
    }
    m_register->setEnabled(false);
    m_client->call<qint64>(
        this,
        [absence](StoreWorker &worker) mutable {
            absence.userId = worker.session().user().id;
            return OrgStore(worker.connection()).addAbsence(worker.session(), absence);
        },
        [this](qint64) {
            say(tr("The absence is registered."), false);
            m_reason->clear();
            emit registered();
            load();
        },
        [this](const StoreClient::Failure &failure) {
            say(failure.message, true);
            m_register->setEnabled(true);
        });
}

} // namespace kessai::gui
