package org.caucus.corpus;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.caucus.corpus.importing.CharsetChoice;
import org.caucus.corpus.importing.ParsedMessage;
import org.caucus.project.Project;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores messages given as text: each body is split into blocks and attributed like an imported
 * e-mail's, its quotes traced to where they were first written, and the project is rethreaded once at the end. A text already in the project (same
 * Message-ID, or same text when it has none) is not stored again; its existing message is used.
 */
@Service
public class TextImportService {

    private final MessageWriter writer;
    private final ParticipantDirectory directory;
    private final ThreadService threads;
    private final ThreadEvidence threadEvidence;
    private final StoredOwnText storedOwnText;
    private final UntracedQuotes untracedQuotes;
    private final MessageRepository messages;
    private final ProjectImports projectImports;

    TextImportService(
            MessageWriter writer,
            ParticipantDirectory directory,
            ThreadService threads,
            ThreadEvidence threadEvidence,
            StoredOwnText storedOwnText,
            UntracedQuotes untracedQuotes,
            MessageRepository messages,
            ProjectImports projectImports) {
        this.writer = writer;
        this.directory = directory;
        this.threads = threads;
        this.threadEvidence = threadEvidence;
        this.storedOwnText = storedOwnText;
        this.untracedQuotes = untracedQuotes;
        this.messages = messages;
        this.projectImports = projectImports;
    }

    /**
     * @return each text's message, in the order given
     * @throws ImportRunningException while an archive import into the project runs; nothing is stored then
     */
    @Transactional
    @PreAuthorize("@projectAccess.canOwn(#project?.id)")
    public List<StoredText> importTexts(Project project, List<TextMessage> texts) {
        projectImports.holdUntilTransactionEnds(project.getId(), "Texts cannot be imported");
        ParticipantIndex participants = directory.index(project);
        RunningThreads placed = threads.start(project);
        ProjectOrigins origins = ProjectOrigins.of(project.getId(), storedOwnText);
        List<StoredText> stored = new ArrayList<>(texts.size());
        Set<Long> storedNow = new HashSet<>();
        for (TextMessage text : texts) {
            ParsedMessage parsed = parsed(text);
            Optional<Long> held = messages.findIdByDedupeKey(project.getId(), MessageWriter.dedupeKey(parsed));
            if (held.isPresent()) {
                stored.add(new StoredText(held.get(), List.of()));
                continue;
            }
            StoredText written = writer.write(
                    project,
                    text.sourceName(),
                    FieldLimits.fit(parsed, text.sourceName()),
                    origins,
                    participants,
                    placed);
            stored.add(written);
            storedNow.add(written.messageId());
        }
        messages.flush();
        untracedQuotes.traceAgain(project.getId(), origins, storedNow);
        threadEvidence.recreditMoved(threads.settle(placed));
        threadEvidence.creditUnattributedQuotes(project);
        return stored;
    }

    private static ParsedMessage parsed(TextMessage text) {
        return new ParsedMessage(
                text.listName(),
                text.subject(),
                text.posterName(),
                text.posterAddress(),
                text.sentAt(),
                null,
                text.messageId(),
                text.inReplyTo(),
                List.of(),
                text.body(),
                text.body().getBytes(StandardCharsets.UTF_8),
                text.threadSubject(),
                StandardCharsets.UTF_8.name(),
                CharsetChoice.DECLARED,
                List.of(),
                List.of());
    }
}
