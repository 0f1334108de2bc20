// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/PdfA1b.h"

#include <QColorSpace>
#include <QFile>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <set>

namespace kessai::render {

namespace {
/// Finds the first thing in a page's resources (fonts, graphics states, images, forms, colour
/// spaces, recursively) that PDF/A-1 forbids.
class ResourceCheck
{
public:
    QString check(QPDFObjectHandle resources)
    {
        if (!resources.isDictionary())
            return {};
        if (resources.isIndirect() && !m_seen.insert(resources.getObjGen().getObj()).second)
            return {}; // shared by many pages or forms: checked once
        QString problem = fonts(resources.getKey("/Font"));
        if (problem.isEmpty())
            problem = states(resources.getKey("/ExtGState"));
        if (problem.isEmpty())
            problem = xobjects(resources.getKey("/XObject"));
        if (problem.isEmpty())
            problem = colourSpaces(resources.getKey("/ColorSpace"));
        if (problem.isEmpty() && resources.getKey("/Properties").isDictionary() &&
            !resources.getKey("/Properties").getKeys().empty())
            problem = PdfA1b::tr("it uses optional content (layers)");
        return problem;
    }

private:
    static QString name(QPDFObjectHandle font)
    {
        QPDFObjectHandle base = font.getKey("/BaseFont");
        return base.isName() ? QString::fromStdString(base.getName()).mid(1) : PdfA1b::tr("(unnamed)");
    }
    static bool embedded(QPDFObjectHandle descriptor)
    {
        return descriptor.isDictionary() && (descriptor.hasKey("/FontFile") || descriptor.hasKey("/FontFile2") ||
                                             descriptor.hasKey("/FontFile3"));
    }
    static bool isCmyk(QPDFObjectHandle space)
    {
        if (space.isName())
            return space.getName() == "/DeviceCMYK";
        if (space.isArray() && space.getArrayNItems() >= 3) {
            QPDFObjectHandle family = space.getArrayItem(0);
            if (family.isName() && (family.getName() == "/Separation" || family.getName() == "/DeviceN"))
                return isCmyk(space.getArrayItem(2));
        }
        return false;
    }
    static bool hasFilter(QPDFObjectHandle dictionary, const std::string &filter)
    {
        QPDFObjectHandle f = dictionary.getKey("/Filter");
        if (f.isName())
            return f.getName() == filter;
        if (f.isArray())
            for (int i = 0; i < f.getArrayNItems(); ++i)
                if (f.getArrayItem(i).isName() && f.getArrayItem(i).getName() == filter)
                    return true;
        return false;
    }

    QString fonts(QPDFObjectHandle fonts)
    {
        if (!fonts.isDictionary())
            return {};
        for (const std::string &key : fonts.getKeys()) {
            QPDFObjectHandle font = fonts.getKey(key);
            if (!font.isDictionary())
                continue;
            QPDFObjectHandle subtype = font.getKey("/Subtype");
            if (subtype.isName() && subtype.getName() == "/Type3") {
                const QString problem = check(font.getKey("/Resources"));
                if (!problem.isEmpty())
                    return problem;
                continue;
            }
            QPDFObjectHandle described = font;
            if (subtype.isName() && subtype.getName() == "/Type0") {
                QPDFObjectHandle descendants = font.getKey("/DescendantFonts");
                if (descendants.isArray() && descendants.getArrayNItems() > 0)
                    described = descendants.getArrayItem(0);
            }
            if (!embedded(described.getKey("/FontDescriptor")))
                return PdfA1b::tr("the font %1 is not embedded").arg(name(font));
        }
        return {};
    }
    QString states(QPDFObjectHandle states)
    {
        if (!states.isDictionary())
            return {};
        for (const std::string &key : states.getKeys()) {
            QPDFObjectHandle state = states.getKey(key);
            if (!state.isDictionary())
                continue;
            QPDFObjectHandle mask = state.getKey("/SMask");
            if (mask.isDictionary() || (mask.isName() && mask.getName() != "/None"))
                return PdfA1b::tr("it uses transparency (soft mask)");
            for (const char *alpha : {"/CA", "/ca"}) {
                QPDFObjectHandle value = state.getKey(alpha);
                if (value.isNumber() && value.getNumericValue() < 1.0)
                    return PdfA1b::tr("it uses transparency (opacity)");
            }
            QPDFObjectHandle blend = state.getKey("/BM");
            if (blend.isName() && blend.getName() != "/Normal" && blend.getName() != "/Compatible")
                return PdfA1b::tr("it uses transparency (blend mode)");
            if (state.hasKey("/TR"))
                return PdfA1b::tr("it uses a transfer function");
        }
        return {};
    }
    QString xobjects(QPDFObjectHandle xobjects)
    {
        if (!xobjects.isDictionary())
            return {};
        for (const std::string &key : xobjects.getKeys()) {
            QPDFObjectHandle object = xobjects.getKey(key);
            if (!object.isStream())
                continue;
            QPDFObjectHandle dictionary = object.getDict();
            QPDFObjectHandle subtype = dictionary.getKey("/Subtype");
            if (!subtype.isName())
                continue;
            if (subtype.getName() == "/Image") {
                if (dictionary.hasKey("/SMask"))
                    return PdfA1b::tr("an image uses transparency (soft mask)");
                if (hasFilter(dictionary, "/JPXDecode"))
                    return PdfA1b::tr("an image is JPEG 2000");
                if (dictionary.hasKey("/Alternates") || dictionary.hasKey("/OPI"))
                    return PdfA1b::tr("an image has alternates");
                if (isCmyk(dictionary.getKey("/ColorSpace")))
                    return PdfA1b::tr("an image is in CMYK colour");
            } else if (subtype.getName() == "/Form") {
                QPDFObjectHandle group = dictionary.getKey("/Group");
                if (group.isDictionary() && group.getKey("/S").isName() &&
                    group.getKey("/S").getName() == "/Transparency")
                    return PdfA1b::tr("it uses transparency (group)");
                const QString problem = check(dictionary.getKey("/Resources"));
                if (!problem.isEmpty())
                    return problem;
            } else if (subtype.getName() == "/PS") {
                return PdfA1b::tr("it contains PostScript");
            }
        }
        return {};
    }
    QString colourSpaces(QPDFObjectHandle spaces)
    {
        if (!spaces.isDictionary())
            return {};
        for (const std::string &key : spaces.getKeys())
            if (isCmyk(spaces.getKey(key)))
                return PdfA1b::tr("it uses CMYK colour");
        return {};
    }

    std::set<int> m_seen;
};

/// Stops at the first operator that sets DeviceCMYK colour directly (k, K).
class CmykOperators final : public QPDFObjectHandle::ParserCallbacks
{
public:
    bool found = false;
    void handleObject(QPDFObjectHandle object) override
    {
        if (object.isOperator() && (object.getOperatorValue() == "k" || object.getOperatorValue() == "K")) {
            found = true;
            terminateParsing();
        }
    }
    void handleEOF() override {}
};

QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString infoValue(const QList<std::pair<QString, QString>> &information, const QString &key)
{
    for (const auto &[k, v] : information)
        if (k == key)
            return v;
    return {};
}
} // namespace

QString PdfA1b::obstacle(QPDFPageObjectHelper &page)
{
    QPDFObjectHandle object = page.getObjectHandle();
    QPDFObjectHandle group = object.getKey("/Group");
    if (group.isDictionary() && group.getKey("/S").isName() && group.getKey("/S").getName() == "/Transparency")
        return tr("it uses transparency (group)");
    QPDFObjectHandle annotations = object.getKey("/Annots");
    if (annotations.isArray()) {
        for (int i = 0; i < annotations.getArrayNItems(); ++i) {
            QPDFObjectHandle annotation = annotations.getArrayItem(i);
            if (!annotation.isDictionary())
                continue;
            QPDFObjectHandle subtype = annotation.getKey("/Subtype");
            const std::string kind = subtype.isName() ? subtype.getName() : std::string();
            if (kind == "/FileAttachment" || kind == "/Sound" || kind == "/Movie")
                return tr("it has a %1 annotation").arg(QString::fromStdString(kind).mid(1));
            if (kind == "/Popup")
                continue; // shown with its parent
            QPDFObjectHandle flags = annotation.getKey("/F");
            const long long f = flags.isInteger() ? flags.getIntValue() : 0;
            // Print (4) set; Invisible (1), Hidden (2), NoView (32) clear.
            if (!(f & 4) || (f & (1 | 2 | 32)))
                return tr("it has an annotation that does not print");
        }
    }
    ResourceCheck resources;
    const QString problem = resources.check(page.getAttribute("/Resources", false));
    if (!problem.isEmpty())
        return problem;
    CmykOperators cmyk;
    page.parseContents(&cmyk);
    if (cmyk.found)
        return tr("it uses CMYK colour");
    return {};
}

QByteArray PdfA1b::srgbProfile()
{
    QFile qtProfile(QStringLiteral(":/qpdf/sRGB2014.icc"));
    if (qtProfile.open(QIODevice::ReadOnly))
        return qtProfile.readAll();
    return QColorSpace(QColorSpace::SRgb).iccProfile();
}

QByteArray PdfA1b::xmp(const QList<std::pair<QString, QString>> &information, const QDateTime &created)
{
    const QString date = created.toUTC().toString(Qt::ISODate); // 2026-12-03T22:47:00Z, as /CreationDate
    QString kessai;
    for (const auto &[key, value] : information) {
        if (key.startsWith(QLatin1String("Kessai")) && !value.isEmpty())
            kessai += QStringLiteral("   <kessai:%1>%2</kessai:%1>\n").arg(key, xmlEscaped(value));
    }
    // The Kessai keys are described by a PDF/A extension schema, as PDF/A-1 requires of any
    // property outside the predefined schemas.
    QString schema;
    for (const auto &[key, value] : information) {
        if (!key.startsWith(QLatin1String("Kessai")))
            continue;
        schema += QStringLiteral("        <rdf:li rdf:parseType=\"Resource\">\n"
                                 "         <pdfaProperty:name>%1</pdfaProperty:name>\n"
                                 "         <pdfaProperty:valueType>Text</pdfaProperty:valueType>\n"
                                 "         <pdfaProperty:category>external</pdfaProperty:category>\n"
                                 "         <pdfaProperty:description>%2</pdfaProperty:description>\n"
                                 "        </rdf:li>\n")
                      .arg(key, key == QLatin1String("KessaiDocument")
                                    ? QStringLiteral("Kessai document id")
                                    : key == QLatin1String("KessaiAuditEvent")
                                          ? QStringLiteral("audit log position of the decision")
                                          : QStringLiteral("audit chain hash of the decision"));
    }
    const QString author = infoValue(information, QStringLiteral("Author"));
    QString xml = QStringLiteral("<?xpacket begin=\"") + QChar(0xFEFF) +
                  QStringLiteral("\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                                 "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                                 " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                                 "  <rdf:Description rdf:about=\"\"\n"
                                 "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
                                 "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
                                 "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
                                 "    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"\n"
                                 "    xmlns:kessai=\"urn:kessai:record:1\">\n"
                                 "   <pdfaid:part>1</pdfaid:part>\n"
                                 "   <pdfaid:conformance>B</pdfaid:conformance>\n");
    xml += QStringLiteral("   <dc:format>application/pdf</dc:format>\n");
    xml += QStringLiteral("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n")
               .arg(xmlEscaped(infoValue(information, QStringLiteral("Title"))));
    if (!author.isEmpty())
        xml += QStringLiteral("   <dc:creator><rdf:Seq><rdf:li>%1</rdf:li></rdf:Seq></dc:creator>\n").arg(xmlEscaped(author));
    const QString subject = infoValue(information, QStringLiteral("Subject"));
    if (!subject.isEmpty())
        xml += QStringLiteral("   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt>"
                              "</dc:description>\n")
                   .arg(xmlEscaped(subject));
    const QString keywords = infoValue(information, QStringLiteral("Keywords"));
    if (!keywords.isEmpty())
        xml += QStringLiteral("   <pdf:Keywords>%1</pdf:Keywords>\n").arg(xmlEscaped(keywords));
    const QString creator = infoValue(information, QStringLiteral("Creator"));
    if (!creator.isEmpty())
        xml += QStringLiteral("   <xmp:CreatorTool>%1</xmp:CreatorTool>\n").arg(xmlEscaped(creator));
    xml += QStringLiteral("   <xmp:CreateDate>%1</xmp:CreateDate>\n"
                          "   <xmp:ModifyDate>%1</xmp:ModifyDate>\n"
                          "   <xmp:MetadataDate>%1</xmp:MetadataDate>\n")
               .arg(date);
    xml += kessai;
    xml += QStringLiteral("  </rdf:Description>\n");
    if (!schema.isEmpty())
        xml += QStringLiteral("  <rdf:Description rdf:about=\"\"\n"
                              "    xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"\n"
                              "    xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"\n"
                              "    xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
                              "   <pdfaExtension:schemas>\n"
                              "    <rdf:Bag>\n"
                              "     <rdf:li rdf:parseType=\"Resource\">\n"
                              "      <pdfaSchema:schema>Kessai record</pdfaSchema:schema>\n"
                              "      <pdfaSchema:namespaceURI>urn:kessai:record:1</pdfaSchema:namespaceURI>\n"
                              "      <pdfaSchema:prefix>kessai</pdfaSchema:prefix>\n"
                              "      <pdfaSchema:property>\n"
                              "       <rdf:Seq>\n%1"
                              "       </rdf:Seq>\n"
                              "      </pdfaSchema:property>\n"
                              "     </rdf:li>\n"
                              "    </rdf:Bag>\n"
                              "   </pdfaExtension:schemas>\n"
                              "  </rdf:Description>\n")
                   .arg(schema);
    xml += QStringLiteral(" </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
    return xml.toUtf8();
}

void PdfA1b::mark(QPDF &pdf, const QList<std::pair<QString, QString>> &information, const QDateTime &created)
{
    QPDFObjectHandle metadata = QPDFObjectHandle::newStream(&pdf, xmp(information, created).toStdString());
    metadata.getDict().replaceKey("/Type", QPDFObjectHandle::newName("/Metadata"));
    metadata.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/XML"));
    pdf.getRoot().replaceKey("/Metadata", metadata);

    QPDFObjectHandle profile = QPDFObjectHandle::newStream(&pdf, srgbProfile().toStdString());
    profile.getDict().replaceKey("/N", QPDFObjectHandle::newInteger(3));
    QPDFObjectHandle intent = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
    intent.replaceKey("/Type", QPDFObjectHandle::newName("/OutputIntent"));
    intent.replaceKey("/S", QPDFObjectHandle::newName("/GTS_PDFA1"));
    intent.replaceKey("/OutputConditionIdentifier", QPDFObjectHandle::newString(kOutputCondition));
    intent.replaceKey("/Info", QPDFObjectHandle::newString(kOutputCondition));
    intent.replaceKey("/DestOutputProfile", profile);
    pdf.getRoot().replaceKey("/OutputIntents", QPDFObjectHandle::newArray({intent}));
}

} // namespace kessai::render
