// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/editing/VersionCompareDialog.h"

#include "core/editing/AttachmentVersions.h"
#include "core/renditions/RenditionStore.h"
#include "gui/StoreClient.h"
#include "render/PageSourceFactory.h"
#include "render/TextDecoder.h"
#include "render/TypeDetector.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QGridLayout>
#include <QLabel>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QtConcurrent/QtConcurrentRun>

namespace kessai::gui {

namespace {
/// What the store thread hands over: where each version's bytes (and rendition) were written.
struct Fetched
{
    QString leftPath, leftRendition, rightPath, rightRendition;
};

/// Writes one version (and the stored PDF rendition of its content, if any) into dir.
void fetchVersion(StoreConnection &connection, qint64 attachmentId, int versionNo, const QString &dir,
                  QString &path, QString &renditionPath)
{
    AttachmentVersions versions(connection);
    const auto version = versions.version(attachmentId, versionNo);
    if (!version)
        throw StoreError(
            StoreError::Kind::BadData,
            VersionCompareDialog::tr("There is no version %1 of this attachment.").arg(versionNo));
    path = dir + QStringLiteral("/v%1.bin").arg(versionNo);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw StoreError(StoreError::Kind::Unavailable,
                         VersionCompareDialog::tr("Cannot write %1: %2").arg(path, file.errorString()));
    try {
        versions.readContent(attachmentId, versionNo, file);
    } catch (const StoreError &) {
        file.remove(); // damaged content: nothing of it is compared
        throw;
    }
    file.close();

    RenditionStore renditions(connection);
    const auto rendition = renditions.find(version->sha256);
    if (rendition && rendition->ok()) {
        renditionPath = dir + QStringLiteral("/v%1.pdf").arg(versionNo);
        QFile pdf(renditionPath);
        if (!pdf.open(QIODevice::WriteOnly))
            throw StoreError(
                StoreError::Kind::Unavailable,
                VersionCompareDialog::tr("Cannot write %1: %2").arg(renditionPath, pdf.errorString()));
        try {
            renditions.readPdf(version->sha256, pdf);
        } catch (const StoreError &) {
            pdf.remove();
            throw;
        }
    }
}

/// The text of every page of a PDF, pages one after the other.
bool pdfText(const render::PageSourceFactory::Input &input, QString &text, QString &problem)
{
    const std::shared_ptr<render::PageSource> source = render::PageSourceFactory::open(input);
    if (!source || source->state() != render::PageSource::State::Ready) {
        problem = source ? source->errorString() : QString();
        if (problem.isEmpty())
            problem = VersionCompareDialog::tr("The PDF cannot be read.");
        return false;
    }
    QStringList pages;
    for (int page = 0; page < source->pageCount(); ++page)
        pages.append(source->text(page).text);
    text = pages.join(u'\n');
    if (text.trimmed().isEmpty()) {
        problem = VersionCompareDialog::tr("The PDF has no text (it may be a scan).");
        return false;
    }
    return true;
}

QTextCharFormat background(const QColor &color)
{
    QTextCharFormat format;
    format.setBackground(color);
    return format;
}
} // namespace

VersionCompareDialog::VersionCompareDialog(StoreClient *client, qint64 attachmentId,
                                           const QString &attachmentName, int leftVersionNo,
                                           int rightVersionNo, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_attachmentId(attachmentId)
    , m_name(attachmentName)
    , m_left(std::min(leftVersionNo, rightVersionNo))
    , m_right(std::max(leftVersionNo, rightVersionNo))
    , m_files(std::make_shared<QTemporaryDir>())
    , m_summary(new QLabel(tr("Comparing…"), this))
    , m_leftTitle(new QLabel(tr("Version %1").arg(m_left), this))
    , m_rightTitle(new QLabel(tr("Version %1").arg(m_right), this))
    , m_leftView(new QTextEdit(this))
    , m_rightView(new QTextEdit(this))
{
    setWindowTitle(tr("Compare versions %1 and %2: %3").arg(m_left).arg(m_right).arg(attachmentName));
    resize(1000, 640);
    for (QTextEdit *view : {m_leftView, m_rightView}) {
        view->setReadOnly(true);
        view->setLineWrapMode(QTextEdit::NoWrap); // keeps the rows of both sides aligned
        view->setUndoRedoEnabled(false);
    }
    m_leftView->setAccessibleName(tr("Version %1").arg(m_left));
    m_rightView->setAccessibleName(tr("Version %1").arg(m_right));
    m_summary->setWordWrap(true);

    // Both sides scroll together.
    const auto link = [](QScrollBar *a, QScrollBar *b) {
        connect(a, &QScrollBar::valueChanged, b, &QScrollBar::setValue);
        connect(b, &QScrollBar::valueChanged, a, &QScrollBar::setValue);
    };
    link(m_leftView->verticalScrollBar(), m_rightView->verticalScrollBar());
    link(m_leftView->horizontalScrollBar(), m_rightView->horizontalScrollBar());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QGridLayout(this);
    layout->addWidget(m_summary, 0, 0, 1, 2);
    layout->addWidget(m_leftTitle, 1, 0);
    layout->addWidget(m_rightTitle, 1, 1);
    layout->addWidget(m_leftView, 2, 0);
    layout->addWidget(m_rightView, 2, 1);
    layout->addWidget(buttons, 3, 0, 1, 2);
}

VersionCompareDialog::~VersionCompareDialog() = default;

QString VersionCompareDialog::summary() const
{
    return m_summaryText;
}

void VersionCompareDialog::start()
{
    if (!m_files->isValid()) {
        fail(tr("Cannot create a temporary folder: %1").arg(m_files->errorString()));
        return;
    }
    const qint64 id = m_attachmentId;
    const int left = m_left, right = m_right;
    const QString dir = m_files->path();
    const std::shared_ptr<QTemporaryDir> keep = m_files;
    m_client->call<Fetched>(
        this,
        [id, left, right, dir, keep](StoreWorker &worker) {
            Fetched fetched;
            fetchVersion(worker.connection(), id, left, dir, fetched.leftPath, fetched.leftRendition);
            fetchVersion(worker.connection(), id, right, dir, fetched.rightPath, fetched.rightRendition);
            return fetched;
        },
        [this](Fetched fetched) {
            compareInBackground(fetched.leftPath, fetched.leftRendition, fetched.rightPath,
                                fetched.rightRendition);
        },
        [this](const StoreClient::Failure &failure) { fail(failure.message); });
}

void VersionCompareDialog::compareInBackground(const QString &leftPath, const QString &leftRendition,
                                               const QString &rightPath, const QString &rightRendition)
{
    const std::shared_ptr<QTemporaryDir> keep = m_files; // the files outlive a closed dialog's job
    const QString name = m_name;
    const int left = m_left, right = m_right;
    struct Compared
    {
        Side a;
        Side b;
        TextDiff diff;
    };
    // Extracting and diffing may take a while; the result is dropped if the dialog is closed.
    QtConcurrent::run([keep, name, left, right, leftPath, leftRendition, rightPath, rightRendition] {
        Compared compared;
        compared.a = extract(left, leftPath, name, leftRendition);
        compared.b = extract(right, rightPath, name, rightRendition);
        if (compared.a.hasText && compared.b.hasText)
            compared.diff =
                TextDiff(TextDiff::splitLines(compared.a.text), TextDiff::splitLines(compared.b.text));
        return compared;
    }).then(this, [this](const Compared &compared) { present(compared.a, compared.b, compared.diff); });
}

VersionCompareDialog::Side VersionCompareDialog::extract(int versionNo, const QString &path,
                                                         const QString &name, const QString &renditionPath)
{
    Side side;
    side.versionNo = versionNo;
    const render::ContentType type = render::TypeDetector::detectFile(path, name);
    using Kind = render::ContentType::Kind;
    switch (type.kind) {
    case Kind::Text:
    case Kind::Csv:
    case Kind::Markdown: {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            side.problem = tr("Cannot read %1: %2").arg(name, file.errorString());
            break;
        }
        side.text = render::TextDecoder::decode(file.readAll()).text;
        side.hasText = true;
        break;
    }
    case Kind::Empty:
        side.hasText = true;
        break;
    case Kind::Pdf: {
        render::PageSourceFactory::Input input;
        input.path = path;
        input.name = name;
        input.type = type;
        side.hasText = pdfText(input, side.text, side.problem);
        break;
    }
    case Kind::Office: {
        if (renditionPath.isEmpty()) {
            side.problem = tr("Version %1 is not converted yet: its text can be compared once it has been "
                              "converted to PDF (open it in the single view).")
                               .arg(versionNo);
            break;
        }
        render::PageSourceFactory::Input input;
        input.path = renditionPath;
        input.name = name + QStringLiteral(".pdf");
        side.hasText = pdfText(input, side.text, side.problem);
        break;
    }
    case Kind::Image:
    case Kind::Other:
        side.problem = tr("Version %1 is %2: there is no text to compare.").arg(versionNo).arg(type.label());
        break;
    }
    return side;
}

void VersionCompareDialog::present(const Side &left, const Side &right, const TextDiff &diff)
{
    m_finished = true;
    if (!left.hasText || !right.hasText) {
        QStringList problems;
        for (const Side &side : {left, right}) {
            if (!side.hasText)
                problems.append(side.problem);
        }
        fail(problems.join(u'\n'));
        return;
    }
    m_diff = diff;
    m_compared = true;
    m_summaryText =
        diff.isIdentical()
            ? tr("The texts are identical.")
            : tr("%1 lines added, %2 lines removed").arg(diff.addedCount()).arg(diff.removedCount());
    m_summary->setText(m_summaryText);

    const QColor removed(0xff, 0xdc, 0xda), removedStrong(0xff, 0x9c, 0x94);
    const QColor added(0xd8, 0xf5, 0xd8), addedStrong(0x8a, 0xe2, 0x8a), none(0xee, 0xee, 0xee);
    m_leftView->clear();
    m_rightView->clear();
    QTextCursor l(m_leftView->document()), r(m_rightView->document());
    const auto line = [](QTextCursor &cursor, bool first, const QString &text, const QColor &color,
                         const TextDiff::Span *span, int spanLength, const QColor &strong) {
        if (!first)
            cursor.insertBlock();
        QTextBlockFormat block;
        if (color.isValid())
            block.setBackground(color);
        cursor.setBlockFormat(block);
        if (!span || spanLength == 0) {
            cursor.insertText(text, QTextCharFormat());
            return;
        }
        cursor.insertText(text.left(span->start), QTextCharFormat());
        cursor.insertText(text.mid(span->start, spanLength), background(strong));
        cursor.insertText(text.mid(span->start + spanLength), QTextCharFormat());
    };
    bool first = true;
    for (const TextDiff::Row &row : diff.rows()) {
        const QString a = row.left >= 0 ? diff.leftLines().at(row.left) : QString();
        const QString b = row.right >= 0 ? diff.rightLines().at(row.right) : QString();
        switch (row.kind) {
        case TextDiff::Kind::Same:
            line(l, first, a, QColor(), nullptr, 0, QColor());
            line(r, first, b, QColor(), nullptr, 0, QColor());
            break;
        case TextDiff::Kind::Removed:
            line(l, first, a, removed, nullptr, 0, QColor());
            line(r, first, QString(), none, nullptr, 0, QColor());
            break;
        case TextDiff::Kind::Added:
            line(l, first, QString(), none, nullptr, 0, QColor());
            line(r, first, b, added, nullptr, 0, QColor());
            break;
        case TextDiff::Kind::Changed: {
            const TextDiff::Span span = TextDiff::changedSpan(a, b);
            line(l, first, a, removed, &span, span.leftLength, removedStrong);
            line(r, first, b, added, &span, span.rightLength, addedStrong);
            break;
        }
        }
        first = false;
    }
    m_leftView->moveCursor(QTextCursor::Start);
    m_rightView->moveCursor(QTextCursor::Start);
    emit finished();
}

void VersionCompareDialog::fail(const QString &message)
{
    m_finished = true;
    m_compared = false;
    m_summaryText = message;
    m_summary->setText(message);
    m_summary->setStyleSheet(QStringLiteral("color: #b00020;"));
    emit finished();
}

} // namespace kessai::gui
