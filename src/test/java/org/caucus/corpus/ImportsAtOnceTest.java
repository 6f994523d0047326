package org.caucus.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.caucus.IntegrationTest;
import org.caucus.SeedProject;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two analysts, or one in two tabs, import into the same project at once. Each import is started while the other is
 * reading, which is when both find the same messages new.
 */
@IntegrationTest
class ImportsAtOnceTest {

    private static final Path MONTH = Path.of("src/test/resources/importing/2013-November.txt");

    @Autowired
    ArchiveImportService importer;

    @Autowired
    CorpusService corpus;

    @Autowired
    ParticipantService participants;

    @Autowired
    TextImportService texts;

    @Autowired
    ImportRemoval removal;

    @Autowired
    ProjectService projects;

    @Autowired
    SecurityContextHolderStrategy security;

    ExecutorService otherAnalyst;
    Project project;

    @BeforeEach
    void freshProject() {
        project = projects.create("at-once-" + UUID.randomUUID());
        var signedIn = new DelegatingSecurityContextExecutorService(
                Executors.newSingleThreadExecutor(), security.getContext());
        signedIn.setSecurityContextHolderStrategy(security);
        otherAnalyst = signedIn;
    }

    @AfterEach
    void stopTheOtherAnalyst() {
        otherAnalyst.shutdownNow();
    }

    @Test
    void an_import_started_while_another_reads_the_same_archive_waits_for_it_and_adds_nothing_twice() throws Exception {
        CountDownLatch secondWaitingOrDone = new CountDownLatch(1);
        ImportProgress secondProgress = new ImportProgress() {
            @Override
            public void waitingForEarlierImport() {
                secondWaitingOrDone.countDown();
            }
        };
        StartsAnotherWhileReading first = new StartsAnotherWhileReading(
                () -> {
                    try {
                        return importer.importPaths(project, List.of(MONTH), secondProgress);
                    } finally {
                        secondWaitingOrDone.countDown();
                    }
                },
                secondWaitingOrDone);

        ImportReport firstReport = importer.importPaths(project, List.of(MONTH), first);
        ImportReport secondReport = first.other.get();

        assertThat(firstReport.counts().imported()).as("imported by the first").isEqualTo(2);
        assertThat(secondReport.counts().imported())
                .as("imported by the second")
                .isZero();
        assertThat(secondReport.counts().duplicates()).as("found by the second").isEqualTo(2);
        assertThat(corpus.countMessages(project)).as("messages in the project").isEqualTo(2);
        List<MessageRow> rows = corpus.findMessages(project, Pageable.unpaged()).getContent();
        assertThat(corpus.findMessage(rows.get(1).id()).orElseThrow().getThreadId())
                .as("the reply's thread")
                .isEqualTo(rows.getFirst().id());
    }

    @Test
    void an_import_cancelled_while_it_waits_for_another_ends_cancelled_having_read_nothing() throws Exception {
        CountDownLatch secondEnded = new CountDownLatch(1);
        ImportProgress cancelledOnceWaiting = new ImportProgress() {
            private volatile boolean waiting;

            @Override
            public void waitingForEarlierImport() {
                waiting = true;
            }

            @Override
            public boolean cancelled() {
                return waiting;
            }
        };
        StartsAnotherWhileReading first = new StartsAnotherWhileReading(
                () -> {
                    try {
                        return importer.importPaths(project, List.of(MONTH), cancelledOnceWaiting);
                    } finally {
                        secondEnded.countDown();
                    }
                },
                secondEnded);

        importer.importPaths(project, List.of(MONTH), first);
        ImportReport second = first.other.get();

        assertThat(second.cancelled()).as("cancelled").isTrue();
        assertThat(second.counts()).as("counts").isEqualTo(ImportCounts.NONE);
        assertThat(corpus.countMessages(project)).as("messages in the project").isEqualTo(2);
    }

    @Test
    void a_pasted_page_texts_a_merge_and_a_removal_are_refused_while_an_import_runs_and_nothing_is_stored()
            throws Exception {
        long first = importer.importPaths(project, List.of(MONTH), ImportProgress.NONE)
                .runId();
        List<Long> posters = participants.findParticipants(project, "", Pageable.unpaged()).stream()
                .map(ParticipantRow::id)
                .toList();
        byte[] page = SeedProject.seedBytes();
        CountDownLatch refusalsTried = new CountDownLatch(1);
        StartsAnotherWhileReading importing = new StartsAnotherWhileReading(
                () -> {
                    try {
                        ImportOutcome pasted = importer.importMessageText(project, "pasted.txt", page);
                        assertThat(pasted.refusal())
                                .as("the pasted page's refusal")
                                .isEqualTo("pasted.txt cannot be imported while an import into this project is"
                                        + " running; try again once it has ended.");
                        assertThatThrownBy(() -> participants.merge(posters.get(0), posters.get(1)))
                                .as("the merge")
                                .isInstanceOf(ImportRunningException.class)
                                .hasMessageEndingWith(" cannot be merged while an import into this project is"
                                        + " running; try again once it has ended.");
                        assertThatThrownBy(() -> texts.importTexts(project, "texts", List.of()))
                                .as("the texts")
                                .isInstanceOf(ImportRunningException.class);
                        assertThatThrownBy(() -> removal.remove(project, first))
                                .as("the removal of the first import")
                                .isInstanceOf(ImportRunningException.class)
                                .hasMessageEndingWith(" cannot be removed while an import into this project is"
                                        + " running; try again once it has ended.");
                        return null;
                    } finally {
                        refusalsTried.countDown();
                    }
                },
                refusalsTried);

        importer.importPaths(project, List.of(MONTH), importing);
        importing.other.get();

        assertThat(corpus.countMessages(project)).as("messages in the project").isEqualTo(2);
        assertThat(participants.findParticipants(project, "", Pageable.unpaged()))
                .as("participants")
                .hasSize(posters.size());
        participants.merge(posters.get(0), posters.get(1));
        assertThat(participants.findParticipants(project, "", Pageable.unpaged()))
                .as("participants merged once the import has ended")
                .hasSize(posters.size() - 1);
    }

    /**
     * The progress of an import that, at its first message, has the other analyst start {@code other} and goes on
     * only once {@code otherWaitingOrDone} is counted down.
     */
    private final class StartsAnotherWhileReading implements ImportProgress {

        private final Callable<ImportReport> otherWork;
        private final CountDownLatch otherWaitingOrDone;
        private Future<ImportReport> other;

        StartsAnotherWhileReading(Callable<ImportReport> other, CountDownLatch otherWaitingOrDone) {
            this.otherWork = other;
            this.otherWaitingOrDone = otherWaitingOrDone;
        }

        @Override
        public boolean cancelled() {
            if (other == null) {
                other = otherAnalyst.submit(otherWork);
                try {
                    otherWaitingOrDone.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            return false;
        }
    }
}
