package org.caucus.exchange;

import static org.caucus.exchange.QdaElements.attribute;
import static org.caucus.exchange.QdaElements.child;
import static org.caucus.exchange.QdaElements.childText;
import static org.caucus.exchange.QdaElements.children;
import static org.caucus.exchange.QdaElements.describe;
import static org.caucus.exchange.QdaElements.guid;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.w3c.dom.Element;

/**
 * Reads and checks a QDPX file: project.qde and the texts of its sources. Every reference is
 * resolved here (a selection's range inside its text, a coding's code, a note), so that an import
 * either has everything it needs or stops, naming the file and the element, before storing anything.
 */
final class QdpxReader {

    private static final Set<String> OTHER_SOURCES = Set.of("PictureSource", "PDFSource", "AudioSource", "VideoSource");

    private final String fileName;
    private final ZipFile zip;
    private final Map<String, ZipEntry> entries = new HashMap<>();

    private QdpxReader(String fileName, ZipFile zip) {
        this.fileName = fileName;
        this.zip = zip;
        zip.stream().forEach(entry -> entries.put(entry.getName().toLowerCase(Locale.ROOT), entry));
    }

    /**
     * @param fileName the file's name as the analyst knows it, for messages
     * @param file the file itself
     */
    static QdpxProject read(String fileName, Path file) {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            return new QdpxReader(fileName, zip).read();
        } catch (ZipException e) {
            throw new ExchangeException(fileName + " is not a QDPX file: it is not a zip archive.");
        } catch (IOException e) {
            throw new ExchangeException(fileName + " could not be read: " + e.getMessage(), e);
        }
    }

    private QdpxProject read() throws IOException {
        ZipEntry qde = entries.get(QdpxWriter.PROJECT_ENTRY);
        if (qde == null) {
            throw new ExchangeException(fileName + " holds no " + QdpxWriter.PROJECT_ENTRY
                    + ", the project description every QDPX file has; it is not a REFI-QDA project.");
        }
        String where = fileName + ", " + QdpxWriter.PROJECT_ENTRY;
        Element project;
        try (InputStream in = zip.getInputStream(qde)) {
            project = QdaElements.root(in, where, "Project", QdpxWriter.NAMESPACE);
        }
        Map<String, String> users = new LinkedHashMap<>();
        child(project, "Users")
                .ifPresent(list -> children(list, "User")
                        .forEach(user -> users.put(
                                guid(user, "guid", where),
                                attribute(user, "name") == null ? attribute(user, "id") : attribute(user, "name"))));
        List<QdaCode> codes = child(project, "CodeBook")
                .flatMap(book -> child(book, "Codes"))
                .map(list -> QdaElements.codes(list, where))
                .orElse(List.of());
        Set<String> codeGuids = new HashSet<>();
        collectGuids(codes, codeGuids);
        Map<String, String> variables = new HashMap<>();
        child(project, "Variables")
                .ifPresent(list -> children(list, "Variable")
                        .forEach(variable -> variables.put(
                                guid(variable, "guid", where), QdaElements.required(variable, "name", where))));
        Map<String, String> notes = new LinkedHashMap<>();
        child(project, "Notes")
                .ifPresent(list -> children(list, "Note")
                        .forEach(note -> notes.put(guid(note, "guid", where), text(note, where))));
        List<QdpxProject.Source> sources = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        child(project, "Sources").ifPresent(list -> {
            for (Element source : children(list, "TextSource")) {
                sources.add(source(source, where, codeGuids, notes, variables));
            }
            for (String kind : OTHER_SOURCES) {
                children(list, kind).forEach(other -> skipped.add(describe(other) + ": not text"));
            }
        });
        List<QdpxProject.Case> cases = child(project, "Cases")
                .map(list -> children(list, "Case").stream()
                        .map(item -> new QdpxProject.Case(
                                guid(item, "guid", where),
                                attribute(item, "name"),
                                variableValues(item, variables, where),
                                children(item, "SourceRef").stream()
                                        .map(ref -> guid(ref, "targetGUID", where))
                                        .toList()))
                        .toList())
                .orElse(List.of());
        return new QdpxProject(
                fileName, attribute(project, "name"), users, codes, sources, cases, notes, List.copyOf(skipped));
    }

    private QdpxProject.Source source(
            Element source,
            String where,
            Set<String> codeGuids,
            Map<String, String> notes,
            Map<String, String> variables) {
        String text = text(source, where);
        String sourceWhere = where + ", " + describe(source);
        int length = text.codePointCount(0, text.length());
        List<QdpxProject.Selection> selections = new ArrayList<>();
        for (Element selection : children(source, "PlainTextSelection")) {
            String selectionWhere = sourceWhere + ", " + describe(selection);
            int start = position(selection, "startPosition", selectionWhere);
            int end = position(selection, "endPosition", selectionWhere);
            if (start < 0 || end > length || start >= end) {
                throw new ExchangeException(selectionWhere + ": runs from " + start + " to " + end
                        + ", which is not a range inside the source's " + length + " characters.");
            }
            List<QdpxProject.Coding> codings = new ArrayList<>();
            for (Element coding : children(selection, "Coding")) {
                Element ref = child(coding, "CodeRef")
                        .orElseThrow(() ->
                                new ExchangeException(selectionWhere + ": " + describe(coding) + " has no CodeRef."));
                String code = guid(ref, "targetGUID", selectionWhere);
                if (!codeGuids.contains(code)) {
                    throw new ExchangeException(selectionWhere + ": " + describe(coding) + " refers to code " + code
                            + ", which is not in the file's codebook.");
                }
                codings.add(new QdpxProject.Coding(
                        guid(coding, "guid", selectionWhere), code, optionalGuid(coding, "creatingUser")));
            }
            List<String> noteRefs = children(selection, "NoteRef").stream()
                    .map(ref -> guid(ref, "targetGUID", selectionWhere))
                    .toList();
            noteRefs.stream()
                    .filter(note -> !notes.containsKey(note))
                    .findFirst()
                    .ifPresent(missing -> {
                        throw new ExchangeException(selectionWhere + ": refers to note " + missing
                                + ", which is not among the file's notes.");
                    });
            selections.add(new QdpxProject.Selection(
                    guid(selection, "guid", selectionWhere),
                    text.offsetByCodePoints(0, start),
                    text.offsetByCodePoints(0, end),
                    optionalGuid(selection, "creatingUser"),
                    childText(selection, "Description"),
                    codings,
                    noteRefs));
        }
        return new QdpxProject.Source(
                guid(source, "guid", where),
                attribute(source, "name"),
                text,
                variableValues(source, variables, sourceWhere),
                selections);
    }

    /** A source's or note's text: inline, or a file inside the archive ({@code internal://name}). */
    private String text(Element element, String where) {
        String inline = childText(element, "PlainTextContent");
        if (inline != null) {
            return inline;
        }
        String path = attribute(element, "plainTextPath");
        if (path == null) {
            throw new ExchangeException(
                    where + ": " + describe(element) + " has neither PlainTextContent nor a plainTextPath.");
        }
        if (!path.regionMatches(true, 0, QdpxWriter.INTERNAL, 0, QdpxWriter.INTERNAL.length())) {
            throw new ExchangeException(where + ": " + describe(element) + " keeps its text outside the file, at "
                    + path + "; only texts inside the QDPX file (internal://) can be imported.");
        }
        String name = path.substring(QdpxWriter.INTERNAL.length()).toLowerCase(Locale.ROOT);
        // The standard puts internal files in "sources/"; tools differ in its case, so it is matched without.
        ZipEntry entry = entries.get(QdpxWriter.SOURCES_FOLDER + name);
        if (entry == null) {
            entry = entries.get(name);
        }
        if (entry == null) {
            throw new ExchangeException(where + ": " + describe(element) + " points to " + QdpxWriter.SOURCES_FOLDER
                    + name + ", which is not in the file.");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(in.readAllBytes()))
                    .toString();
            // Some tools start UTF-8 files with a byte-order mark; it is not part of the text positions count.
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ExchangeException(where + ": " + entry.getName() + " is not UTF-8 text.");
        } catch (IOException e) {
            throw new ExchangeException(where + ": " + entry.getName() + " could not be read: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> variableValues(Element owner, Map<String, String> variables, String where) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Element value : children(owner, "VariableValue")) {
            Element ref = child(value, "VariableRef")
                    .orElseThrow(() -> new ExchangeException(where + ": a VariableValue has no VariableRef."));
            String name = variables.get(guid(ref, "targetGUID", where));
            if (name == null) {
                throw new ExchangeException(where + ": a VariableValue refers to variable "
                        + guid(ref, "targetGUID", where) + ", which the file does not define.");
            }
            for (org.w3c.dom.Node node = value.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element element && element.getLocalName().endsWith("Value")) {
                    values.put(name, element.getTextContent());
                }
            }
        }
        return values;
    }

    private static int position(Element selection, String name, String where) {
        String value = QdaElements.required(selection, name, where);
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new ExchangeException(where + ": " + name + " '" + value + "' is not a whole number.");
        }
    }

    private static String optionalGuid(Element element, String name) {
        return attribute(element, name) == null ? null : guid(element, name, "");
    }

    private static void collectGuids(List<QdaCode> codes, Set<String> into) {
        for (QdaCode code : codes) {
            into.add(code.guid());
            collectGuids(code.children(), into);
        }
    }
}
