package org.caucus.search;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.caucus.coding.CodedMessages;
import org.caucus.corpus.CodedState;
import org.caucus.corpus.CorpusService;
import org.caucus.corpus.Message;
import org.caucus.corpus.MessageFilter;
import org.caucus.corpus.MessageListRow;
import org.caucus.corpus.MessageReading;
import org.caucus.project.Project;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches a project's messages and shows each hit in its context. Words are matched in the text,
 * the subject and the sender's name; the message list's filters narrow the messages searched.
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

    /** Characters of context shown on each side of a hit. */
    public static final int CONTEXT = 70;

    private static final int HITS_PER_MESSAGE = 5;

    private final EntityManager entityManager;
    private final CorpusService corpus;
    private final CodedMessages coded;
    private final SearchIndex index;

    SearchService(EntityManager entityManager, CorpusService corpus, CodedMessages coded, SearchIndex index) {
        this.entityManager = entityManager;
        this.corpus = corpus;
        this.coded = coded;
        this.index = index;
    }

    /**
     * @param text words to find; "quoted phrases", {@code -word} to exclude, {@code word*} for a prefix
     * @param page counted from 0; a page holds the hits of up to {@code pageSize} messages
     */
    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    public SearchPage search(Project project, String text, MessageFilter filter, int page, int pageSize) {
        if (text == null || text.isBlank()) {
            return new SearchPage(List.of(), 0, 0, pageSize, index.incomplete());
        }
        SearchResult<Found> result = Search.session(entityManager)
                .search(Message.class)
                .select(f -> f.composite()
                        .from(f.id(Long.class), f.highlight(MessageSearchMapping.BODY))
                        .as(Found::new))
                .where((f, clauses) -> narrow(f, clauses, project, text.strip(), filter))
                .highlighter(
                        h -> h.unified().tag(HitLocator.OPEN, HitLocator.CLOSE).numberOfFragments(HITS_PER_MESSAGE))
                .fetch(Math.multiplyExact(page, pageSize), pageSize);
        List<SearchHit> hits = new ArrayList<>();
        Map<Long, Long> passages = coded.passagesIn(
                project.getId(), result.hits().stream().map(Found::messageId).toList());
        for (Found found : result.hits()) {
            long coded = passages.getOrDefault(found.messageId(), 0L);
            corpus.read(found.messageId()).ifPresent(message -> hits.addAll(lines(message, found.fragments(), coded)));
        }
        return new SearchPage(hits, result.total().hitCount(), page, pageSize, index.incomplete());
    }

    /** A hit as the engine returns it: the message and the marked fragments of its text. */
    private record Found(Long messageId, List<String> fragments) {}

    private void narrow(
            SearchPredicateFactory f,
            SimpleBooleanPredicateClausesCollector<?, ?> clauses,
            Project project,
            String text,
            MessageFilter filter) {
        clauses.add(f.match().field(MessageSearchMapping.PROJECT_ID).matching(project.getId()));
        clauses.add(f.simpleQueryString()
                .field(MessageSearchMapping.BODY)
                .field(MessageSearchMapping.SUBJECT)
                .boost(2)
                .field(MessageSearchMapping.POSTER_NAME)
                .matching(text)
                .defaultOperator(BooleanOperator.AND));
        if (filter.listName() != null) {
            clauses.add(f.match().field(MessageSearchMapping.LIST_NAME).matching(filter.listName()));
        }
        if (filter.posterId() != null) {
            clauses.add(f.match().field(MessageSearchMapping.POSTER_ID).matching(filter.posterId()));
        }
        Instant from = filter.sentFrom() == null
                ? null
                : filter.sentFrom().atStartOfDay(MessageFilter.DAYS_IN).toInstant();
        Instant to = filter.sentTo() == null
                ? null
                : filter.sentTo()
                        .plusDays(1)
                        .atStartOfDay(MessageFilter.DAYS_IN)
                        .toInstant();
        if (from != null || to != null) {
            clauses.add(
                    f.range().field(MessageSearchMapping.SENT_AT).between(from, to == null ? null : to.minusNanos(1)));
        }
        if (filter.threadId() != null) {
            clauses.add(oneOf(f, messagesOf(project, MessageFilter.EVERYTHING.withThreadId(filter.threadId()))));
        }
        if (filter.positionId() != null) {
            clauses.add(oneOf(f, coded.messageIds(project.getId(), filter.positionId())));
        }
        if (filter.importRunId() != null) {
            clauses.add(oneOf(f, messagesOf(project, MessageFilter.EVERYTHING.withImportRunId(filter.importRunId()))));
        }
        if (filter.coded() == CodedState.CODED) {
            clauses.add(oneOf(f, coded.messageIds(project.getId(), null)));
        }
        if (filter.coded() == CodedState.UNCODED) {
            clauses.add(f.not(oneOf(f, coded.messageIds(project.getId(), null))));
        }
    }

    private static PredicateFinalStep oneOf(SearchPredicateFactory f, Collection<Long> messageIds) {
        return messageIds.isEmpty() ? f.matchNone() : f.id().matchingAny(messageIds);
    }

    /**
     * The messages of a thread or an import, from the database: threads are rebuilt after each import, and the index
     * does not know which import stored a message.
     */
    private List<Long> messagesOf(Project project, MessageFilter filter) {
        return corpus.findMessages(project, filter, Pageable.unpaged()).stream()
                .map(MessageListRow::id)
                .toList();
    }

    private static List<SearchHit> lines(MessageReading message, List<String> fragments, long passages) {
        List<HitLocator.Span> spans = HitLocator.locate(message.body(), fragments);
        if (spans.isEmpty()) {
            // Matched by its subject or sender only: the line shows the start of the text.
            return List.of(new SearchHit(
                    message.id(),
                    message.subject(),
                    message.poster(),
                    message.sentAt(),
                    message.listName(),
                    -1,
                    -1,
                    "",
                    "",
                    oneLine(message.body().substring(0, Math.min(message.body().length(), 2 * CONTEXT))),
                    null,
                    passages));
        }
        return spans.stream()
                .map(span -> new SearchHit(
                        message.id(),
                        message.subject(),
                        message.poster(),
                        message.sentAt(),
                        message.listName(),
                        span.start(),
                        span.end(),
                        oneLine(message.body().substring(Math.max(0, span.start() - CONTEXT), span.start())),
                        oneLine(message.body().substring(span.start(), span.end())),
                        oneLine(message.body()
                                .substring(span.end(), Math.min(message.body().length(), span.end() + CONTEXT))),
                        speakerAt(message, span.start()),
                        passages))
                .toList();
    }

    private static String speakerAt(MessageReading message, int offset) {
        return message.blocks().stream()
                .filter(block -> block.start() <= offset && offset < block.end())
                .findFirst()
                .map(MessageReading.BlockReading::speaker)
                .orElse(null);
    }

    /** Line breaks and quote markers would break the line up; shown as single spaces instead. */
    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R[>\\s]*", " ");
    }
}
