// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>

#include <atomic>
#include <memory>

namespace tesseract {
class TessBaseAPI;
}

namespace kessai::render {

/// OCR of one page image with libtesseract (Debian's tesseract-ocr with the jpn and jpn_vert
/// data: horizontal and vertical Japanese). One engine per thread (Tesseract's API object is
/// not shared); every recognition has a time limit and gives up with a reason, so a 20,000-pixel
/// scan or a photograph cannot hold the indexer up.
class OcrEngine
{
    Q_DECLARE_TR_FUNCTIONS(OcrEngine)

public:
    static constexpr int kDefaultTimeLimitMs = 60000;
    /// Longer sides are scaled down to this (≈ A3 at 300 dpi): finer gives Tesseract nothing.
    static constexpr int kMaxSide = 5000;
    static QString languages() { return QStringLiteral("jpn+jpn_vert"); }

    OcrEngine();
    ~OcrEngine();
    OcrEngine(const OcrEngine &) = delete;
    OcrEngine &operator=(const OcrEngine &) = delete;

    /// Whether Tesseract and its Japanese data could be loaded (else why, in errorString()).
    bool isReady() const { return m_api != nullptr; }
    QString errorString() const { return m_error; }
    /// "Tesseract 5.3.0 jpn+jpn_vert": what content_extractions.extractor records.
    static QString name();

    struct Result
    {
        QString text;
        QString note; ///< why it gave up or found nothing ('' when it read text)
        /// One box per UTF-16 unit of text, as fractions of the image (0–1, top left origin);
        /// null for the spaces and line breaks between words.
        QList<QRectF> boxes;
    };
    /// The text of image. cancel (optional) stops it early.
    Result recognize(const QImage &image, int timeLimitMs = kDefaultTimeLimitMs,
                     const std::atomic_bool *cancel = nullptr);

    /// Removes the spaces Tesseract puts between Japanese characters ("予 算" → "予算").
    static QString joinJapanese(const QString &text);

private:
    /// The same, keeping boxes (one per unit of text) in step.
    static void joinJapanese(QString &text, QList<QRectF> *boxes);
    void readSymbols(const QSize &imageSize, Result &result);

    std::unique_ptr<tesseract::TessBaseAPI> m_api;
    QString m_error;
};

} // namespace kessai::render
