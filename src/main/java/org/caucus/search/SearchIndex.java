package org.caucus.search;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.caucus.corpus.Message;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingFailureContext;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingFailureHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index whole. Messages are indexed once stored ({@link ImportedMessagesIndexer}); at
 * start the index is rebuilt from the database when it does not hold as many messages as the
 * database does (a first start after an upgrade, an index folder deleted, a crash mid-import).
 */
@Component
public class SearchIndex {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);

    private final EntityManagerFactory entityManagers;
    private final ImportedMessagesIndexer imports;
    private final boolean inBackground;
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private volatile boolean closing;
    // Completes when the rebuild under way, if any, has ended.
    private volatile CompletableFuture<Void> rebuilt = CompletableFuture.completedFuture(null);

    SearchIndex(
            EntityManagerFactory entityManagers,
            ImportedMessagesIndexer imports,
            @Value("${caucus.search.rebuild-in-background:true}") boolean inBackground) {
        this.entityManagers = entityManagers;
        this.imports = imports;
        this.inBackground = inBackground;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfOutdated() {
        if (inBackground) {
            Thread.ofVirtual().name("caucus-search-rebuild").start(this::rebuildIfStillOutdated);
        } else {
            rebuildIfStillOutdated();
        }
    }

    /**
     * Imports that ended during start-up (the Demo's, on a first start) are being indexed already: the counts are
     * compared once they are, so that they are not taken for a gap that needs every message indexed afresh.
     */
    private void rebuildIfStillOutdated() {
        try {
            awaitImportsIndexed();
            if (outdated()) {
                rebuild();
            }
        } catch (RuntimeException e) {
            if (!closing) {
                throw e;
            }
        }
    }

    /**
     * Whether the index is being rebuilt, or has yet to take in the messages of a recent import: until then, results
     * may be incomplete.
     */
    public boolean incomplete() {
        return rebuilding.get() || importsPending();
    }

    /** Whether messages of an import that has ended are still to be indexed. */
    boolean importsPending() {
        return imports.catchingUp();
    }

    /**
     * Completes once the index is whole again as far as is known now: the rebuild under way has ended, and the
     * messages of every import that has ended are indexed.
     */
    public CompletableFuture<Void> whole() {
        return rebuilt.thenCompose(done -> importsIndexed());
    }

    /** Completes once the messages of every import that has ended so far are indexed. */
    CompletableFuture<Void> importsIndexed() {
        return imports.caughtUp();
    }

    /**
     * Blocks until the messages of every import that has ended are indexed, and those of every import taken back are
     * dropped. Imports report done before that; a command that ends the process, or a measurement of search, waits
     * here first.
     */
    public void awaitImportsIndexed() {
        importsIndexed().join();
    }

    /** Whether the index and the database disagree on how many messages there are. */
    public boolean outdated() {
        try (EntityManager entityManager = entityManagers.createEntityManager()) {
            long stored = entityManager
                    .createQuery("select count(m) from Message m", Long.class)
                    .getSingleResult();
            long indexed = Search.session(entityManager)
                    .search(Message.class)
                    .where(f -> f.matchAll())
                    .fetchTotalHitCount();
            return stored != indexed;
        }
    }

    /** Indexes every message afresh; blocks until done. */
    public void rebuild() {
        if (!rebuilding.compareAndSet(false, true)) {
            return;
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        rebuilt = done;
        long started = System.nanoTime();
        try (EntityManager entityManager = entityManagers.createEntityManager()) {
            SearchSession session = Search.session(entityManager);
            // One loading thread: the machine is shared, and the analyst's pages come first.
            session.massIndexer(Message.class)
                    .threadsToLoadObjects(1)
                    .batchSizeToLoadObjects(50)
                    .failureHandler(new FailuresUnlessClosing())
                    .startAndWait();
            LOG.info("Search index rebuilt in {} s", (System.nanoTime() - started) / 1_000_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            if (!closing) {
                throw e;
            }
            LOG.info(
                    "Search index rebuild stopped after {} s, as the application closed; it runs again at the next"
                            + " start",
                    (System.nanoTime() - started) / 1_000_000_000);
        } finally {
            rebuilding.set(false);
            done.complete(null);
        }
    }

    /**
     * The application is closing: a rebuild still running loses its database, and its failures from now on are the
     * rebuild being cut short, not errors to report. The index, left short, is rebuilt at the next start.
     */
    @PreDestroy
    void stop() {
        closing = true;
    }

    /** Logs a rebuild's failures as the mass indexer would, unless they come from the application closing. */
    private final class FailuresUnlessClosing implements MassIndexingFailureHandler {

        @Override
        public void handle(MassIndexingFailureContext failure) {
            if (!closing) {
                LOG.error("Search index rebuild: {}", failure.failingOperation(), failure.throwable());
            }
        }
    }
}
