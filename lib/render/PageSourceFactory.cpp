// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/PageSourceFactory.h"

#include "render/ImagePageSource.h"
#include "render/PdfPageSource.h"
#include "render/TextPageSource.h"
#include "render/TypeDetector.h"

#include <QFileInfo>

namespace kessai::render {

std::shared_ptr<PageSource> PageSourceFactory::card(CardPageSource::Kind kind, const Input &input,
                                                    const ContentType &type, const QString &reason)
{
    CardPageSource::Content content;
    content.kind = kind;
    content.name = input.name.isEmpty() ? QFileInfo(input.path).fileName() : input.name;
    content.typeLabel = type.label();
    content.size = input.size >= 0 ? input.size : QFileInfo(input.path).size();
    content.reason = reason;
    return std::make_shared<CardPageSource>(content);
}

std::shared_ptr<PageSource> PageSourceFactory::open(const Input &input)
{
    const ContentType type =
        input.type ? *input.type : TypeDetector::detectFile(input.path, input.name, input.declaredMime);
    auto broken = [&](const QString &reason) {
        return card(CardPageSource::Kind::Broken, input, type, reason);
    };
    if (!QFileInfo::exists(input.path))
        return broken(tr("The attachment's content is not available."));

    std::shared_ptr<PageSource> source;
    switch (type.kind) {
    case ContentType::Kind::Empty:
        return broken(tr("The file is empty (0 bytes)."));
    case ContentType::Kind::Pdf:
        source = std::make_shared<PdfPageSource>(input.path, input.knownSizes);
        break;
    case ContentType::Kind::Image:
        source = std::make_shared<ImagePageSource>(input.path);
        break;
    case ContentType::Kind::Text:
    case ContentType::Kind::Csv:
    case ContentType::Kind::Markdown:
        source = std::make_shared<TextPageSource>(input.path, type);
        break;
    case ContentType::Kind::Office:
        if (input.renditionPath.isEmpty())
            return card(
                CardPageSource::Kind::Converting, input, type,
                tr("The document is being converted to PDF; its pages appear here when that is done."));
        source = std::make_shared<PdfPageSource>(input.renditionPath, input.knownSizes);
        if (source->state() == PageSource::State::Failed)
            return broken(
                tr("The PDF converted from this document cannot be read: %1").arg(source->errorString()));
        break;
    case ContentType::Kind::Other:
        if (!type.mismatch.isEmpty())
            return broken(tr("This file cannot be shown: %1.").arg(type.mismatch));
        return card(CardPageSource::Kind::Unsupported, input, type,
                    tr("Kessai cannot show this type of file. Open it with another application."));
    }
    if (source->state() == PageSource::State::Failed)
        return broken(source->errorString());
    return source;
}

} // namespace kessai::render
