package org.caucus.coding;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.collections4.ListUtils;
import org.caucus.corpus.CorpusService;
import org.caucus.corpus.Participant;
import org.caucus.corpus.QuotesTraced;
import org.caucus.corpus.TextSpan;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps coded passages counted as the right statement when an import traces the quote they lie in to where it was
 * first written: a passage coded in a quote before the quoted message was imported is then the same statement as the
 * passage coded in the original, and belongs to the original's poster.
 */
@Component
class PassageOrigins {

    // Messages per query, within what a statement's parameters may number.
    private static final int MESSAGES_PER_QUERY = 500;

    private final AnnotationRepository annotations;
    private final StanceCellLocks cells;
    private final CorpusService corpus;
    private final EntityManager entityManager;

    PassageOrigins(
            AnnotationRepository annotations,
            StanceCellLocks cells,
            CorpusService corpus,
            EntityManager entityManager) {
        this.annotations = annotations;
        this.cells = cells;
        this.corpus = corpus;
        this.entityManager = entityManager;
    }

    /** Runs inside the transaction that traced the quotes, so both change together or not at all. */
    @EventListener
    void on(QuotesTraced traced) {
        Map<Long, List<QuotesTraced.Quote>> byMessage =
                traced.quotes().stream().collect(Collectors.groupingBy(QuotesTraced.Quote::messageId));
        List<Long> messageIds = List.copyOf(byMessage.keySet());
        for (List<Long> chunk : ListUtils.partition(messageIds, MESSAGES_PER_QUERY)) {
            List<Annotation> inQuotes = new ArrayList<>();
            List<QuotesTraced.Quote> theirQuotes = new ArrayList<>();
            for (Annotation annotation : annotations.findInMessages(chunk)) {
                quoteHolding(annotation, byMessage).ifPresent(quote -> {
                    inQuotes.add(annotation);
                    theirQuotes.add(quote);
                });
            }
            cells.hold(inQuotes.stream().map(a -> a.getPosition().getId()).toList());
            for (int i = 0; i < inQuotes.size(); i++) {
                retrace(inQuotes.get(i), theirQuotes.get(i));
            }
        }
    }

    /** The traced quote the whole passage lies in; a passage running out of it keeps its statement. */
    private static Optional<QuotesTraced.Quote> quoteHolding(
            Annotation annotation, Map<Long, List<QuotesTraced.Quote>> byMessage) {
        return byMessage.get(annotation.getMessage().getId()).stream()
                .filter(quote -> quote.start() <= annotation.getStart() && annotation.getEnd() <= quote.end())
                .findFirst();
    }

    private void retrace(Annotation annotation, QuotesTraced.Quote quote) {
        Participant speaker =
                quote.speakerId() == null ? null : entityManager.getReference(Participant.class, quote.speakerId());
        TextSpan span = corpus.locateInOrigin(
                        annotation.getMessage(), annotation.getStart(), annotation.getEnd(), quote.originMessageId())
                .orElse(null);
        annotation.quoteTraced(speaker, quote.originMessageId(), span);
    }
}
