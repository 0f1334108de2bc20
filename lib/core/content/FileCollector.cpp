// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/FileCollector.h"

#include "core/content/AttachmentName.h"

#include <QCollator>

#include <algorithm>
#include <cerrno>
#include <dirent.h>
#include <sys/stat.h>

namespace kessai {

namespace {
bool isJunk(const QString &name)
{
    return name.startsWith(QLatin1Char('.')) || name.startsWith(QLatin1String("~$")) ||
           name.compare(QLatin1String("Thumbs.db"), Qt::CaseInsensitive) == 0 ||
           name.compare(QLatin1String("desktop.ini"), Qt::CaseInsensitive) == 0;
}

QCollator naturalCollator()
{
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return collator;
}

/// A run of decimal digits (also full-width ones) starting at i, as its significant digits.
QString digitRun(QStringView text, qsizetype &i)
{
    QString digits;
    while (i < text.size() && text.at(i).isDigit()) {
        const int value = text.at(i).digitValue();
        if (!(digits.isEmpty() && value == 0))
            digits += QChar(u'0' + value);
        ++i;
    }
    return digits;
}

/// Numbers by value, the text between them by the collator; each name is read as runs of
/// digits and of other characters. Not left to QCollator's numeric mode alone: it is ignored
/// in the C locale (LC_ALL=C.UTF-8 on servers and in tests).
int naturalCompare(const QCollator &collator, QStringView a, QStringView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        const bool digitA = a.at(i).isDigit();
        const bool digitB = b.at(j).isDigit();
        if (digitA && digitB) {
            const QString x = digitRun(a, i);
            const QString y = digitRun(b, j);
            if (x.size() != y.size())
                return x.size() < y.size() ? -1 : 1;
            if (const int c = x.compare(y))
                return c < 0 ? -1 : 1;
            continue;
        }
        const qsizetype si = i;
        const qsizetype sj = j;
        while (i < a.size() && a.at(i).isDigit() == digitA)
            ++i;
        while (j < b.size() && b.at(j).isDigit() == digitB)
            ++j;
        const QStringView x = a.mid(si, i - si);
        const QStringView y = b.mid(sj, j - sj);
        if (!digitA && !digitB && x.size() != y.size()) {
            // "a.txt" against "a2.txt": after the common part, '.' meets '2'.
            const qsizetype common = std::min(x.size(), y.size());
            if (const int c = collator.compare(x.left(common), y.left(common)))
                return c;
            i = si + common;
            j = sj + common;
            continue;
        }
        if (const int c = collator.compare(x, y))
            return c;
    }
    if (i < a.size() || j < b.size())
        return i < a.size() ? 1 : -1;
    return collator.compare(a, b); // "01" and "1": still a fixed order
}

struct Entry
{
    QByteArray raw; ///< the name's bytes
    QString name;   ///< decoded, for sorting and the junk check
};

QByteArray joinPath(const QByteArray &folder, const QByteArray &name)
{
    return folder.endsWith('/') ? QByteArray(folder + name) : QByteArray(folder + '/' + name);
}

/// Works on raw bytes throughout: a name that is not valid UTF-8 must still be found again.
void expand(const QByteArray &folder, FileCollector::Result &result, const QCollator &collator)
{
    ++result.folderCount;
    DIR *dir = ::opendir(folder.constData());
    if (!dir) {
        // Said as such: an unreadable folder is not an empty one.
        result.unreadable.append({folder, qt_error_string(errno)});
        return;
    }
    QList<Entry> entries;
    for (;;) {
        errno = 0;
        const dirent *entry = ::readdir(dir);
        if (!entry) {
            if (errno != 0)
                result.unreadable.append({folder, qt_error_string(errno)});
            break;
        }
        const QByteArray raw(entry->d_name);
        if (raw == "." || raw == "..")
            continue;
        const QString name = AttachmentName::decodeRaw(raw);
        if (!isJunk(name))
            entries.append({raw, name});
    }
    ::closedir(dir);
    std::stable_sort(entries.begin(), entries.end(), [&collator](const Entry &x, const Entry &y) {
        return naturalCompare(collator, x.name, y.name) < 0;
    });
    for (const Entry &entry : std::as_const(entries)) {
        const QByteArray path = joinPath(folder, entry.raw);
        struct stat link
        {
        };
        if (::lstat(path.constData(), &link) != 0)
            continue; // vanished meanwhile
        if (S_ISDIR(link.st_mode)) {
            expand(path, result, collator);
            continue;
        }
        struct stat target = link;
        if (S_ISLNK(link.st_mode) && ::stat(path.constData(), &target) == 0 && S_ISDIR(target.st_mode))
            continue; // a link to a folder may lead back up: never followed
        result.files.append(path);
        result.totalBytes += S_ISREG(target.st_mode) ? qint64(target.st_size) : 0;
    }
}
} // namespace

QString FileCollector::Result::unreadableMessage() const
{
    if (unreadable.isEmpty())
        return {};
    const UnreadableFolder &first = unreadable.constFirst();
    return tr("%1: the folder cannot be read (%2)").arg(AttachmentName::decodeRaw(first.path), first.reason);
}

void FileCollector::sortNaturally(QStringList &names)
{
    const QCollator collator = naturalCollator();
    std::stable_sort(names.begin(), names.end(), [&collator](const QString &a, const QString &b) {
        return naturalCompare(collator, a, b) < 0;
    });
}

FileCollector::Result FileCollector::collect(const QList<QByteArray> &paths)
{
    const QCollator collator = naturalCollator();
    Result result;
    for (const QByteArray &raw : paths) {
        struct stat info
        {
        };
        const bool exists = ::stat(raw.constData(), &info) == 0;
        if (exists && S_ISDIR(info.st_mode)) {
            expand(raw, result, collator);
            continue;
        }
        // Files (and anything that is not a folder) go through as given: AttachmentFile
        // will say what is wrong with them, by name.
        result.files.append(raw);
        result.totalBytes += exists && S_ISREG(info.st_mode) ? qint64(info.st_size) : 0;
    }
    return result;
}

} // namespace kessai
