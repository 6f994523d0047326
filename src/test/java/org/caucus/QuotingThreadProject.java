package org.caucus;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.caucus.codebook.CodebookService;
import org.caucus.codebook.Issue;
import org.caucus.coding.CodingRequest;
import org.caucus.coding.CodingService;
import org.caucus.coding.PassageRange;
import org.caucus.coding.StanceQualifier;
import org.caucus.corpus.ArchiveImportService;
import org.caucus.corpus.CorpusService;
import org.caucus.corpus.ImportProgress;
import org.caucus.corpus.MessageRow;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Makes a fresh project holding a three-message thread in which Jeremy Malcolm quotes a sentence
 * that Anriette Esterhuysen first wrote, and a one-position codebook to code it with.
 */
@Component
public class QuotingThreadProject {

    private static final Path ARCHIVE = Path.of("src/test/resources/importing/quote-without-attribution.txt");

    private final ProjectService projects;
    private final ArchiveImportService importer;
    private final CodebookService codebook;
    private final CorpusService corpus;
    private final CodingService coding;

    QuotingThreadProject(
            ProjectService projects,
            ArchiveImportService importer,
            CodebookService codebook,
            CorpusService corpus,
            CodingService coding) {
        this.projects = projects;
        this.importer = importer;
        this.codebook = codebook;
        this.corpus = corpus;
        this.coding = coding;
    }

    /**
     * @param messages in date order: Anriette's original, parminder's reply, Jeremy's quote of the original
     */
    public record Fixture(Project project, List<MessageRow> messages, long liaison) {}

    public Fixture create() {
        Project project = projects.create("origins-" + UUID.randomUUID());
        importer.importPaths(project, List.of(ARCHIVE), ImportProgress.NONE);
        Issue issue = codebook.addIssue(project, "Who speaks for civil society?", null);
        long liaison = codebook.addPosition(issue, "Direct liaison", null, "#1f77b4", '1')
                .getId();
        return new Fixture(
                project, corpus.findMessages(project, Pageable.unpaged()).getContent(), liaison);
    }

    /** Codes the first occurrence of a one-line phrase of a message as supporting the liaison position. */
    public void codeFirst(Fixture fixture, int messageIndex, String phrase) {
        long messageId = fixture.messages().get(messageIndex).id();
        String body = corpus.read(messageId).orElseThrow().body();
        int start = body.indexOf(phrase);
        coding.code(new CodingRequest(
                messageId,
                new PassageRange(start, start + phrase.length(), phrase),
                fixture.liaison(),
                StanceQualifier.SUPPORTS,
                null));
    }
}
