package org.caucus.analysis;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caucus.coding.PassageRecords;
import org.caucus.corpus.LikePattern;
import org.caucus.project.BlindCoding;
import org.caucus.project.Project;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the comparison filters offer: the lists, coders and threads that hold coded passages. */
@Service
@Transactional(readOnly = true)
public class ScopeChoicesService {

    /** A thread as a filter offers it: its first message's id and subject. */
    public record ThreadChoice(long id, String subject) {}

    /**
     * Message {@code m} holds a coded passage. Asked per message, it stops at the first passage: going
     * from the passages instead read every one of a million passages to find a few lists and threads.
     */
    private static final String CODED = "exists (select 1 from Annotation a where a.message = m)";

    private final EntityManager entityManager;
    private final PassageRecords passages;
    private final BlindCoding blindCoding;

    ScopeChoicesService(EntityManager entityManager, PassageRecords passages, BlindCoding blindCoding) {
        this.entityManager = entityManager;
        this.passages = passages;
        this.blindCoding = blindCoding;
    }

    /**
     * The scope as the current coder may see it: under blind coding, over their own passages only,
     * whatever coders it named, so that no page or export shows them another coder's work.
     */
    public ComparisonScope visible(Project project, ComparisonScope scope) {
        return blindCoding
                .onlyOwnCoding(project.getId())
                .map(own -> scope.withCoders(Set.of(own)))
                .orElse(scope);
    }

    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    public List<String> lists(Project project) {
        return entityManager
                .createQuery(
                        "select distinct m.listName from Message m where m.project.id = :project"
                                + " and m.listName is not null and " + CODED + " order by m.listName",
                        String.class)
                .setParameter("project", project.getId())
                .getResultList();
    }

    /** The coders to choose from: under blind coding, the current coder alone. */
    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    public List<String> coders(Project project) {
        return blindCoding.onlyOwnCoding(project.getId()).map(List::of).orElseGet(() -> passages.coders(project));
    }

    /**
     * A page of the threads that hold coded passages, oldest first, whose first message's subject contains
     * {@code typed} (any case; blank for all). A page at a time: a project of 100,000 messages holds thousands of
     * threads, and reading them all held every page that offers the choice.
     */
    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    public List<ThreadChoice> threads(Project project, String typed, Pageable page) {
        return entityManager
                .createQuery(
                        // Found by their ids, which the project's coded messages give: asking for the project's
                        // messages as well made H2 walk all of them first.
                        "select new org.caucus.analysis.ScopeChoicesService$ThreadChoice(t.id, t.subject) from Message t"
                                + " where t.id in (select m.threadId from Message m where m.project.id = :project and "
                                + CODED + ") and lower(t.subject) like :typed escape '\\' order by t.sentAt, t.id",
                        ThreadChoice.class)
                .setParameter("project", project.getId())
                .setParameter("typed", LikePattern.containing(typed))
                .setFirstResult((int) page.getOffset())
                .setMaxResults(page.getPageSize())
                .getResultList();
    }

    /**
     * The rows of the matrix in scope, keyed and labelled as {@link PositionMatrix} keys and labels them and
     * in its order, without the row of passages that have none (an unknown speaker, no organisation). Asked
     * per participant, it stops at their first passage in scope: grouping the passages to read the matrix's
     * rows took seconds at a million passages.
     */
    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    public Map<String, String> rows(Project project, ComparisonScope scope, Rollup rollup) {
        ScopeFilter filter = ScopeFilter.of(project.getId(), scope).and("a.speaker = s", query -> {});
        List<Object[]> tuples = filter.bind(entityManager.createQuery(
                        "select distinct " + rollup.groupBy() + " from Participant s where s.project.id = :project"
                                + " and " + rollup.attribute() + " is not null and exists (select 1"
                                + ScopeFilter.PASSAGES + filter.where() + ")",
                        Object[].class))
                .getResultList();
        Map<String, String> rows = new LinkedHashMap<>();
        tuples.stream()
                .map(tuple -> Map.entry(rollup.key(tuple), rollup.rowLabel(tuple)))
                .sorted(PositionMatrix.rowOrder(Map.Entry::getKey, Map.Entry::getValue))
                .forEach(row -> rows.put(row.getKey(), row.getValue()));
        return rows;
    }

    /** The subjects of the threads named, by thread id, to label threads already chosen. */
    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    public Map<Long, String> threadSubjects(Project project, Collection<Long> threadIds) {
        if (threadIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> subjects = new HashMap<>();
        entityManager
                .createQuery(
                        "select t.id, t.subject from Message t where t.project.id = :project and t.id in :threads",
                        Object[].class)
                .setParameter("project", project.getId())
                .setParameter("threads", threadIds)
                .getResultStream()
                .forEach(row -> subjects.put((Long) row[0], (String) row[1]));
        return subjects;
    }
}
