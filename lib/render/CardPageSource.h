// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/PageSource.h"

#include <QCoreApplication>

namespace kessai::render {

/// One page standing in for an attachment that cannot be shown as pages: an unsupported type,
/// a broken file, a locked PDF, a conversion still running. It shows the name, type, size and
/// reason; a widget may draw its own card from content() instead (and add 外部で開く).
class CardPageSource : public PageSource
{
    Q_DECLARE_TR_FUNCTIONS(CardPageSource)

public:
    enum class Kind
    {
        Unsupported, ///< a type Kessai does not show
        Broken,      ///< unreadable, damaged or failed to convert
        Locked,      ///< an encrypted PDF waiting for its password
        Converting,  ///< an office document whose PDF rendition is being made
        Loading      ///< not read yet
    };
    struct Content
    {
        Kind kind = Kind::Broken;
        QString name;
        QString typeLabel;
        qint64 size = 0;
        QString reason;
    };

    static constexpr qreal kWidth = 595.28;
    static constexpr qreal kHeight = 260.0;

    explicit CardPageSource(Content content);

    State state() const override { return State::Ready; }
    int pageCount() const override { return 1; }
    QSizeF pageSize(int page) const override;
    const Content &content() const { return m_content; }

    /// The card's heading for kind, translated.
    static QString title(Kind kind);

protected:
    QImage renderUpright(int page, qreal scale, const QRect &region, const std::atomic_bool *abort) override;

private:
    Content m_content;
};

} // namespace kessai::render
