package org.caucus.exchange;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.caucus.codebook.CodebookService;
import org.caucus.coding.PassageRecord;
import org.caucus.coding.PassageRecords;
import org.caucus.corpus.CorpusService;
import org.caucus.corpus.Message;
import org.caucus.corpus.MessageRow;
import org.caucus.corpus.Participant;
import org.caucus.project.Project;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a project as a REFI-QDA project (QDPX) for ATLAS.ti, MAXQDA, NVivo and QualCoder:
 *
 * <ul>
 *   <li>each message a plain-text source, {@code sources/<guid>.txt}, with its headers as variables;
 *   <li>the codebook as codes, the qualifier as a sub-code of each position ({@link CodebookXml});
 *   <li>each coded passage a selection with one coding by its coder, its memo a note;
 *   <li>each participant a case holding the passages they are credited with as speaker, which in a
 *       reply that quotes others is not the message's poster.
 * </ul>
 *
 * Selections count characters as Unicode code points, as REFI-QDA does, where Caucus counts UTF-16
 * units; the two differ only after characters outside the Basic Multilingual Plane, such as emoji.
 */
@Service
public class QdpxWriter {

    static final String NAMESPACE = "urn:QDA-XML:project:1.0";
    static final String PROJECT_ENTRY = "project.qde";
    static final String SOURCES_FOLDER = "sources/";
    static final String INTERNAL = "internal://";

    /** Messages read before the persistence context is cleared, to keep memory flat on large corpora. */
    private static final int MESSAGES_PER_CLEAR = 100;

    private final CorpusService corpus;
    private final CodebookService codebook;
    private final PassageRecords passages;
    private final EntityManager entityManager;
    private final Clock clock;

    QdpxWriter(
            CorpusService corpus,
            CodebookService codebook,
            PassageRecords passages,
            EntityManager entityManager,
            Clock clock) {
        this.corpus = corpus;
        this.codebook = codebook;
        this.passages = passages;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Writes the QDPX file to {@code out}, which is left open. */
    @Transactional(readOnly = true)
    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    public void write(Project project, OutputStream out) {
        Guids guids = Guids.of(project);
        Path qde = null;
        try {
            qde = Files.createTempFile("caucus-", ".qde");
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            // project.qde lists the sources after the cases, but each source's text goes into the zip
            // as it is read; the XML waits in a temporary file so the corpus is read once.
            try (OutputStream xmlFile = Files.newOutputStream(qde);
                    QdaXmlWriter xml = new QdaXmlWriter(xmlFile)) {
                xml.root(
                        "Project",
                        NAMESPACE,
                        "name",
                        project.getName(),
                        "origin",
                        "Caucus",
                        "creationDateTime",
                        clock.instant().toString());
                writeUsers(xml, project);
                xml.start("CodeBook");
                CodebookXml.writeCodes(xml, codebook.issues(project.getId()), guids);
                xml.end();
                writeVariables(xml);
                writeCases(xml, project, guids);
                List<Memo> memos = writeSources(xml, zip, project, guids);
                writeNotes(xml, memos);
                xml.end();
            }
            zip.putNextEntry(new ZipEntry(PROJECT_ENTRY));
            try (InputStream in = Files.newInputStream(qde)) {
                in.transferTo(zip);
            }
            zip.closeEntry();
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the QDPX file of project " + project.getName(), e);
        } finally {
            TemporaryFiles.delete(qde);
        }
    }

    private void writeUsers(QdaXmlWriter xml, Project project) {
        List<String> coders = passages.coders(project);
        if (coders.isEmpty()) {
            return;
        }
        xml.start("Users");
        coders.forEach(coder -> xml.empty("User", "guid", Guids.user(coder), "name", coder));
        xml.end();
    }

    private static void writeVariables(QdaXmlWriter xml) {
        xml.start("Variables");
        for (QdaVariable variable : QdaVariable.values()) {
            xml.empty("Variable", "guid", variable.guid(), "name", variable.label(), "typeOfVariable", variable.type());
        }
        xml.end();
    }

    private void writeCases(QdaXmlWriter xml, Project project, Guids guids) {
        List<Participant> participants = corpus.participants(project);
        if (participants.isEmpty()) {
            return;
        }
        Map<Long, List<Long>> spoken = new HashMap<>();
        try (Stream<PassageRecord> all = passages.inProject(project)) {
            all.filter(passage -> passage.speakerId() != null)
                    .forEach(passage -> spoken.computeIfAbsent(passage.speakerId(), id -> new ArrayList<>())
                            .add(passage.id()));
        }
        xml.start("Cases");
        for (Participant participant : participants) {
            xml.start("Case", "guid", guids.participant(participant.getId()), "name", participant.getDisplayName());
            variable(xml, QdaVariable.ORGANISATION, participant.getOrganisation());
            variable(
                    xml,
                    QdaVariable.STAKEHOLDER_GROUP,
                    participant.getStakeholderGroup() == null
                            ? null
                            : participant.getStakeholderGroup().name());
            variable(xml, QdaVariable.COUNTRY, participant.getCountry());
            variable(
                    xml,
                    QdaVariable.ADDRESSES,
                    participant.getAddresses().isEmpty() ? null : String.join(" ", participant.getAddresses()));
            spoken.getOrDefault(participant.getId(), List.of())
                    .forEach(id -> xml.empty("SelectionRef", "targetGUID", guids.selection(id)));
            xml.end();
        }
        xml.end();
    }

    private List<Memo> writeSources(QdaXmlWriter xml, ZipOutputStream zip, Project project, Guids guids)
            throws IOException {
        List<MessageRow> rows = corpus.findMessages(project, Pageable.unpaged()).getContent();
        List<Memo> memos = new ArrayList<>();
        if (rows.isEmpty()) {
            return memos;
        }
        xml.start("Sources");
        int read = 0;
        for (MessageRow row : rows) {
            Message message = corpus.findMessage(row.id()).orElseThrow();
            String guid = guids.message(message.getId());
            zip.putNextEntry(new ZipEntry(SOURCES_FOLDER + guid + ".txt"));
            zip.write(message.getBody().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            xml.start(
                    "TextSource",
                    "guid",
                    guid,
                    "name",
                    message.getSourceName(),
                    "plainTextPath",
                    INTERNAL + guid + ".txt",
                    "creationDateTime",
                    dateTime(message));
            for (PassageRecord passage : passages.inMessage(message.getId())) {
                writeSelection(xml, message.getBody(), passage, guids);
                if (passage.memo() != null) {
                    memos.add(new Memo(guids.memo(passage.id()), passage));
                }
            }
            writeHeaders(xml, message);
            xml.end();
            if (++read % MESSAGES_PER_CLEAR == 0) {
                entityManager.clear();
            }
        }
        xml.end();
        return memos;
    }

    private static void writeSelection(QdaXmlWriter xml, String body, PassageRecord passage, Guids guids) {
        String user = Guids.user(passage.coder());
        String codedAt = passage.createdAt().toString();
        xml.start(
                "PlainTextSelection",
                "guid",
                guids.selection(passage.id()),
                "name",
                passage.passage(),
                "startPosition",
                String.valueOf(body.codePointCount(0, passage.start())),
                "endPosition",
                String.valueOf(body.codePointCount(0, passage.end())),
                "creatingUser",
                user,
                "creationDateTime",
                codedAt);
        xml.start("Coding", "guid", guids.coding(passage.id()), "creatingUser", user, "creationDateTime", codedAt);
        xml.empty("CodeRef", "targetGUID", guids.qualifier(passage.positionId(), passage.qualifier()));
        xml.end();
        if (passage.memo() != null) {
            xml.empty("NoteRef", "targetGUID", guids.memo(passage.id()));
        }
        xml.end();
    }

    private static void writeHeaders(QdaXmlWriter xml, Message message) {
        variable(xml, QdaVariable.SUBJECT, message.getSubject());
        variable(xml, QdaVariable.THREAD_SUBJECT, message.getThreadSubject());
        variable(xml, QdaVariable.LIST, message.getListName());
        if (message.getPoster() != null) {
            variable(xml, QdaVariable.POSTER, message.getPoster().getDisplayName());
            variable(xml, QdaVariable.POSTER_ADDRESS, message.getPoster().primaryAddress());
        }
        variable(xml, QdaVariable.SENT_AT, dateTime(message));
        variable(xml, QdaVariable.MESSAGE_ID, message.getMessageId());
        variable(xml, QdaVariable.IN_REPLY_TO, message.getInReplyTo());
    }

    /** With seconds always written, as xsd:dateTime requires and {@code OffsetDateTime.toString()} does not. */
    private static String dateTime(Message message) {
        return message.getSentAt() == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(message.getSentAt());
    }

    private static void variable(QdaXmlWriter xml, QdaVariable variable, String value) {
        if (value == null) {
            return;
        }
        xml.start("VariableValue");
        xml.empty("VariableRef", "targetGUID", variable.guid());
        xml.text(variable.valueElement(), value);
        xml.end();
    }

    private static void writeNotes(QdaXmlWriter xml, List<Memo> memos) {
        if (memos.isEmpty()) {
            return;
        }
        xml.start("Notes");
        for (Memo memo : memos) {
            PassageRecord passage = memo.passage();
            xml.start(
                    "Note",
                    "guid",
                    memo.guid(),
                    "name",
                    "Memo",
                    "creatingUser",
                    Guids.user(passage.coder()),
                    "creationDateTime",
                    passage.createdAt().toString());
            xml.text("PlainTextContent", passage.memo());
            xml.end();
        }
        xml.end();
    }

    private record Memo(String guid, PassageRecord passage) {}
}
