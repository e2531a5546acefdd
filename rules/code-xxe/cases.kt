package com.example.bank.statements

import android.util.Xml
import javax.xml.XMLConstants
import javax.xml.parsers.DocumentBuilderFactory
import javax.xml.parsers.SAXParserFactory
import javax.xml.stream.XMLInputFactory
import javax.xml.transform.TransformerFactory
import org.xmlpull.v1.XmlPullParser
import org.xmlpull.v1.XmlPullParserFactory

private const val NO_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl"

class StatementParser {
    fun parseStatement(input: InputStream): Document {
        val factory = DocumentBuilderFactory.newInstance()
        //            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ code-xxe: DocumentBuilderFactory
        return factory.newDocumentBuilder().parse(input)
    }

    fun parseSax(input: InputStream, handler: DefaultHandler) {
        val spf = SAXParserFactory.newInstance()
        //        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ code-xxe
        spf.isNamespaceAware = true
        spf.newSAXParser().parse(input, handler)
    }

    fun parseStax(input: InputStream) {
        val xif = XMLInputFactory.newFactory()
        //        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ code-xxe: XMLInputFactory
        xif.createXMLStreamReader(input)
    }

    fun transform(source: Source, result: Result) {
        TransformerFactory.newInstance().newTransformer().transform(source, result)
//      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ code-xxe: TransformerFactory
    }

    fun inline(input: InputStream) = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(input)
    //                               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ code-xxe

    fun pullWithDocdecl(input: InputStream) {
        val parser = Xml.newPullParser()
        parser.setFeature(XmlPullParser.FEATURE_PROCESS_DOCDECL, true)
        //                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ code-xxe 💡: FEATURE_PROCESS_DOCDECL
        parser.setInput(input, null)
    }

    fun hardened(input: InputStream): Document {
        // ok: code-xxe (DOCTYPE disallowed before parsing)
        val factory = DocumentBuilderFactory.newInstance()
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true)
        return factory.newDocumentBuilder().parse(input)
    }

    fun hardenedApply(input: InputStream): Document {
        // ok: code-xxe (apply {} scope with property syntax)
        val factory = DocumentBuilderFactory.newInstance().apply {
            isExpandEntityReferences = false
            setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true)
        }
        return factory.newDocumentBuilder().parse(input)
    }

    fun hardenedConstant(input: InputStream, handler: DefaultHandler) {
        // ok: code-xxe (feature name from a const val)
        val spf = SAXParserFactory.newInstance()
        spf.setFeature(NO_DOCTYPE, true)
        spf.newSAXParser().parse(input, handler)
    }

    fun hardenedStax(input: InputStream) {
        // ok: code-xxe (DTD support off)
        val xif = XMLInputFactory.newInstance()
        xif.setProperty(XMLInputFactory.SUPPORT_DTD, false)
        xif.createXMLStreamReader(input)
    }

    fun hardenedTransformer(source: Source, result: Result) {
        // ok: code-xxe (external DTDs blocked)
        val tf = TransformerFactory.newInstance()
        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "")
        tf.newTransformer().transform(source, result)
    }

    fun pull(input: InputStream) {
        // ok: code-xxe (XmlPullParser ignores DOCTYPE by default)
        val parser = XmlPullParserFactory.newInstance().newPullParser()
        // ok: code-xxe (namespace feature is harmless)
        parser.setFeature(XmlPullParser.FEATURE_PROCESS_NAMESPACES, true)
        // ok: code-xxe (turned off explicitly)
        parser.setFeature(XmlPullParser.FEATURE_PROCESS_DOCDECL, false)
    }
}
