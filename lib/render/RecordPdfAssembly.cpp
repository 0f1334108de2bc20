// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/RecordPdfAssembly.h"

#include "render/PdfA1b.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>

#include <qpdf/Constants.h>
#include <qpdf/Pipeline.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEFStreamObjectHelper.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFFileSpecObjectHelper.hh>
#include <qpdf/QPDFMatrix.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <map>
#include <memory>
#include <stdexcept>
#include <vector>

namespace kessai::render {

namespace {
Q_LOGGING_CATEGORY(lcAssembly, "kessai.render.record", QtWarningMsg)

/// File names as qpdf opens them (it takes UTF-8 on Windows).
QByteArray nativeName(const QString &path)
{
#ifdef Q_OS_WIN
    return path.toUtf8();
#else
    return QFile::encodeName(path);
#endif
}

std::unique_ptr<QPDF> openPdf(const QString &path, const QString &password)
{
    auto pdf = std::make_unique<QPDF>();
    pdf->setSuppressWarnings(true);
    const QByteArray secret = password.toUtf8();
    pdf->processFile(nativeName(path).constData(), password.isEmpty() ? nullptr : secret.constData());
    return pdf;
}

QSizeF displayedSize(QPDFPageObjectHelper &page)
{
    const QPDFObjectHandle::Rectangle box = page.getCropBox().getArrayAsRectangle();
    QSizeF size(std::abs(box.urx - box.llx), std::abs(box.ury - box.lly));
    QPDFObjectHandle rotate = page.getAttribute("/Rotate", false);
    const int degrees = rotate.isInteger() ? int(((rotate.getIntValue() % 360) + 360) % 360) : 0;
    if (degrees == 90 || degrees == 270)
        size.transpose();
    return size;
}

/// qpdf writes into the QSaveFile: an error (disk full) stops the write and nothing is committed.
class SaveFilePipeline final : public Pipeline
{
public:
    explicit SaveFilePipeline(QSaveFile &file)
        : Pipeline("kessai-record", nullptr)
        , m_file(file)
    {}
    void write(unsigned char const *data, size_t length) override
    {
        if (m_file.write(reinterpret_cast<const char *>(data), qint64(length)) != qint64(length))
            throw std::runtime_error(m_file.errorString().toStdString());
    }
    void finish() override
    {
        if (!m_file.flush())
            throw std::runtime_error(m_file.errorString().toStdString());
    }

private:
    QSaveFile &m_file;
};

/// A stamp page as a form XObject in out. Qt draws each page as one content stream with
/// its resources as an object of their own: the form is that stream, copied, with the form's
/// keys. (qpdf's getFormXObjectForPage makes a new stream in the overlay file for every page, and
/// qpdf counts every object of a file each time a stream is made: quadratic in the pages.)
QPDFObjectHandle stampForm(QPDF &out, QPDFPageObjectHelper &overlay)
{
    QPDFObjectHandle page = overlay.getObjectHandle();
    QPDFObjectHandle contents = page.getKey("/Contents");
    QPDFObjectHandle resources = page.getKey("/Resources");
    if (!contents.isStream() || !resources.isIndirect() || page.hasKey("/Rotate"))
        return out.copyForeignObject(overlay.getFormXObjectForPage());
    QPDFObjectHandle form = out.copyForeignObject(contents);
    QPDFObjectHandle dictionary = form.getDict();
    dictionary.replaceKey("/Type", QPDFObjectHandle::newName("/XObject"));
    dictionary.replaceKey("/Subtype", QPDFObjectHandle::newName("/Form"));
    dictionary.replaceKey("/BBox", QPDFObjectHandle::newFromRectangle(overlay.getMediaBox().getArrayAsRectangle()));
    dictionary.replaceKey("/Resources", out.copyForeignObject(resources));
    return form;
}

/// Lays the stamps over the output pages, above each page's content (as qpdf --overlay does).
/// Every frame and mark is one form XObject for the whole record, and every content stream it
/// adds is shared by the pages that need the same bytes (one "q"; one placement per page geometry
/// and frame; one per geometry, digit and position): the overlay costs a few dictionary entries
/// per page, not a page drawn and copied for each (docs/performance.md).
class StampPlacer
{
public:
    StampPlacer(QPDF &out, std::vector<QPDFPageObjectHelper> &stamps, std::vector<QPDFPageObjectHelper> &pages)
        : m_out(out)
        , m_stamps(stamps)
    {
        m_prefix = uniquePrefix(pages);
    }

    void place(QPDFPageObjectHelper &page, const RecordPdfAssembly::Overlay &overlay)
    {
        if (overlay.frame < 0 || overlay.frame >= int(m_stamps.size()))
            return;
        QPDFObjectHandle object = page.getObjectHandle();
        QPDFObjectHandle resources = object.getKey("/Resources");
        resources = resources.isDictionary() ? resources.shallowCopy() : QPDFObjectHandle::newDictionary();
        QPDFObjectHandle xobjects = resources.getKey("/XObject");
        xobjects = xobjects.isDictionary() ? xobjects.shallowCopy() : QPDFObjectHandle::newDictionary();
        QPDFObjectHandle frame = form(overlay.frame);
        const std::string frameName = name(overlay.frame);
        xobjects.replaceKey(frameName, frame);
        const QPDFMatrix matrix =
            page.getMatrixForFormXObjectPlacement(frame, page.getCropBox().getArrayAsRectangle(), true, true, true);
        const std::string placed = "q\n" + matrix.unparse() + " cm\n";
        std::vector<QPDFObjectHandle> after{stream("\nQ\n" + placed + frameName + " Do\nQ\n")};
        for (const RecordPdfAssembly::Mark &mark : overlay.marks) {
            if (mark.stamp < 0 || mark.stamp >= int(m_stamps.size()))
                continue;
            const std::string markName = name(mark.stamp);
            xobjects.replaceKey(markName, form(mark.stamp));
            after.push_back(stream(placed + "1 0 0 1 " + number(mark.offset.x()) + " " + number(mark.offset.y()) +
                                   " cm\n" + markName + " Do\nQ\n"));
        }
        resources.replaceKey("/XObject", xobjects);
        object.replaceKey("/Resources", resources);
        // The page's own content in q … Q, so a state it leaves set cannot move the overlay.
        page.addPageContents(stream("q\n"), true);
        for (QPDFObjectHandle &content : after)
            page.addPageContents(content, false);
    }

private:
    /// Names no page of the record uses already (an attachment may be a record itself).
    static std::string uniquePrefix(std::vector<QPDFPageObjectHelper> &pages)
    {
        for (;;) {
            const std::string prefix =
                "/Kessai" + QByteArray::number(QRandomGenerator::global()->bounded(0x100000, 0xFFFFFF), 16).toStdString();
            bool used = false;
            for (QPDFPageObjectHelper &page : pages) {
                QPDFObjectHandle xobjects = page.getObjectHandle().getKey("/Resources").getKey("/XObject");
                if (!xobjects.isDictionary())
                    continue;
                for (const std::string &key : xobjects.getKeys())
                    used = used || key.rfind(prefix, 0) == 0;
            }
            if (!used)
                return prefix;
        }
    }
    std::string name(int stamp) const { return m_prefix + "S" + std::to_string(stamp); }
    static std::string number(qreal value) { return QByteArray::number(value, 'f', 3).toStdString(); }
    QPDFObjectHandle form(int stamp)
    {
        QPDFObjectHandle &made = m_forms[stamp];
        if (!made.isInitialized())
            made = stampForm(m_out, m_stamps[size_t(stamp)]);
        return made;
    }
    QPDFObjectHandle stream(const std::string &data)
    {
        QPDFObjectHandle &shared = m_streams[data];
        if (!shared.isInitialized())
            shared = QPDFObjectHandle::newStream(&m_out, data);
        return shared;
    }

    QPDF &m_out;
    std::vector<QPDFPageObjectHelper> &m_stamps;
    std::string m_prefix;
    std::map<int, QPDFObjectHandle> m_forms;
    std::map<std::string, QPDFObjectHandle> m_streams;
};

void addBookmarks(QPDF &out, std::vector<QPDFPageObjectHelper> &pages,
                  const QList<RecordPdfAssembly::Bookmark> &bookmarks)
{
    QPDFObjectHandle outlines = out.makeIndirectObject(QPDFObjectHandle::newDictionary());
    outlines.replaceKey("/Type", QPDFObjectHandle::newName("/Outlines"));
    QPDFObjectHandle previous;
    int count = 0;
    for (const RecordPdfAssembly::Bookmark &bookmark : bookmarks) {
        if (bookmark.page < 0 || bookmark.page >= int(pages.size()))
            continue;
        QPDFObjectHandle item = out.makeIndirectObject(QPDFObjectHandle::newDictionary());
        item.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(bookmark.title.toStdString()));
        item.replaceKey("/Parent", outlines);
        item.replaceKey("/Dest", QPDFObjectHandle::newArray({pages[size_t(bookmark.page)].getObjectHandle(),
                                                             QPDFObjectHandle::newName("/Fit")}));
        if (previous.isInitialized()) {
            previous.replaceKey("/Next", item);
            item.replaceKey("/Prev", previous);
        } else {
            outlines.replaceKey("/First", item);
        }
        previous = item;
        ++count;
    }
    if (!count)
        return;
    outlines.replaceKey("/Last", previous);
    outlines.replaceKey("/Count", QPDFObjectHandle::newInteger(count));
    out.getRoot().replaceKey("/Outlines", outlines);
    out.getRoot().replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
}

bool alreadyCompressed(const RecordPdfAssembly::EmbeddedFile &file)
{
    static const QStringList kinds{QStringLiteral("application/pdf"), QStringLiteral("image/png"),
                                   QStringLiteral("image/jpeg"), QStringLiteral("image/gif"),
                                   QStringLiteral("image/webp"), QStringLiteral("application/zip"),
                                   QStringLiteral("application/vnd.openxmlformats-officedocument"),
                                   QStringLiteral("application/vnd.oasis.opendocument")};
    for (const QString &kind : kinds) {
        if (file.mimeType.startsWith(kind))
            return true;
    }
    return false;
}

void embedFiles(QPDF &out, const QList<RecordPdfAssembly::EmbeddedFile> &files)
{
    QPDFEmbeddedFileDocumentHelper embedded(out);
    int index = 0;
    for (const RecordPdfAssembly::EmbeddedFile &file : files) {
        const QString path = file.path;
        // Read when the PDF is written, a piece at a time: a large original never sits in memory.
        QPDFEFStreamObjectHelper stream = QPDFEFStreamObjectHelper::createEFStream(out, [path](Pipeline *pipeline) {
            QFile input(path);
            if (!input.open(QIODevice::ReadOnly))
                throw std::runtime_error(
                    RecordPdfAssembly::tr("%1 cannot be read: %2").arg(path, input.errorString()).toStdString());
            for (QByteArray chunk = input.read(1 << 20); !chunk.isEmpty(); chunk = input.read(1 << 20))
                pipeline->write(reinterpret_cast<const unsigned char *>(chunk.constData()), size_t(chunk.size()));
            pipeline->finish();
        });
        if (!file.mimeType.isEmpty())
            stream.setSubtype(file.mimeType.toStdString());
        // PDFs, images and office files are compressed already: deflating them again cost the
        // record a tenth of its time for a few per cent of size. They go in as they are.
        if (alreadyCompressed(file))
            stream.getObjectHandle().setFilterOnWrite(false);
        stream.setModDate(
            QFileInfo(path).lastModified().toUTC().toString(QStringLiteral("'D:'yyyyMMddHHmmss'Z'")).toStdString());
        QPDFFileSpecObjectHelper spec = QPDFFileSpecObjectHelper::createFileSpec(out, file.name.toStdString(), stream);
        spec.setDescription(file.description.toStdString());
        embedded.replaceEmbeddedFile(QStringLiteral("%1 %2").arg(++index, 3, 10, QLatin1Char('0')).arg(file.name).toStdString(),
                                     spec);
    }
}
} // namespace

QString RecordPdfAssembly::passwordProblem()
{
    return tr("The PDF is protected by a password and was not unlocked.");
}

/// A source PDF, open from planning until the record is written (qpdf reads its streams then).
struct RecordPdfAssembly::Opened
{
    std::unique_ptr<QPDF> pdf;
    std::vector<QPDFPageObjectHelper> pages;
};

RecordPdfAssembly::RecordPdfAssembly() = default;
RecordPdfAssembly::~RecordPdfAssembly() = default;

int RecordPdfAssembly::open(const QString &path, const QString &password, QList<QSizeF> *sizes, QString *why)
{
    try {
        auto opened = std::make_unique<Opened>();
        opened->pdf = openPdf(path, password);
        opened->pages = QPDFPageDocumentHelper(*opened->pdf).getAllPages();
        sizes->clear();
        for (QPDFPageObjectHelper &page : opened->pages)
            sizes->append(displayedSize(page));
        if (sizes->isEmpty()) {
            *why = tr("The PDF has no pages.");
            return -1;
        }
        m_sources.push_back(std::move(opened));
        return int(m_sources.size()) - 1;
    } catch (const QPDFExc &e) {
        *why = e.getErrorCode() == qpdf_e_password ? passwordProblem()
                                                    : tr("The PDF is damaged: %1").arg(QString::fromStdString(e.what()));
    } catch (const std::exception &e) {
        *why = tr("The PDF is damaged: %1").arg(QString::fromStdString(e.what()));
    }
    return -1;
}

QString RecordPdfAssembly::pdfAObstacle(int source)
{
    if (source < 0 || source >= int(m_sources.size()))
        return {};
    try {
        Opened &opened = *m_sources[size_t(source)]; // encryption stays behind: pages are copied decrypted
        for (size_t i = 0; i < opened.pages.size(); ++i) {
            const QString problem = PdfA1b::obstacle(opened.pages[i]);
            if (!problem.isEmpty())
                return tr("page %1: %2").arg(i + 1).arg(problem);
        }
    } catch (const std::exception &e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

void RecordPdfAssembly::setGenerated(const QString &generated, const QString &stamps, const QList<Overlay> &overlays)
{
    m_generated = generated;
    m_stamps = stamps;
    m_overlays = overlays;
}

bool RecordPdfAssembly::write(const QList<OutputPage> &pages, const QList<Bookmark> &bookmarks,
                              const QList<EmbeddedFile> &files, const QList<std::pair<QString, QString>> &information,
                              const QString &path, const std::function<bool(int)> &progress)
{
    m_error.clear();
    QSaveFile file(path);
    QElapsedTimer clock; // QT_LOGGING_RULES=kessai.render.record.debug=true
    clock.start();
    try {
        std::unique_ptr<QPDF> generated = openPdf(m_generated, {});
        std::vector<QPDFPageObjectHelper> generatedPages = QPDFPageDocumentHelper(*generated).getAllPages();

        QPDF out;
        out.emptyPDF();
        out.setSuppressWarnings(true);
        QPDFPageDocumentHelper outPages(out);
        for (int i = 0; i < pages.size(); ++i) {
            const OutputPage &page = pages.at(i);
            if (page.source < 0) {
                outPages.addPage(generatedPages.at(size_t(page.page)), false);
            } else {
                outPages.addPage(m_sources.at(size_t(page.source))->pages.at(size_t(page.page)), false);
            }
            if (progress && i % 16 == 0 && !progress(i))
                return false;
        }
        qCDebug(lcAssembly) << "  copied" << pages.size() << "pages in" << clock.restart() << "ms";
        std::unique_ptr<QPDF> stamps = openPdf(m_stamps, {});
        std::vector<QPDFPageObjectHelper> stampPages = QPDFPageDocumentHelper(*stamps).getAllPages();
        std::vector<QPDFPageObjectHelper> all = outPages.getAllPages();
        StampPlacer placer(out, stampPages, all);
        for (size_t i = 0; i < all.size() && i < size_t(m_overlays.size()); ++i)
            placer.place(all[i], m_overlays.at(qsizetype(i)));
        qCDebug(lcAssembly) << "  placed the overlays in" << clock.restart() << "ms";
        addBookmarks(out, all, bookmarks);
        embedFiles(out, files);
        QPDFObjectHandle info = out.makeIndirectObject(QPDFObjectHandle::newDictionary());
        for (const auto &[key, value] : information) {
            if (!value.isEmpty())
                info.replaceKey("/" + key.toStdString(), QPDFObjectHandle::newUnicodeString(value.toStdString()));
        }
        const QDateTime created = QDateTime::currentDateTimeUtc();
        const std::string date = created.toString(QStringLiteral("'D:'yyyyMMddHHmmss'Z'")).toStdString();
        info.replaceKey("/CreationDate", QPDFObjectHandle::newString(date));
        info.replaceKey("/ModDate", QPDFObjectHandle::newString(date));
        out.getTrailer().replaceKey("/Info", info);
        if (m_pdfA)
            PdfA1b::mark(out, information, created);

        if (!file.open(QIODevice::WriteOnly)) {
            m_error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return false;
        }
        SaveFilePipeline pipeline(file);
        QPDFWriter writer(out);
        writer.setOutputPipeline(&pipeline);
        if (m_pdfA) {
            // PDF/A-1 is PDF 1.4: no object or cross-reference streams.
            writer.setObjectStreamMode(qpdf_o_disable);
            writer.forcePDFVersion("1.4");
        } else {
            // As qpdf's own default (and the raw merge of the benchmark): generating object
            // streams cost a fifth of the time for a tenth of the size.
            writer.setObjectStreamMode(qpdf_o_preserve);
        }
        qCDebug(lcAssembly) << "  bookmarks, files, information in" << clock.restart() << "ms";
        writer.write();
        qCDebug(lcAssembly) << "  qpdf wrote the file in" << clock.restart() << "ms";
        if (progress && !progress(int(pages.size())))
            return false; // QSaveFile discards what was written
        if (!file.commit()) {
            m_error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return false;
        }
        return true;
    } catch (const std::exception &e) {
        file.cancelWriting();
        m_error = tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), QString::fromStdString(e.what()));
    }
    return false;
}

} // namespace kessai::render
