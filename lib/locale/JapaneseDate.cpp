// SPDX-License-Identifier: GPL-3.0-or-later
#include "locale/JapaneseDate.h"

#include <QTime>

#include <cstring>
#include <memory>
#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

namespace kessai {

namespace {

/// Japan switched to the Gregorian calendar on 明治6年1月1日. ICU's Japanese calendar is
/// Gregorian with era names, so for earlier days it gives an era date that never existed.
QDate gregorianAdoption()
{
    return QDate(1873, 1, 1);
}

/// Wall-clock fields as an ICU instant. Every formatter runs in UTC, so these fields come
/// back unchanged; noon keeps a bare date clear of any day boundary.
UDate toUDate(const QDate &date, const QTime &time)
{
    return static_cast<UDate>(QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch());
}

QString fromIcu(const icu::UnicodeString &text)
{
    if (text.isBogus())
        return {};
    return QString::fromUtf16(text.getBuffer(), text.length());
}

/// The ICU formatters of one thread. SimpleDateFormat is not safe to share between threads
/// (format() writes its calendar) and is slow to build, so each thread builds its own once.
class Formatters
{
public:
    static Formatters &forThread()
    {
        thread_local Formatters formatters;
        return formatters;
    }

    /// A null QString when ICU could not build the formatter or format the date.
    QString date(UDate when) const { return format(m_date.get(), when); }
    QString year(UDate when) const { return format(m_year.get(), when); }
    QString dateTime(UDate when) const { return format(m_dateTime.get(), when); }
    QString compact(UDate when) const { return format(m_compact.get(), when); }

private:
    Formatters()
        : m_date(make(u"GGGGy年M月d日"))
        , m_year(make(u"GGGGy年"))
        , m_dateTime(make(u"GGGGy年M月d日 HH:mm"))
        , m_compact(make(u"GGGGGy.M.d"))
    {}

    static std::unique_ptr<icu::SimpleDateFormat> make(const char16_t *pattern)
    {
        const icu::Locale locale("ja_JP@calendar=japanese");
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Calendar> calendar(
            icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(), locale, status));
        // Without Japanese calendar data ICU would quietly hand back a Gregorian calendar.
        if (U_FAILURE(status) || !calendar || std::strcmp(calendar->getType(), "japanese") != 0)
            return nullptr;
        // "y=jpanyear" writes the first year of an era as 元年; ICU 72 also turns it on by
        // itself for "y年" patterns, but say it rather than rely on that.
        auto format = std::make_unique<icu::SimpleDateFormat>(
            icu::UnicodeString(pattern), icu::UnicodeString(u"y=jpanyear"), locale, status);
        if (U_FAILURE(status))
            return nullptr;
        format->adoptCalendar(calendar.release());
        return format;
    }

    static QString format(const icu::SimpleDateFormat *format, UDate when)
    {
        if (!format)
            return {};
        UErrorCode status = U_ZERO_ERROR;
        icu::UnicodeString text;
        format->format(when, text, nullptr, status);
        if (U_FAILURE(status))
            return {};
        return fromIcu(text);
    }

    std::unique_ptr<icu::SimpleDateFormat> m_date;
    std::unique_ptr<icu::SimpleDateFormat> m_year;
    std::unique_ptr<icu::SimpleDateFormat> m_dateTime;
    std::unique_ptr<icu::SimpleDateFormat> m_compact;
};

} // namespace

QString JapaneseDate::eraDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    QString text;
    if (date >= gregorianAdoption())
        text = Formatters::forThread().date(toUDate(date, QTime(12, 0)));
    return text.isEmpty() ? date.toString(Qt::ISODate) : text;
}

QString JapaneseDate::eraYear(int gregorianYear, int month, int day)
{
    const QDate date(gregorianYear, month, day);
    if (!date.isValid())
        return {};
    QString text;
    if (date >= gregorianAdoption())
        text = Formatters::forThread().year(toUDate(date, QTime(12, 0)));
    return text.isEmpty() ? QString::number(gregorianYear) + QStringLiteral("年") : text;
}

QString JapaneseDate::fiscalYearLabel(int fiscalYear)
{
    const QString year = eraYear(fiscalYear, 12, 31);
    return year.isEmpty() ? QString() : year + QStringLiteral("度");
}

QString JapaneseDate::both(const QDate &date)
{
    const QString era = eraDate(date);
    const QString iso = date.toString(Qt::ISODate);
    if (era.isEmpty() || era == iso)
        return era;
    return era + QStringLiteral(" (") + iso + QLatin1Char(')');
}

QString JapaneseDate::compactBoth(const QDate &date)
{
    if (!date.isValid())
        return {};
    const QString iso = date.toString(Qt::ISODate);
    if (date < gregorianAdoption())
        return iso;
    const QString era = Formatters::forThread().compact(toUDate(date, QTime(12, 0)));
    return era.isEmpty() ? iso : era + QStringLiteral(" (") + iso + QLatin1Char(')');
}

QString JapaneseDate::compact(const QDate &date)
{
    if (!date.isValid())
        return {};
    if (date < gregorianAdoption())
        return date.toString(Qt::ISODate);
    const QString era = Formatters::forThread().compact(toUDate(date, QTime(12, 0)));
    return era.isEmpty() ? date.toString(Qt::ISODate) : era;
}

QString JapaneseDate::dateTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    // Qt decides what local time is, as everywhere else in the application; ICU only
    // writes the resulting wall-clock fields, in UTC, so the two zones cannot disagree.
    const QDateTime local = utc.toLocalTime();
    const QDate date = local.date();
    const QTime time(local.time().hour(), local.time().minute());
    QString text;
    if (date >= gregorianAdoption())
        text = Formatters::forThread().dateTime(toUDate(date, time));
    return text.isEmpty() ? local.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : text;
}

} // namespace kessai
