package org.caucus.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.caucus.account.AccountService;
import org.caucus.account.LocalOperator;
import org.caucus.codebook.CodebookService;
import org.caucus.coding.CodingRequest;
import org.caucus.coding.CodingService;
import org.caucus.corpus.ArchiveImportService;
import org.caucus.corpus.CorpusService;
import org.caucus.corpus.MessageReading;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty database with the Demo project: the seed message from the Bestbits list, the
 * starter codebook and the worked examples, so that the reader, the matrix and the export show
 * something on first start. A database that holds any project is left alone.
 */
@Component
@ConditionalOnProperty(name = "caucus.demo.enabled", matchIfMissing = true)
class DemoProjectLoader implements ApplicationRunner {

    static final String PROJECT_NAME = "Demo";
    static final String SEED_FILE_NAME = "bestbits-2013-11-13-parminder.txt";
    static final String SEED_RESOURCE = "demo/" + SEED_FILE_NAME;
    private static final String DEMO_CODER = "demo";

    private final ProjectService projects;
    private final ArchiveImportService importer;
    private final CorpusService corpus;
    private final CodebookService codebook;
    private final CodingService coding;
    private final AccountService accounts;

    DemoProjectLoader(
            ProjectService projects,
            ArchiveImportService importer,
            CorpusService corpus,
            CodebookService codebook,
            CodingService coding,
            AccountService accounts) {
        this.accounts = accounts;
        this.projects = projects;
        this.importer = importer;
        this.corpus = corpus;
        this.codebook = codebook;
        this.coding = coding;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (projects.isEmpty()) {
            // The first start's administrator owns the Demo, and so may show it to whom they like.
            String admin = accounts.administrator()
                    .orElseThrow(() -> new IllegalStateException("The first start created no administrator."));
            LocalOperator.as(admin, () -> {
                load();
                return null;
            });
        }
    }

    private void load() {
        Project project = projects.create(PROJECT_NAME);
        long messageId =
                importer.importMessageText(project, SEED_FILE_NAME, seedBytes()).messageId();
        String body = corpus.read(messageId).map(MessageReading::body).orElseThrow();
        StarterCodebook starter = StarterCodebook.create(codebook, project);
        WorkedExample.ALL.forEach(example -> coding.codeAs(
                DEMO_CODER,
                new CodingRequest(
                        messageId,
                        PassageLocator.locate(body, example.phrase()),
                        example.position().apply(starter).getId(),
                        example.qualifier(),
                        null)));
    }

    private static byte[] seedBytes() {
        try (InputStream in = new ClassPathResource(SEED_RESOURCE).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The demo seed " + SEED_RESOURCE + " is missing from the application", e);
        }
    }
}
