// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/TextDocumentBuilder.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QFontMetricsF>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace kessai::render {

namespace {
QFont textFont(bool monospace, qreal points)
{
    QFont font;
    if (monospace) {
        font.setFamilies({QStringLiteral("Noto Sans Mono CJK JP"), QStringLiteral("IPAGothic"),
                          QStringLiteral("DejaVu Sans Mono"), QStringLiteral("monospace")});
        font.setStyleHint(QFont::Monospace);
    } else {
        font.setFamilies({QStringLiteral("Noto Sans CJK JP"), QStringLiteral("IPAPGothic"),
                          QStringLiteral("DejaVu Sans"), QStringLiteral("sans-serif")});
        font.setStyleHint(QFont::SansSerif);
    }
    font.setPointSizeF(points);
    font.setHintingPreference(QFont::PreferNoHinting); // the same layout at every scale
    return font;
}

/// A document without a layout yet: filling it is then cheap (no relayout per change);
/// finish() gives it its page size, margins and 72 dpi layout device, and paginates once.
std::unique_ptr<QTextDocument> newDocument(QPaintDevice *device, const QFont &font)
{
    auto document = std::make_unique<QTextDocument>();
    document->setDefaultFont(font);
    document->setUndoRedoEnabled(false);
    QTextOption option = document->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTabStopDistance(QFontMetricsF(font, device).horizontalAdvance(QLatin1Char(' ')) * 4);
    document->setDefaultTextOption(option);
    return document;
}

TextDocumentBuilder::Section finish(std::unique_ptr<QTextDocument> document, QPaintDevice *device,
                                    const QSizeF &pageSize)
{
    QTextFrameFormat frame = document->rootFrame()->frameFormat();
    // Frame lengths are taken as 96 dpi pixels and scaled to the 72 dpi layout device.
    frame.setMargin(TextDocumentBuilder::kMargin * 96.0 / 72.0);
    document->rootFrame()->setFrameFormat(frame);
    document->documentLayout()->setPaintDevice(device);
    document->setPageSize(pageSize);
    TextDocumentBuilder::Section section;
    section.pageSize = pageSize;
    section.pages = qMax(1, document->pageCount());
    // The layout reports its new size through a zero-delay timer; let it fire here, so no
    // timer is left running when the document loses its thread affinity.
    QCoreApplication::processEvents();
    document->moveToThread(nullptr);
    section.document = std::move(document);
    return section;
}

void addTable(QTextDocument &document, const QStringList &header, const QList<QStringList> &rows, int columns)
{
    QTextCursor cursor(&document);
    cursor.beginEditBlock();
    QTextTableFormat format;
    format.setHeaderRowCount(header.isEmpty() ? 0 : 1);
    format.setCellPadding(2);
    format.setCellSpacing(0);
    format.setBorder(0.5);
    format.setBorderBrush(QColor(0x80, 0x80, 0x80));
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    const int rowCount = int(rows.size()) + (header.isEmpty() ? 0 : 1);
    QTextTable *table = cursor.insertTable(qMax(1, rowCount), qMax(1, columns), format);
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    QTextBlockFormat headerBlock;
    headerBlock.setBackground(QColor(0xEE, 0xEE, 0xEE));
    int r = 0;
    if (!header.isEmpty()) {
        for (int c = 0; c < columns; ++c) {
            QTextCursor cell = table->cellAt(0, c).firstCursorPosition();
            QTextTableCellFormat cellFormat = table->cellAt(0, c).format().toTableCellFormat();
            cellFormat.setBackground(QColor(0xEE, 0xEE, 0xEE));
            table->cellAt(0, c).setFormat(cellFormat);
            cell.insertText(header.value(c), bold);
        }
        r = 1;
    }
    for (const QStringList &row : rows) {
        for (int c = 0; c < columns; ++c)
            table->cellAt(r, c).firstCursorPosition().insertText(row.value(c));
        ++r;
    }
    cursor.endEditBlock();
}
} // namespace

QList<QStringList> TextDocumentBuilder::parseCsv(const QString &text, QChar separator)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == separator) {
            row.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (fieldStarted || !field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

std::vector<TextDocumentBuilder::Section> TextDocumentBuilder::build(const QString &input,
                                                                     ContentType::Kind kind,
                                                                     const QString &format,
                                                                     QPaintDevice *device)
{
    std::vector<Section> sections;
    QString text = input;
    QString note;
    if (text.size() > kMaxCharacters) {
        note = tr("[The rest of this file (%1 more characters) is not shown here; open the file to read "
                  "it.]")
                   .arg(text.size() - kMaxCharacters);
        text.truncate(kMaxCharacters);
    }
    const QSizeF portrait(kA4Width, kA4Height);

    if (kind == ContentType::Kind::Csv) {
        const QList<QStringList> rows =
            parseCsv(text, format == QLatin1String("tsv") ? QLatin1Char('\t') : QLatin1Char(','));
        int columns = 1;
        for (const QStringList &row : rows)
            columns = qMax(columns, int(row.size()));
        const QSizeF page = columns > kLandscapeColumns ? portrait.transposed() : portrait;
        const QFont font = textFont(false, columns > 12 ? 7.0 : 8.0);
        const QStringList header = rows.value(0);
        const QList<QStringList> body = rows.mid(1);
        qsizetype start = 0;
        do {
            auto document = newDocument(device, font);
            addTable(*document, header, body.mid(start, kRowsPerSection), columns);
            start += kRowsPerSection;
            if (start >= body.size() && !note.isEmpty()) {
                QTextCursor cursor(document.get());
                cursor.movePosition(QTextCursor::End);
                cursor.insertBlock();
                cursor.insertText(note);
            }
            sections.push_back(finish(std::move(document), device, page));
        } while (start < body.size());
        return sections;
    }

    if (kind == ContentType::Kind::Markdown && text.size() < 2 * 1024 * 1024) {
        auto document = newDocument(device, textFont(false, 10.0));
        document->setMarkdown(text, QTextDocument::MarkdownDialectGitHub);
        if (!note.isEmpty()) {
            QTextCursor cursor(document.get());
            cursor.movePosition(QTextCursor::End);
            cursor.insertBlock();
            cursor.insertText(note);
        }
        sections.push_back(finish(std::move(document), device, portrait));
        return sections;
    }

    const QFont font = textFont(true, 9.5);
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    // The file's last newline ends its last line; it is not an empty line of its own (which
    // gave a blank last page when the text filled its pages exactly).
    if (lines.size() > 1 && lines.constLast().isEmpty())
        lines.removeLast();
    // Qt lays a paragraph out in time that grows faster than its length: a 3 MiB file without a
    // newline held the text thread for minutes. A very long line is cut into paragraphs of
    // kLongestParagraph characters; it wraps on the page all the same.
    QStringList cut;
    for (const QString &line : std::as_const(lines)) {
        qsizetype from = 0;
        while (line.size() - from > kLongestParagraph) {
            qsizetype length = kLongestParagraph;
            if (line.at(from + length - 1).isHighSurrogate())
                --length; // never split a character in two
            cut.append(line.mid(from, length));
            from += length;
        }
        cut.append(from == 0 ? line : line.mid(from));
    }
    lines = std::move(cut);
    if (!note.isEmpty())
        lines.append(note);
    for (qsizetype start = 0; start < lines.size(); start += kLinesPerSection) {
        auto document = newDocument(device, font);
        document->setPlainText(lines.mid(start, kLinesPerSection).join(QLatin1Char('\n')));
        sections.push_back(finish(std::move(document), device, portrait));
    }
    if (sections.empty()) {
        auto document = newDocument(device, font);
        sections.push_back(finish(std::move(document), device, portrait));
    }
    return sections;
}

} // namespace kessai::render
