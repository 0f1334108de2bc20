// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/PageSource.h"
#include "render/TextDocumentBuilder.h"

#include <QCoreApplication>
#include <QImage>

namespace kessai::render {

/// Text, CSV and Markdown attachments as A4 pages: the encoding is detected (TextDecoder), the
/// text laid out by TextDocumentBuilder and painted with QPainter. Layout happens once, in the
/// constructor, so the page count and sizes are known before any painting. Usable from any
/// thread: layout, painting and text extraction run on the TextLayoutThread (see there why).
class TextPageSource : public PageSource
{
    Q_DECLARE_TR_FUNCTIONS(TextPageSource)

public:
    static constexpr qint64 kMaxFileBytes = 64LL * 1024 * 1024;

    TextPageSource(const QString &path, const ContentType &type);
    /// From text already decoded (tests, generated pages).
    TextPageSource(const QString &text, ContentType::Kind kind, const QString &format = {});
    ~TextPageSource() override;

    State state() const override { return m_state; }
    QString errorString() const override { return m_error; }
    int pageCount() const override { return m_state == State::Ready ? m_pageCount : 0; }
    QSizeF pageSize(int page) const override;
    PageText text(int page) override;

    /// The encoding the file was read in ("UTF-8", "Shift_JIS", ...).
    QString encoding() const { return m_encoding; }

protected:
    QImage renderUpright(int page, qreal scale, const QRect &region, const std::atomic_bool *abort) override;

private:
    void layOut(const QString &text, ContentType::Kind kind, const QString &format);
    /// The section holding page and the page's index inside it.
    std::pair<int, int> locate(int page) const;
    // On the text thread only:
    QImage paint(const TextDocumentBuilder::Section &section, int pageInSection, qreal scale,
                 const QRect &region) const;
    PageText extractText(int page) const;

    QImage m_layoutDevice; // 72 dpi: declared before the documents that use it
    std::vector<TextDocumentBuilder::Section> m_sections;
    QList<int> m_firstPage;
    int m_pageCount = 0;
    State m_state = State::Failed;
    QString m_error;
    QString m_encoding;
};

} // namespace kessai::render
