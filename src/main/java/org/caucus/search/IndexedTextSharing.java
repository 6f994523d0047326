package org.caucus.search;

import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.caucus.corpus.Message;
import org.caucus.corpus.TextSharingMessages;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the messages that share passages with new ones in the search index: one query a passage, for the messages
 * of the project holding at least half of its words, those holding most of them first.
 */
@Component
class IndexedTextSharing implements TextSharingMessages {

    private final EntityManager entityManager;
    private final SearchIndex index;

    IndexedTextSharing(EntityManager entityManager, SearchIndex index) {
        this.entityManager = entityManager;
        this.index = index;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Set<Long>> sharingPassages(long projectId, List<Set<String>> passages, int perPassage) {
        // A message the index lacks would never be found: then nothing can be said from it.
        if (index.incomplete() || index.outdated()) {
            return Optional.empty();
        }
        SearchSession session = Search.session(entityManager);
        Set<Long> found = new HashSet<>();
        for (Set<String> words : passages) {
            found.addAll(session.search(Message.class)
                    .select(f -> f.id(Long.class))
                    .where(f -> f.bool(passage -> {
                        passage.filter(
                                f.match().field(MessageSearchMapping.PROJECT_ID).matching(projectId));
                        words.forEach(word -> passage.should(
                                f.match().field(MessageSearchMapping.BODY).matching(word)));
                        passage.minimumShouldMatchNumber((words.size() + 1) / 2);
                    }))
                    // Those holding most of the passage first, of them the earliest: where it was first written.
                    .sort(f -> f.composite()
                            .add(f.score())
                            .add(f.field(MessageSearchMapping.SENT_AT)
                                    .asc()
                                    .missing()
                                    .last()))
                    .fetchHits(perPassage));
        }
        return Optional.of(found);
    }
}
