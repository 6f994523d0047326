package org.caucus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.caucus.codebook.CodebookService;
import org.caucus.codebook.Issue;
import org.caucus.codebook.Position;
import org.caucus.coding.PassageRange;
import org.caucus.corpus.ArchiveImportService;
import org.caucus.corpus.CorpusService;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.springframework.stereotype.Component;

/** Makes a fresh project holding the seed message and a two-position codebook, one per test. */
@Component
public class SeedProject {

    public static final String SEED_RESOURCE = "/seed/bestbits-2013-11-13-parminder.txt";

    private final ProjectService projects;
    private final ArchiveImportService importer;
    private final CorpusService corpus;
    private final CodebookService codebook;

    SeedProject(
            ProjectService projects, ArchiveImportService importer, CorpusService corpus, CodebookService codebook) {
        this.projects = projects;
        this.importer = importer;
        this.corpus = corpus;
        this.codebook = codebook;
    }

    public record Fixture(Project project, long messageId, String body, Position governments, Position liaison) {

        /** The range of the first occurrence of a one-line phrase of the seed body. */
        public PassageRange range(String phrase) {
            int start = body.indexOf(phrase);
            if (start < 0) {
                throw new IllegalArgumentException("The seed has no '" + phrase + "'");
            }
            return new PassageRange(start, start + phrase.length(), phrase);
        }
    }

    public Fixture create() {
        Project project = projects.create("test-" + UUID.randomUUID());
        long messageId =
                importer.importMessageText(project, "seed.txt", seedBytes()).messageId();
        Issue issue = codebook.addIssue(project, "What role should governments have?", null);
        Position governments = codebook.addPosition(issue, "Governments take part", null, "#bcbd22", '1');
        Position liaison = codebook.addPosition(issue, "Direct liaison", null, "#1f77b4", '2');
        String body = corpus.read(messageId).orElseThrow().body();
        return new Fixture(project, messageId, body, governments, liaison);
    }

    public static byte[] seedBytes() {
        try (InputStream in = SeedProject.class.getResourceAsStream(SEED_RESOURCE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
