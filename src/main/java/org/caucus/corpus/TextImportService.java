package org.caucus.corpus;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    private final SmallImports smallImports;
    private final ProjectImports projectImports;
    private final ImportRuns runs;
    private final Clock clock;

    TextImportService(SmallImports smallImports, ProjectImports projectImports, ImportRuns runs, Clock clock) {
        this.smallImports = smallImports;
        this.projectImports = projectImports;
        this.runs = runs;
        this.clock = clock;
    }

    /**
     * Stores the texts and records them with the project's other imports, so that they are listed with them and may
     * be taken back.
     *
     * @param sources what the texts came from, as the list of earlier imports names it: a QDPX file's name, for one
     * @return each text's message, in the order given
     * @throws ImportRunningException while an archive import into the project runs; nothing is stored then
     */
    @Transactional
    @PreAuthorize("@projectAccess.canOwn(#project?.id)")
    public List<StoredText> importTexts(Project project, String sources, List<TextMessage> texts) {
        projectImports.holdUntilTransactionEnds(project.getId(), "Texts cannot be imported");
        Instant started = clock.instant();
        List<ParsedMessage> parsed =
                texts.stream().map(TextImportService::parsed).toList();
        long runId = runs.beginWithin(project, sources, started);
        SmallImports.SmallImport batch = smallImports.begin(project, runId, parsed);
        List<StoredText> stored = new ArrayList<>(texts.size());
        ImportCounts counts = ImportCounts.NONE;
        List<ImportReport.Problem> problems = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String sourceName = texts.get(i).sourceName();
            ParsedMessage message = parsed.get(i);
            Optional<Long> held = smallImports.held(project, message);
            if (held.isPresent()) {
                stored.add(new StoredText(held.get(), List.of()));
                counts = counts.plusDuplicate();
            } else {
                StoredText text = batch.store(sourceName, message);
                stored.add(text);
                counts = counts.plusImported(!text.warnings().isEmpty());
                problems.addAll(text.problems(sourceName));
            }
        }
        batch.finish();
        runs.endWithin(runId, counts, problems, clock.instant());
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
