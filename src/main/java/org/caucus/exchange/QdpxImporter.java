package org.caucus.exchange;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.caucus.coding.CodingRequest;
import org.caucus.coding.CodingService;
import org.caucus.coding.PassageRange;
import org.caucus.coding.PassageRecord;
import org.caucus.coding.PassageRecords;
import org.caucus.coding.PassageRejectedException;
import org.caucus.coding.StanceQualifier;
import org.caucus.corpus.ImportRunningException;
import org.caucus.corpus.StoredText;
import org.caucus.corpus.TextImportService;
import org.caucus.corpus.TextMessage;
import org.caucus.project.Project;
import org.caucus.shared.Counted;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a QDPX file into a project: its codes into the codebook ({@link CodeMapping}), its text
 * sources as messages, and its coded selections as coded passages by their coders. The file is
 * read and checked whole first, and everything is stored in one transaction: a file that cannot be
 * imported leaves the project as it was.
 */
@Service
public class QdpxImporter {

    private final TextImportService texts;
    private final CodebookMerge codebook;
    private final CodingService coding;
    private final PassageRecords passages;

    QdpxImporter(TextImportService texts, CodebookMerge codebook, CodingService coding, PassageRecords passages) {
        this.texts = texts;
        this.codebook = codebook;
        this.coding = coding;
        this.passages = passages;
    }

    /**
     * What an import added, and what it left out.
     *
     * @param warnings what its messages were stored with although not fully understood, each naming its source
     */
    public record Outcome(
            int messages,
            int issuesAdded,
            int positionsAdded,
            int passages,
            int alreadyCoded,
            List<String> skipped,
            List<String> warnings) {

        public String summary() {
            return Counted.of(messages, "message") + ", " + Counted.of(issuesAdded, "issue") + " and "
                    + Counted.of(positionsAdded, "position") + " added, " + Counted.of(passages, "coded passage")
                    + (alreadyCoded > 0 ? " (" + alreadyCoded + " already there)" : "")
                    + (skipped.isEmpty() ? "" : "; not imported: " + String.join("; ", skipped))
                    + (warnings.isEmpty() ? "" : "; stored with warnings: " + String.join("; ", warnings));
        }
    }

    /** @param fileName the uploaded file's name, for messages */
    @Transactional
    @PreAuthorize("@projectAccess.canOwn(#project?.id)")
    public Outcome importFile(Project project, String fileName, InputStream in) {
        return TemporaryFiles.readCopy(fileName, in, copy -> importFile(project, fileName, copy));
    }

    @Transactional
    @PreAuthorize("@projectAccess.canOwn(#project?.id)")
    public Outcome importFile(Project project, String fileName, Path file) {
        QdpxProject read = QdpxReader.read(fileName, file);
        CodeMapping mapping = CodeMapping.of(read.codes());
        Map<String, String> posterBySource = postersFromCases(read);
        List<TextMessage> messages = read.sources().stream()
                .map(source -> message(source, posterBySource.get(source.guid()), fileName))
                .toList();
        CodebookMerge.Merged merged = codebook.merge(project, mapping);
        List<StoredText> stored;
        try {
            stored = texts.importTexts(project, fileName, messages);
        } catch (ImportRunningException busy) {
            throw new ExchangeException(fileName + ": " + busy.getMessage(), busy);
        }
        int coded = 0;
        int alreadyCoded = 0;
        for (int i = 0; i < read.sources().size(); i++) {
            QdpxProject.Source source = read.sources().get(i);
            long messageId = stored.get(i).messageId();
            Set<List<Object>> existing = passages.inMessage(messageId).stream()
                    .map(QdpxImporter::key)
                    .collect(Collectors.toCollection(HashSet::new));
            for (QdpxProject.Selection selection : source.selections()) {
                for (QdpxProject.Coding coding : selection.codings()) {
                    CodeMapping.Target target =
                            mapping.target(coding.codeGuid()).orElse(null);
                    if (target == null) {
                        continue;
                    }
                    String coder = coder(read, coding, selection);
                    long positionId = merged.positionId(target);
                    List<Object> key =
                            List.of(selection.start(), selection.end(), positionId, target.qualifier(), coder);
                    if (!existing.add(key)) {
                        alreadyCoded++;
                        continue;
                    }
                    code(
                            fileName,
                            source,
                            selection,
                            messageId,
                            positionId,
                            target.qualifier(),
                            coder,
                            memo(read, selection));
                    coded++;
                }
            }
        }
        return new Outcome(
                messages.size(),
                merged.issuesAdded(),
                merged.positionsAdded(),
                coded,
                alreadyCoded,
                read.skipped(),
                stored.stream().flatMap(text -> text.warnings().stream()).toList());
    }

    private void code(
            String fileName,
            QdpxProject.Source source,
            QdpxProject.Selection selection,
            long messageId,
            long positionId,
            StanceQualifier qualifier,
            String coder,
            String memo) {
        PassageRange range = new PassageRange(
                selection.start(), selection.end(), source.text().substring(selection.start(), selection.end()));
        try {
            coding.codeAs(coder, new CodingRequest(messageId, range, positionId, qualifier, memo));
        } catch (PassageRejectedException e) {
            throw new ExchangeException(fileName + ", TextSource '" + source.name() + "', PlainTextSelection "
                    + selection.guid() + ": " + e.getMessage());
        }
    }

    private static List<Object> key(PassageRecord passage) {
        return List.of(passage.start(), passage.end(), passage.positionId(), passage.qualifier(), passage.coder());
    }

    /** The coding's user, else the selection's, else whoever runs the import. */
    private String coder(QdpxProject read, QdpxProject.Coding coding, QdpxProject.Selection selection) {
        String user = coding.userGuid() != null ? coding.userGuid() : selection.userGuid();
        String name = user == null ? null : read.users().get(user);
        return name == null || name.isBlank() ? this.coding.coder() : name.strip();
    }

    /** The notes attached to a selection, else its description, as Caucus keeps one memo per passage. */
    private static String memo(QdpxProject read, QdpxProject.Selection selection) {
        List<String> notes = selection.noteGuids().stream()
                .map(read.notes()::get)
                .filter(note -> note != null && !note.isBlank())
                .toList();
        return notes.isEmpty() ? selection.description() : String.join("\n\n", notes);
    }

    /** A source that is the whole of a case (a SourceRef) was written by that case's person. */
    private static Map<String, String> postersFromCases(QdpxProject read) {
        Map<String, String> posters = new HashMap<>();
        for (QdpxProject.Case item : read.cases()) {
            if (item.name() != null) {
                item.sourceGuids().forEach(source -> posters.putIfAbsent(source, item.name()));
            }
        }
        return posters;
    }

    /**
     * A source as a message. Its poster is the Poster variable Caucus writes, else the case the
     * source belongs to, else, as in interview projects where a source is named after its speaker,
     * the source's own name.
     */
    private static TextMessage message(QdpxProject.Source source, String caseName, String fileName) {
        Map<String, String> variables = source.variables();
        String name = source.name() == null ? source.guid() : source.name();
        String poster = variables.getOrDefault(QdaVariable.POSTER.label(), caseName != null ? caseName : name);
        String subject = variables.getOrDefault(QdaVariable.SUBJECT.label(), name);
        return new TextMessage(
                name,
                subject,
                variables.getOrDefault(QdaVariable.THREAD_SUBJECT.label(), subject),
                variables.get(QdaVariable.LIST.label()),
                poster,
                variables.get(QdaVariable.POSTER_ADDRESS.label()),
                sentAt(variables.get(QdaVariable.SENT_AT.label()), fileName, name),
                variables.get(QdaVariable.MESSAGE_ID.label()),
                variables.get(QdaVariable.IN_REPLY_TO.label()),
                source.text());
    }

    private static OffsetDateTime sentAt(String value, String fileName, String source) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ExchangeException(
                    fileName + ", TextSource '" + source + "': the variable '" + QdaVariable.SENT_AT.label()
                            + "' holds '" + value + "', which is not a date and time with an offset.");
        }
    }
}
