package org.caucus.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.caucus.corpus.Message;
import org.caucus.corpus.MessagesImported;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Indexes messages once they are stored. Hibernate Search's automatic indexing is switched off
 * ({@code hibernate.search.indexing.listeners.enabled=false}): inside an import's transactions it indexed every message
 * as it was written and made the import several times slower, so imported messages are indexed here afterwards, a
 * chunk at a time. Runs after the storing transaction commits (or at once when there is none), in the thread that
 * stored them, so that an import is searchable when it reports done.
 */
@Component
class ImportedMessagesIndexer {

    private static final Logger LOG = LoggerFactory.getLogger(ImportedMessagesIndexer.class);
    private static final int CHUNK = 500;

    private final EntityManagerFactory entityManagers;

    ImportedMessagesIndexer(EntityManagerFactory entityManagers) {
        this.entityManagers = entityManagers;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void index(MessagesImported imported) {
        List<Long> ids = imported.messageIds();
        try (EntityManager entityManager = entityManagers.createEntityManager()) {
            SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
            for (int from = 0; from < ids.size(); from += CHUNK) {
                entityManager
                        .createQuery(
                                "select m from Message m left join fetch m.poster where m.id in :ids", Message.class)
                        .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                        .getResultList()
                        .forEach(plan::addOrUpdate);
                plan.execute();
                entityManager.clear();
            }
        } catch (RuntimeException e) {
            // The messages are stored; a search index that misses them is rebuilt at the next start (SearchIndex).
            LOG.warn("Could not index {} imported messages for search", ids.size(), e);
        }
    }
}
