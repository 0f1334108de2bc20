// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/PdfStructureScan.h"

#include <QByteArrayView>
#include <QFile>
#include <QHash>
#include <QList>

#include <functional>
#include <limits>

namespace kessai::render {

namespace {
constexpr qsizetype kDictionaryReach = 4096; // an XObject dictionary is a few hundred bytes
constexpr int kDeepest = 1000;               // a nesting this deep counts as endless

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isDelimiter(char c)
{
    return isSpace(c) || c == '/' || c == '<' || c == '>' || c == '[' || c == ']' || c == '(' || c == ')' ||
           c == '%';
}

qsizetype skipSpace(QByteArrayView text, qsizetype i)
{
    while (i < text.size() && isSpace(text.at(i)))
        ++i;
    return i;
}

/// Reads an unsigned integer at i (at most 12 digits); -1 when there is none.
qint64 integerAt(QByteArrayView text, qsizetype &i)
{
    qint64 value = 0;
    int digits = 0;
    while (i < text.size() && text.at(i) >= '0' && text.at(i) <= '9' && digits < 12) {
        value = value * 10 + (text.at(i) - '0');
        ++i;
        ++digits;
    }
    return digits ? value : -1;
}

/// "N G R" at i: the object number N (i moves past it), else -1.
qint64 referenceAt(QByteArrayView text, qsizetype &i)
{
    qsizetype j = skipSpace(text, i);
    const qint64 number = integerAt(text, j);
    if (number < 0)
        return -1;
    j = skipSpace(text, j);
    if (integerAt(text, j) < 0)
        return -1;
    j = skipSpace(text, j);
    if (j >= text.size() || text.at(j) != 'R')
        return -1;
    i = j + 1;
    return number;
}

/// The position just after key (a whole name) in text from `from`, or -1.
qsizetype findName(QByteArrayView text, QByteArrayView key, qsizetype from = 0)
{
    while ((from = text.indexOf(key, from)) >= 0) {
        from += key.size();
        if (from >= text.size() || isDelimiter(text.at(from)))
            return from;
    }
    return -1;
}

/// The direct integer after key (-1 when missing or an indirect reference).
qint64 directInteger(QByteArrayView dictionary, QByteArrayView key)
{
    qsizetype i = findName(dictionary, key);
    if (i < 0)
        return -1;
    qsizetype probe = i;
    if (referenceAt(dictionary, probe) >= 0)
        return -1;
    i = skipSpace(dictionary, i);
    return integerAt(dictionary, i);
}

/// The object numbers referenced in the inline dictionary after /XObject (empty when it is an
/// indirect object or missing).
QList<qint64> xobjectReferences(QByteArrayView dictionary)
{
    QList<qint64> references;
    qsizetype i = 0;
    for (;;) { // the one opening a dictionary, not /Type/XObject
        i = findName(dictionary, "/XObject", i);
        if (i < 0)
            return references;
        i = skipSpace(dictionary, i);
        if (dictionary.sliced(i).startsWith("<<"))
            break;
    }
    i += 2;
    while (i < dictionary.size() && dictionary.at(i) != '>') {
        if (dictionary.at(i) == '/') { // a name, then its value
            ++i;
            while (i < dictionary.size() && !isDelimiter(dictionary.at(i)))
                ++i;
            const qint64 reference = referenceAt(dictionary, i);
            if (reference >= 0)
                references.append(reference);
            continue;
        }
        ++i;
    }
    return references;
}

/// The number of the object whose dictionary holds position at ("N 0 obj" before it), or -1.
qint64 objectNumberBefore(QByteArrayView bytes, qsizetype at, qsizetype *objStart)
{
    const qsizetype from = qMax<qsizetype>(0, at - kDictionaryReach);
    const qsizetype obj = bytes.sliced(from, at - from).lastIndexOf(QByteArrayView("obj"));
    if (obj < 0) {
        *objStart = from;
        return -1;
    }
    *objStart = from + obj;
    // Back over " 0 " and the number.
    qsizetype i = from + obj - 1;
    while (i >= 0 && isSpace(bytes.at(i)))
        --i;
    while (i >= 0 && bytes.at(i) >= '0' && bytes.at(i) <= '9')
        --i;
    while (i >= 0 && isSpace(bytes.at(i)))
        --i;
    qsizetype end = i + 1;
    while (i >= 0 && bytes.at(i) >= '0' && bytes.at(i) <= '9')
        --i;
    qsizetype start = i + 1;
    return start < end ? integerAt(bytes, start) : -1;
}
} // namespace

PdfStructureScan::Result PdfStructureScan::scan(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const uchar *mapped = file.size() > 0 ? file.map(0, file.size()) : nullptr;
    if (mapped)
        return scan(QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), file.size()));
    return scan(file.readAll());
}

PdfStructureScan::Result PdfStructureScan::scan(const QByteArray &pdf)
{
    const QByteArrayView bytes(pdf);
    Result result;
    qint64 largestPixels = 0;
    QHash<qint64, QList<qint64>> formDraws; // form object → XObjects its resources name
    qsizetype at = 0;
    while ((at = findName(bytes, "/Subtype", at)) >= 0) {
        const qsizetype value = skipSpace(bytes, at);
        const bool image =
            bytes.sliced(value).startsWith("/Image") && findName(bytes.sliced(value), "/Image") == 6;
        const bool form =
            bytes.sliced(value).startsWith("/Form") && findName(bytes.sliced(value), "/Form") == 5;
        if (!image && !form)
            continue;
        // The dictionary around it: from its "obj" to its "stream".
        qsizetype start = 0;
        const qint64 object = objectNumberBefore(bytes, at, &start);
        const qsizetype reach = qMin(bytes.size() - at, kDictionaryReach);
        qsizetype end = bytes.sliced(at, reach).indexOf(QByteArrayView("stream"));
        end = end < 0 ? at + reach : at + end;
        const QByteArrayView dictionary = bytes.sliced(start, end - start);
        if (image) {
            const qint64 width =
                qMin<qint64>(directInteger(dictionary, "/Width"), std::numeric_limits<int>::max());
            const qint64 height =
                qMin<qint64>(directInteger(dictionary, "/Height"), std::numeric_limits<int>::max());
            if (width > 0 && height > 0 && width * height > largestPixels) {
                largestPixels = width * height;
                result.largestImage = QSize(int(width), int(height));
            }
        } else if (object >= 0) {
            formDraws.insert(object, xobjectReferences(dictionary));
        }
    }

    // The deepest chain of forms through the forms each one's resources name.
    QHash<qint64, int> depth;
    QHash<qint64, bool> visiting;
    std::function<int(qint64, int)> nesting = [&](qint64 form, int level) -> int {
        if (const auto known = depth.constFind(form); known != depth.cend())
            return *known;
        if (level >= kDeepest) // deep enough to refuse; no deeper recursion
            return kDeepest;
        if (visiting.value(form)) {
            result.formCycle = true;
            return kDeepest;
        }
        visiting.insert(form, true);
        int deepest = 0;
        const QList<qint64> draws = formDraws.value(form);
        for (const qint64 drawn : draws) {
            if (formDraws.contains(drawn))
                deepest = qMax(deepest, nesting(drawn, level + 1));
            if (deepest >= kDeepest)
                break;
        }
        visiting.insert(form, false);
        const int own = qMin(kDeepest, deepest + 1);
        depth.insert(form, own);
        return own;
    };
    for (auto it = formDraws.cbegin(); it != formDraws.cend(); ++it)
        result.formNesting = qMax(result.formNesting, nesting(it.key(), 0));
    return result;
}

} // namespace kessai::render
