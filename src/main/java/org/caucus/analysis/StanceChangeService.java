package org.caucus.analysis;

import jakarta.persistence.EntityManager;
import java.text.CollationKey;
import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.collections4.ListUtils;
import org.caucus.codebook.CodebookService;
import org.caucus.codebook.PositionChoice;
import org.caucus.coding.StanceQualifier;
import org.caucus.project.Project;
import org.hibernate.jpa.HibernateHints;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes of stance: a participant who supported a position and later opposed it, or the reverse; neutral passages
 * do not break a run. The passages in scope are read as keys only (who, on what, which side, when), ordered by
 * participant and position, and each run is followed in time here while the next is read, so that no more than one
 * run's keys are held at once. Only the passages on either side of the changes a page shows are then read whole.
 * Reading every such passage whole, sorted by the database, took 13-21 s over a million passages; finding the 45,476
 * changes among them now takes 4-6.
 */
@Service
@Transactional(readOnly = true)
public class StanceChangeService {

    /*
     * Passages read whole per look-up by id. H2 checks each row it finds against every id of the list again: with a
     * thousand per look-up the changes of a million passages took 7.0 s, with a hundred 6.2-6.3 s.
     */
    private static final int PASSAGES_PER_LOOK_UP = 100;

    // Keys read per round trip: PostgreSQL then reads through a cursor instead of sending the whole result at once.
    private static final int STANCES_PER_FETCH = 5_000;

    private final EntityManager entityManager;
    private final CodebookService codebook;

    StanceChangeService(EntityManager entityManager, CodebookService codebook) {
        this.entityManager = entityManager;
        this.codebook = codebook;
    }

    /**
     * The changes of stance found in a scope, in {@link #readingOrder reading order}, without their passages: a page
     * shows a few of tens of thousands, and {@link #read} reads the passages of those it shows.
     */
    public static final class FoundChanges {

        private final long projectId;
        private final List<Found> inReadingOrder;

        private FoundChanges(long projectId, List<Found> inReadingOrder) {
            this.projectId = projectId;
            this.inReadingOrder = inReadingOrder;
        }

        public int size() {
            return inReadingOrder.size();
        }
    }

    /** Every change in the scope, in {@link #readingOrder reading order}. */
    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    public FoundChanges find(Project project, ComparisonScope scope) {
        ScopeFilter filter = ScopeFilter.of(project.getId(), scope)
                .and("s.id is not null and m.sentAt is not null", q -> {})
                .and("a.qualifier <> org.caucus.coding.StanceQualifier.NEUTRAL", q -> {});
        List<Found> found = new ArrayList<>();
        // Ordered by run, so that one run at a time is held here, not every passage in scope.
        try (Stream<Stance> stances = filter.bind(entityManager.createQuery(
                        "select a.id, s.id, a.position.id, a.qualifier, a.statementKey, m.sentAt, m.id, a.start"
                                + ScopeFilter.FROM + filter.where() + " order by s.id, a.position.id",
                        Object[].class))
                .setHint(HibernateHints.HINT_FETCH_SIZE, STANCES_PER_FETCH)
                .getResultStream()
                .map(Stance::of)) {
            List<Stance> run = new ArrayList<>();
            for (Stance stance : (Iterable<Stance>) stances::iterator) {
                if (!run.isEmpty() && !run.getFirst().run().equals(stance.run())) {
                    found.addAll(walk(run, scope.counting()));
                    run.clear();
                }
                run.add(stance);
            }
            found.addAll(walk(run, scope.counting()));
        }
        found.sort(readingOrder(project));
        return new FoundChanges(project.getId(), List.copyOf(found));
    }

    /** The changes {@code from} to {@code from + count} of those found, each with its two passages. */
    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    public List<StanceChange> read(Project project, FoundChanges changes, int from, int count) {
        if (changes.projectId != project.getId()) {
            throw new IllegalArgumentException("changes of stance found in project " + changes.projectId
                    + " read as project " + project.getId() + "'s");
        }
        int size = changes.size();
        List<Found> page = changes.inReadingOrder.subList(Math.min(from, size), Math.min(from + count, size));
        Map<Long, PassageLink> passages = passages(page);
        return page.stream().map(change -> change.read(passages)).toList();
    }

    /** By participant (alphabetically), position (in codebook order), then in time. */
    private Comparator<Found> readingOrder(Project project) {
        Map<Long, Integer> positionOrder = PositionChoice.placesIn(codebook.positions(project.getId()));
        // A collation key per participant, made once: comparing names through the collator itself took a tenth of
        // the time.
        Collator collator = Collator.getInstance(Locale.ROOT);
        Map<Long, CollationKey> names = new HashMap<>();
        entityManager
                .createQuery(
                        "select s.id, s.displayName from Participant s where s.project.id = :project", Object[].class)
                .setParameter("project", project.getId())
                .getResultStream()
                .forEach(row -> names.put((Long) row[0], collator.getCollationKey((String) row[1])));
        return Comparator.comparing((Found change) -> names.get(change.run().speakerId()))
                .thenComparingLong(change -> change.run().speakerId())
                .thenComparingInt(change -> positionOrder.get(change.run().positionId()))
                .thenComparing(Found::after, Stance.IN_TIME);
    }

    /**
     * Follows one participant's passages on one position in time. When statements are counted, a quote of an earlier
     * statement restates nothing and is skipped; otherwise every occurrence counts as saying it again.
     */
    private static List<Found> walk(List<Stance> stances, Counting counting) {
        List<Found> changes = new ArrayList<>();
        Set<String> statementsSeen = new HashSet<>();
        Stance previous = null;
        for (Stance stance : stances.stream().sorted(Stance.IN_TIME).toList()) {
            if (counting == Counting.STATEMENTS && !statementsSeen.add(stance.statementKey())) {
                continue;
            }
            if (previous != null && previous.qualifier() != stance.qualifier()) {
                changes.add(new Found(stance.run(), previous, stance));
            }
            previous = stance;
        }
        return changes;
    }

    /** The passages on either side of the changes, read whole, by id. */
    private Map<Long, PassageLink> passages(List<Found> changes) {
        // In the order the database keeps them, so that each look-up reads few of its pages, and reads each once.
        Set<Long> ids = new TreeSet<>();
        changes.forEach(change -> {
            ids.add(change.before().annotationId());
            ids.add(change.after().annotationId());
        });
        Map<Long, PassageLink> passages = new HashMap<>();
        for (List<Long> chunk : ListUtils.partition(List.copyOf(ids), PASSAGES_PER_LOOK_UP)) {
            entityManager
                    .createQuery(
                            "select " + PassageLink.COLUMNS + ScopeFilter.FROM + " where a.id in :ids", Object[].class)
                    .setParameter("ids", chunk)
                    .getResultStream()
                    .map(PassageLink::of)
                    .forEach(passage -> passages.put(passage.annotationId(), passage));
        }
        return passages;
    }

    /** One participant on one position. */
    private record Run(long speakerId, long positionId) {}

    /** A change of stance found in a run: the passage before it and the one after. */
    private record Found(Run run, Stance before, Stance after) {

        StanceChange read(Map<Long, PassageLink> passages) {
            PassageLink afterwards = passages.get(after.annotationId());
            return new StanceChange(
                    afterwards.speaker(), afterwards.position(), passages.get(before.annotationId()), afterwards);
        }
    }

    /** The keys of one coded passage that following a run needs. */
    private record Stance(
            long annotationId,
            Run run,
            StanceQualifier qualifier,
            String statementKey,
            Instant sentAt,
            long messageId,
            int start) {

        static final Comparator<Stance> IN_TIME = Comparator.comparing(Stance::sentAt)
                .thenComparingLong(Stance::messageId)
                .thenComparingInt(Stance::start)
                .thenComparingLong(Stance::annotationId);

        static Stance of(Object[] row) {
            return new Stance(
                    (Long) row[0],
                    new Run((Long) row[1], (Long) row[2]),
                    (StanceQualifier) row[3],
                    (String) row[4],
                    (Instant) row[5],
                    (Long) row[6],
                    (Integer) row[7]);
        }
    }
}
