package com.example.bank.statements;

import android.util.Xml;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.transform.TransformerFactory;
import org.xmlpull.v1.XmlPullParser;

public class StatementImporter {
    private static final String DISALLOW = "http://apache.org/xml/features/disallow-doctype-decl";
    private final DocumentBuilderFactory hardenedField = DocumentBuilderFactory.newInstance();

    StatementImporter() throws Exception {
        hardenedField.setFeature(DISALLOW, true);
    }

    Document parse(InputStream in) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        //                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ code-xxe: disallow-doctype-decl
        dbf.setNamespaceAware(true);
        return dbf.newDocumentBuilder().parse(in);
    }

    void sax(InputStream in, DefaultHandler h) throws Exception {
        SAXParserFactory f = javax.xml.parsers.SAXParserFactory.newInstance();
        //                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ code-xxe
        f.newSAXParser().parse(in, h);
    }

    void stax(InputStream in) throws Exception {
        XMLInputFactory xif = XMLInputFactory.newInstance();
        //                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ code-xxe
        xif.createXMLStreamReader(in);
    }

    void pull(InputStream in) throws Exception {
        XmlPullParser p = Xml.newPullParser();
        p.setFeature("http://xmlpull.org/v1/doc/features.html#process-docdecl", false);
        //           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ code-xxe 💡
        p.setInput(in, null);
    }

    Document hardened(InputStream in) throws Exception {
        // ok: code-xxe (DOCTYPE disallowed through a constant)
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature(DISALLOW, true);
        return dbf.newDocumentBuilder().parse(in);
    }

    Document secure(InputStream in) throws Exception {
        // ok: code-xxe (secure processing and no entity expansion)
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        dbf.setExpandEntityReferences(false);
        return dbf.newDocumentBuilder().parse(in);
    }

    void stax2(InputStream in) throws Exception {
        // ok: code-xxe (DTD support off)
        XMLInputFactory xif = XMLInputFactory.newInstance();
        xif.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        xif.createXMLStreamReader(in);
    }

    static DocumentBuilderFactory newFactory() {
        // ok: code-xxe (helper returns the bare factory; the file hardens it)
        return DocumentBuilderFactory.newInstance();
    }

    static void configure(DocumentBuilderFactory f) throws Exception {
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    }
}

class FeedReader {
    private final SAXParserFactory plainField = SAXParserFactory.newInstance();
    //                                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ code-xxe

    void read(InputStream in, DefaultHandler h) throws Exception {
        plainField.newSAXParser().parse(in, h);
    }
}
