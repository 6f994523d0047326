package org.caucus.exchange;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Streams a REFI-QDA XML document (project.qde or a .qdc codebook) element by element, so that a
 * large project is never held in memory as a tree. Attributes are given as name, value pairs;
 * those with a {@code null} value are left out.
 */
final class QdaXmlWriter implements AutoCloseable {

    private final XMLStreamWriter xml;

    QdaXmlWriter(OutputStream out) {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        } catch (XMLStreamException e) {
            throw new ExchangeException("Could not start writing XML", e);
        }
    }

    /** Opens the root element in its namespace. */
    QdaXmlWriter root(String name, String namespace, String... attributes) {
        try {
            xml.writeStartElement(name);
            xml.writeDefaultNamespace(namespace);
            attributes(attributes);
            return this;
        } catch (XMLStreamException e) {
            throw new ExchangeException("Could not write " + name, e);
        }
    }

    QdaXmlWriter start(String name, String... attributes) {
        try {
            xml.writeStartElement(name);
            attributes(attributes);
            return this;
        } catch (XMLStreamException e) {
            throw new ExchangeException("Could not write " + name, e);
        }
    }

    QdaXmlWriter empty(String name, String... attributes) {
        try {
            xml.writeEmptyElement(name);
            attributes(attributes);
            return this;
        } catch (XMLStreamException e) {
            throw new ExchangeException("Could not write " + name, e);
        }
    }

    /** An element holding only text; nothing is written when the text is {@code null}. */
    QdaXmlWriter text(String name, String text) {
        if (text == null) {
            return this;
        }
        try {
            xml.writeStartElement(name);
            xml.writeCharacters(text);
            xml.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new ExchangeException("Could not write " + name, e);
        }
    }

    QdaXmlWriter end() {
        try {
            xml.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new ExchangeException("Could not close an element", e);
        }
    }

    /** Ends the document and flushes it; the stream underneath stays open. */
    @Override
    public void close() {
        try {
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new ExchangeException("Could not finish the XML", e);
        }
    }

    private void attributes(String... pairs) throws XMLStreamException {
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                xml.writeAttribute(pairs[i], pairs[i + 1]);
            }
        }
    }
}
