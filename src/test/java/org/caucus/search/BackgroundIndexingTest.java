package org.caucus.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.caucus.IntegrationTest;
import org.caucus.corpus.ArchiveImportService;
import org.caucus.corpus.CorpusService;
import org.caucus.corpus.ImportProgress;
import org.caucus.corpus.Message;
import org.caucus.corpus.MessageFilter;
import org.caucus.corpus.MessageListRow;
import org.caucus.corpus.MessagesImported;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * The application indexes imports on a thread of its own, after they report done. The tests' application indexes
 * them at once ({@link IntegrationTest}); here an indexer with a thread the test holds up shows what the analyst sees
 * meanwhile.
 */
@IntegrationTest
class BackgroundIndexingTest {

    @Autowired
    EntityManagerFactory entityManagers;

    @Autowired
    ArchiveImportService importer;

    @Autowired
    ProjectService projects;

    @Autowired
    CorpusService corpus;

    private final ExecutorService background = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopBackground() {
        background.shutdownNow();
    }

    @Test
    void search_says_results_may_be_missing_until_the_indexer_has_caught_up_with_an_import() throws Exception {
        Project project = projects.create("background-" + UUID.randomUUID());
        importer.importPaths(
                project, List.of(Path.of("src/test/resources/importing/2013-November.txt")), ImportProgress.NONE);
        List<Long> ids = corpus.findMessages(project, MessageFilter.EVERYTHING, Pageable.ofSize(100)).stream()
                .map(MessageListRow::id)
                .toList();
        // Stored, and taken out of the index again: as they are between the import's end and the indexer's turn.
        unindex(ids);
        CountDownLatch earlierImport = new CountDownLatch(1);
        background.execute(() -> awaitQuietly(earlierImport));
        ImportedMessagesIndexer indexer = new ImportedMessagesIndexer(entityManagers, background);
        SearchIndex sut = new SearchIndex(entityManagers, indexer, false);

        indexer.index(new MessagesImported(project.getId(), ids));

        CompletableFuture<Void> caughtUp = sut.importsIndexed();
        CompletableFuture<Void> whole = sut.whole();
        assertThat(ids).as("messages imported").hasSizeGreaterThan(1);
        assertThat(sut.incomplete())
                .as("incomplete while an earlier import is indexed")
                .isTrue();
        assertThat(sut.importsPending()).as("imports pending meanwhile").isTrue();
        assertThat(caughtUp).as("caught up meanwhile").isNotDone();
        assertThat(whole).as("whole meanwhile").isNotDone();
        assertThat(indexed(project)).as("messages found meanwhile").isZero();

        earlierImport.countDown();
        sut.awaitImportsIndexed();

        assertThat(caughtUp).as("caught up at last").isDone();
        assertThat(whole).as("whole at last").isDone();
        assertThat(sut.incomplete()).as("incomplete once caught up").isFalse();
        assertThat(sut.importsPending()).as("imports pending once caught up").isFalse();
        assertThat(indexed(project)).as("messages found once caught up").isEqualTo(ids.size());
    }

    private void unindex(List<Long> ids) {
        try (EntityManager entityManager = entityManagers.createEntityManager()) {
            SearchSession session = Search.session(entityManager);
            session.indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.sync());
            SearchIndexingPlan plan = session.indexingPlan();
            ids.forEach(id -> plan.purge(Message.class, id, null));
            plan.execute();
        }
    }

    private long indexed(Project project) {
        try (EntityManager entityManager = entityManagers.createEntityManager()) {
            return Search.session(entityManager)
                    .search(Message.class)
                    .where(f -> f.match().field(MessageSearchMapping.PROJECT_ID).matching(project.getId()))
                    .fetchTotalHitCount();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
