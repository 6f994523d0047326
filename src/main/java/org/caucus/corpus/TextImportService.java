package org.caucus.corpus;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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

    TextImportService(SmallImports smallImports, ProjectImports projectImports) {
        this.smallImports = smallImports;
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
        List<ParsedMessage> parsed =
                texts.stream().map(TextImportService::parsed).toList();
        SmallImports.SmallImport batch = smallImports.begin(project, parsed);
        List<StoredText> stored = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            String sourceName = texts.get(i).sourceName();
            ParsedMessage message = parsed.get(i);
            stored.add(smallImports
                    .held(project, message)
                    .map(heldId -> new StoredText(heldId, List.of()))
                    .orElseGet(() -> batch.store(sourceName, message)));
        }
        batch.finish();
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
