package org.caucus.search;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.collections4.ListUtils;
import org.caucus.corpus.ListRenamed;
import org.caucus.corpus.Message;
import org.caucus.corpus.MessagesImported;
import org.caucus.corpus.MessagesRemoved;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Indexes messages once they are stored, and drops them from the index once an import is taken back. Hibernate Search's automatic indexing is switched off
 * ({@code hibernate.search.indexing.listeners.enabled=false}): inside an import's transactions it indexed every message
 * as it was written and made the import several times slower, so imported messages are indexed here afterwards, a
 * chunk at a time, after the storing transaction commits (or at once when there is none).
 *
 * <p>Indexing takes a third of a large import's time, and only searching needs it: reading, coding and comparing work
 * on the database. So by default it runs on a thread of its own, one import after another, and the import reports
 * done without waiting; until it has caught up, search says that results may be missing ({@link #catchingUp}).
 *
 * <p>Chunks are handed to Lucene without waiting for each to be committed: a commit per chunk wrote hundreds of tiny
 * segments that Lucene then had to merge, nearly half of the indexing time. One commit and one refresh at the end make
 * the whole import durable and searchable at once.
 */
@Component
class ImportedMessagesIndexer {

    private static final Logger LOG = LoggerFactory.getLogger(ImportedMessagesIndexer.class);
    private static final int CHUNK = 500;

    private final EntityManagerFactory entityManagers;
    private final Executor indexing;
    // Messages handed over and not yet indexed: announced imports, the one being indexed among them.
    private final AtomicLong waiting = new AtomicLong();

    @Autowired
    ImportedMessagesIndexer(
            EntityManagerFactory entityManagers,
            @Value("${caucus.search.index-in-background:true}") boolean inBackground) {
        this(
                entityManagers,
                inBackground
                        ? Executors.newSingleThreadExecutor(Thread.ofPlatform()
                                .name("caucus-search-indexer")
                                .daemon()
                                .factory())
                        : Runnable::run);
    }

    /**
     * @param indexing the thread to index on, one import after another; {@code Runnable::run} to index in the storing
     *     thread
     */
    ImportedMessagesIndexer(EntityManagerFactory entityManagers, Executor indexing) {
        this.entityManagers = entityManagers;
        this.indexing = indexing;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void index(MessagesImported imported) {
        indexLater(imported.messageIds());
    }

    /** A renamed list's messages are indexed again, for the list filter of search. */
    @TransactionalEventListener(fallbackExecution = true)
    void index(ListRenamed renamed) {
        indexLater(renamed.messageIds());
    }

    /** Removed messages leave the index after whatever was handed over before them. */
    @TransactionalEventListener(fallbackExecution = true)
    void drop(MessagesRemoved removed) {
        indexing.execute(() -> dropNow(removed.messageIds()));
    }

    private void indexLater(List<Long> ids) {
        waiting.addAndGet(ids.size());
        indexing.execute(() -> {
            try {
                indexNow(ids);
            } finally {
                waiting.addAndGet(-ids.size());
            }
        });
    }

    /** Whether stored messages are still waiting to be indexed, so that search may miss them. */
    boolean catchingUp() {
        return waiting.get() > 0;
    }

    /** Completes once every message handed over so far is indexed: imports are indexed in the order they ended. */
    CompletableFuture<Void> caughtUp() {
        return CompletableFuture.runAsync(() -> {}, indexing);
    }

    /**
     * At shutdown, lets the import being indexed finish for a while: the database holds its messages either way, and
     * an index left short of them is rebuilt at the next start ({@link SearchIndex}).
     */
    @PreDestroy
    void stop() throws InterruptedException {
        if (indexing instanceof ExecutorService background) {
            background.shutdown();
            if (!background.awaitTermination(1, TimeUnit.MINUTES)) {
                background.shutdownNow();
            }
        }
    }

    private void indexNow(List<Long> ids) {
        List<CompletableFuture<? extends SearchIndexingPlanExecutionReport>> indexed = new ArrayList<>();
        try (EntityManager entityManager = entityManagers.createEntityManager()) {
            SearchSession session = Search.session(entityManager);
            session.indexingPlanSynchronizationStrategy(context -> {
                context.documentCommitStrategy(DocumentCommitStrategy.NONE);
                context.documentRefreshStrategy(DocumentRefreshStrategy.NONE);
                context.indexingFutureHandler(indexed::add);
            });
            SearchIndexingPlan plan = session.indexingPlan();
            List<Long> sorted = ids.stream().sorted().toList();
            for (List<Long> chunk : ListUtils.partition(sorted, CHUNK)) {
                Set<Long> wanted = new HashSet<>(chunk);
                entityManager
                        .createQuery(
                                // A range of ids, not a list: the database then walks its primary key instead of
                                // comparing every row with hundreds of ids. Another import's messages may lie in
                                // the range and are left to that import. Posters' addresses load eagerly: in this
                                // query, not one query per poster.
                                "select m from Message m left join fetch m.poster p left join fetch p.addresses"
                                        + " where m.id between :first and :last",
                                Message.class)
                        .setParameter("first", chunk.getFirst())
                        .setParameter("last", chunk.getLast())
                        .getResultList()
                        .stream()
                        .filter(message -> wanted.contains(message.getId()))
                        .forEach(plan::addOrUpdate);
                plan.execute();
                entityManager.clear();
            }
            failure(indexed).ifPresent(cause -> LOG.warn("Could not index {} imported messages", ids.size(), cause));
            session.workspace(Message.class).flush();
            session.workspace(Message.class).refresh();
        } catch (RuntimeException e) {
            // The messages are stored; a search index that misses them is rebuilt at the next start (SearchIndex).
            LOG.warn("Could not index {} imported messages for search", ids.size(), e);
        }
    }

    private void dropNow(List<Long> ids) {
        try (EntityManager entityManager = entityManagers.createEntityManager()) {
            SearchSession session = Search.session(entityManager);
            SearchIndexingPlan plan = session.indexingPlan();
            ids.forEach(id -> plan.purge(Message.class, id, null));
            plan.execute();
            session.workspace(Message.class).flush();
            session.workspace(Message.class).refresh();
        } catch (RuntimeException e) {
            // The index then counts more messages than the database holds, and is rebuilt at the next start.
            LOG.warn("Could not drop {} removed messages from the search index", ids.size(), e);
        }
    }

    /** Waits for every chunk; the first failure, if any. */
    private static Optional<Throwable> failure(
            List<CompletableFuture<? extends SearchIndexingPlanExecutionReport>> indexed) {
        return indexed.stream()
                .map(CompletableFuture::join)
                .flatMap(report -> report.throwable().stream())
                .findFirst();
    }
}
