// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/OcrEngine.h"

#include "core/search/SearchAnalyzer.h"

#include <QElapsedTimer>

#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

namespace kessai::render {

namespace {
bool cancelRequested(void *flag, int)
{
    return flag && static_cast<const std::atomic_bool *>(flag)->load();
}

bool isJapaneseAt(const QString &text, qsizetype i)
{
    if (i < 0 || i >= text.size())
        return false;
    const QChar c = text.at(i);
    if (c.isLowSurrogate() && i > 0)
        return SearchAnalyzer::isJapaneseScript(QChar::surrogateToUcs4(text.at(i - 1), c));
    if (c.isHighSurrogate() && i + 1 < text.size())
        return SearchAnalyzer::isJapaneseScript(QChar::surrogateToUcs4(c, text.at(i + 1)));
    return SearchAnalyzer::isJapaneseScript(c.unicode()) ||
           (c.unicode() >= 0x3000 && c.unicode() <= 0x303F); // 、。「」 and the like
}
} // namespace

OcrEngine::OcrEngine()
{
    // One thread per recognition (the indexer is a background guest on the user's machine): set
    // before the program starts, OcrPlatform::limitThreadsBeforeStart().
    auto api = std::make_unique<tesseract::TessBaseAPI>();
    const QByteArray langs = languages().toLatin1();
    if (api->Init(nullptr, langs.constData(), tesseract::OEM_LSTM_ONLY) != 0) {
        m_error = tr("Tesseract could not load its Japanese data (%1): install tesseract-ocr-jpn and "
                     "tesseract-ocr-jpn-vert")
                      .arg(languages());
        return;
    }
    api->SetPageSegMode(tesseract::PSM_AUTO);
    m_api = std::move(api);
}

OcrEngine::~OcrEngine()
{
    if (m_api)
        m_api->End();
}

QString OcrEngine::name()
{
    return QStringLiteral("Tesseract %1 %2")
        .arg(QString::fromLatin1(tesseract::TessBaseAPI::Version()), languages());
}

QString OcrEngine::joinJapanese(const QString &text)
{
    QString joined = text;
    joinJapanese(joined, nullptr);
    return joined;
}

void OcrEngine::joinJapanese(QString &text, QList<QRectF> *boxes)
{
    QString out;
    QList<QRectF> outBoxes;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char(' ')) {
            qsizetype next = i;
            while (next < text.size() && text.at(next) == QLatin1Char(' '))
                ++next;
            if (!out.isEmpty() && isJapaneseAt(out, out.size() - 1) && isJapaneseAt(text, next)) {
                i = next - 1;
                continue;
            }
        }
        out.append(text.at(i));
        if (boxes)
            outBoxes.append(boxes->value(i));
    }
    text = out;
    if (boxes)
        *boxes = outBoxes;
}

void OcrEngine::readSymbols(const QSize &imageSize, Result &result)
{
    // Symbol by symbol rather than GetUTF8Text(), so that every character keeps its box: the
    // single view highlights a hit on a scan where OCR read it.
    const std::unique_ptr<tesseract::ResultIterator> it(m_api->GetIterator());
    if (!it || imageSize.isEmpty())
        return;
    const qreal width = imageSize.width();
    const qreal height = imageSize.height();
    do {
        if (it->Empty(tesseract::RIL_SYMBOL))
            continue;
        const std::unique_ptr<char[]> symbol(it->GetUTF8Text(tesseract::RIL_SYMBOL));
        const QString chars = QString::fromUtf8(symbol.get()).trimmed();
        if (chars.isEmpty())
            continue;
        if (!result.text.isEmpty()) {
            if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE))
                result.text.append(QLatin1Char('\n'));
            else if (it->IsAtBeginningOf(tesseract::RIL_WORD))
                result.text.append(QLatin1Char(' '));
            while (result.boxes.size() < result.text.size())
                result.boxes.append(QRectF());
        }
        int left = 0, top = 0, right = 0, bottom = 0;
        QRectF box;
        if (it->BoundingBox(tesseract::RIL_SYMBOL, &left, &top, &right, &bottom))
            box = QRectF(left / width, top / height, (right - left) / width, (bottom - top) / height);
        result.text.append(chars);
        for (qsizetype i = 0; i < chars.size(); ++i)
            result.boxes.append(box);
    } while (it->Next(tesseract::RIL_SYMBOL));
}

OcrEngine::Result OcrEngine::recognize(const QImage &source, int timeLimitMs, const std::atomic_bool *cancel)
{
    Result result;
    if (!m_api) {
        result.note = m_error;
        return result;
    }
    if (source.isNull() || source.width() < 8 || source.height() < 8) {
        result.note = tr("the image is empty or too small to read");
        return result;
    }
    QImage image = source;
    if (qMax(image.width(), image.height()) > kMaxSide)
        image = image.scaled(kMaxSide, kMaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    image = image.convertToFormat(QImage::Format_Grayscale8);
    m_api->SetImage(image.constBits(), image.width(), image.height(), 1, int(image.bytesPerLine()));
    m_api->SetSourceResolution(300);
    tesseract::ETEXT_DESC monitor;
    monitor.cancel = &cancelRequested;
    monitor.cancel_this = const_cast<std::atomic_bool *>(cancel);
    monitor.set_deadline_msecs(timeLimitMs);
    QElapsedTimer timer;
    timer.start();
    const int status = m_api->Recognize(&monitor);
    if (cancel && cancel->load()) {
        m_api->Clear();
        result.note = tr("stopped");
        return result;
    }
    if (monitor.deadline_exceeded() || timer.elapsed() > timeLimitMs) {
        m_api->Clear();
        result.note = tr("OCR gave up after %1 s (time limit)").arg(timeLimitMs / 1000);
        return result;
    }
    if (status != 0) {
        m_api->Clear();
        result.note = tr("Tesseract could not read the image");
        return result;
    }
    readSymbols(image.size(), result);
    m_api->Clear();
    joinJapanese(result.text, &result.boxes);
    if (SearchAnalyzer::terms(result.text).isEmpty())
        result.note = tr("no text was found on the image");
    return result;
}

} // namespace kessai::render
