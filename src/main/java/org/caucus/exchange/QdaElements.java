package org.caucus.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Reading REFI-QDA XML: a parser that fetches nothing from outside the file, and child lookups by name. */
final class QdaElements {

    private QdaElements() {}

    /**
     * Parses a document and checks its root element.
     *
     * @param where the file and entry, for messages
     */
    static Element root(InputStream in, String where, String rootName, String namespace) {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // A file from elsewhere must not make the server read local files or URLs (XXE).
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            document = builder.parse(in);
        } catch (SAXParseException e) {
            throw new ExchangeException(
                    where + ", line " + e.getLineNumber() + ": not well-formed XML (" + e.getMessage() + ").");
        } catch (SAXException | IOException e) {
            throw new ExchangeException(where + ": could not be read as XML (" + e.getMessage() + ").", e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser lacks a standard feature", e);
        }
        Element root = document.getDocumentElement();
        if (!rootName.equals(root.getLocalName()) || !namespace.equals(root.getNamespaceURI())) {
            throw new ExchangeException(where + ": the root element is <" + root.getTagName() + "> in namespace '"
                    + root.getNamespaceURI() + "', not <" + rootName + "> in '" + namespace + "'.");
        }
        return root;
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    static Optional<Element> child(Element parent, String name) {
        return children(parent, name).stream().findFirst();
    }

    /** The text of a child element, or {@code null} when there is none. */
    static String childText(Element parent, String name) {
        return child(parent, name).map(Element::getTextContent).orElse(null);
    }

    /** An attribute's value, or {@code null} when it is absent or empty. */
    static String attribute(Element element, String name) {
        String value = element.getAttribute(name);
        return value.isEmpty() ? null : value;
    }

    static String required(Element element, String name, String where) {
        String value = attribute(element, name);
        if (value == null) {
            throw new ExchangeException(where + ": " + describe(element) + " has no " + name + ".");
        }
        return value;
    }

    /** A GUID attribute, in the one spelling used for lookups: lower case, without the braces some tools add. */
    static String guid(Element element, String name, String where) {
        return required(element, name, where)
                .replace("{", "")
                .replace("}", "")
                .strip()
                .toLowerCase(Locale.ROOT);
    }

    /** How a message names an element: its kind, and its name or GUID. */
    static String describe(Element element) {
        String name = attribute(element, "name");
        String guid = attribute(element, "guid");
        return element.getLocalName()
                + (name != null ? " '" + name + "'" : "")
                + (guid != null ? " (" + guid + ")" : "");
    }

    /** The codes under a Codes element, nested as in the file. */
    static List<QdaCode> codes(Element codes, String where) {
        return children(codes, "Code").stream().map(code -> code(code, where)).toList();
    }

    private static QdaCode code(Element code, String where) {
        return new QdaCode(
                guid(code, "guid", where),
                required(code, "name", where),
                childText(code, "Description"),
                attribute(code, "color"),
                !"false".equalsIgnoreCase(attribute(code, "isCodable")),
                codes(code, where));
    }
}
