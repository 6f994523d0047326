package org.caucus.corpus;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.collections4.ListUtils;
import org.caucus.project.Project;
import org.caucus.shared.Counted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes an import back: removes the messages it stored, as an analyst does who imported the wrong archive or the wrong
 * months, or one killed half-way by a stopped server. The import's record stays, marked as removed. Each message
 * keeps the import that stored it.
 *
 * <p>Removal refuses what it cannot undo cleanly: coded passages on the messages, or traced to them, are the analysts'
 * work. Then nothing is removed, and the refusal says which and how many. What the messages leave behind is mended:
 * replies to them are threaded again and their quotes credited up the thread anew, quotes traced to them are
 * attributed afresh, and participants who posted nothing else are removed with them.
 */
@Service
public class ImportRemoval {

    private static final Logger LOG = LoggerFactory.getLogger(ImportRemoval.class);

    // Ids per statement, within what a statement's parameters may number.
    private static final int IDS_AT_ONCE = 500;

    private final ImportRunRepository runs;
    private final ProjectImports projectImports;
    private final ThreadService threads;
    private final ThreadEvidence threadEvidence;
    private final QuotesOfRemovedMessages quotesOfRemoved;
    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ImportRemoval(
            ImportRunRepository runs,
            ProjectImports projectImports,
            ThreadService threads,
            ThreadEvidence threadEvidence,
            QuotesOfRemovedMessages quotesOfRemoved,
            JdbcTemplate jdbc,
            ApplicationEventPublisher events,
            Clock clock) {
        this.runs = runs;
        this.projectImports = projectImports;
        this.threads = threads;
        this.threadEvidence = threadEvidence;
        this.quotesOfRemoved = quotesOfRemoved;
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.events = events;
        this.clock = clock;
    }

    /**
     * What a removal took away.
     *
     * @param quotesAttributedAfresh quotes in other imports' messages that were traced to the removed ones, now
     *     attributed as their own messages and threads attribute them
     */
    public record Removed(int messages, int participants, int quotesAttributedAfresh) {

        /** In words, for a notification or a command's output: "2 messages, and 1 participant who posted ...". */
        public String summary() {
            String removed = Counted.of(messages, "message") + ", and " + Counted.of(participants, "participant")
                    + " who posted nothing else";
            return quotesAttributedAfresh == 0
                    ? removed
                    : removed + "; " + Counted.of(quotesAttributedAfresh, "quote")
                            + " in other imports' messages, traced to them, attributed afresh";
        }
    }

    /**
     * Removes the messages the import stored, all or none.
     *
     * @throws ImportRemovalRefused when the import cannot be taken back, saying why; nothing is changed then
     * @throws ImportRunningException while an import into the project runs
     */
    @Transactional
    @PreAuthorize("@projectAccess.canOwn(#project?.id)")
    public Removed remove(Project project, long runId) {
        long started = System.nanoTime();
        long projectId = project.getId();
        PastImport run = runs.findById(runId)
                .filter(found -> found.belongsTo(projectId))
                .map(ImportRun::past)
                .orElseThrow(() -> new ImportRemovalRefused("There is no import " + runId + " in this project."));
        String title = "The import of " + run.sources();
        projectImports.holdUntilTransactionEnds(projectId, title + " cannot be removed");
        if (run.removed()) {
            throw new ImportRemovalRefused(title + " cannot be removed: its messages were removed already.");
        }
        List<Long> stored = storedBy(projectId, runId);
        if (stored.isEmpty()) {
            throw new ImportRemovalRefused(title + " cannot be removed: it stored no message.");
        }
        refuseWhatCannotBeUndone(title, stored);
        Set<Long> posters = idsOf(stored, "select poster_id from message where id in (:ids) and poster_id is not null");
        List<QuotesOfRemovedMessages.Quote> quotes = quotesOfRemoved.tracedTo(stored);
        delete(stored);
        Set<Long> moved = threads.settle(threads.start(project));
        int afresh = quotesOfRemoved.attributeAfresh(project, quotes);
        threadEvidence.creditNewAndMoved(
                project,
                quotes.stream().map(QuotesOfRemovedMessages.Quote::messageId).toList(),
                moved);
        // After the quotes: one whose attribution names a poster of the removed messages keeps them.
        int participants = removeIdle(projectId, posters);
        // Read again: threading cleared the persistence context, and with it the record read above.
        runs.findById(runId).orElseThrow().removed(clock.instant());
        events.publishEvent(new MessagesRemoved(projectId, stored));
        Removed removed = new Removed(stored.size(), participants, afresh);
        LOG.info(
                "Project {}: took import {} back in {} ms: {}",
                projectId,
                runId,
                (System.nanoTime() - started) / 1_000_000,
                removed.summary());
        return removed;
    }

    private List<Long> storedBy(long projectId, long runId) {
        return jdbc.queryForList(
                "select id from message where project_id = ? and import_run_id = ? order by id",
                Long.class,
                projectId,
                runId);
    }

    private void refuseWhatCannotBeUndone(String title, List<Long> stored) {
        List<String> held = new ArrayList<>();
        int coded = idsOf(
                        stored,
                        "select id from annotation where message_id in (:ids)"
                                + " union select id from annotation where origin_message_id in (:ids)")
                .size();
        if (coded > 0) {
            held.add(Counted.of(coded, "coded passage") + (coded == 1 ? " is" : " are")
                    + " on its messages or traced to them");
        }
        int changes = idsOf(stored, "select id from annotation_change where message_id in (:ids)")
                .size();
        if (coded == 0 && changes > 0) {
            held.add("its messages have a coding history (" + Counted.of(changes, "change") + ")");
        }
        if (!held.isEmpty()) {
            throw new ImportRemovalRefused(
                    title + " cannot be removed: " + String.join("; ", held) + ". Nothing was removed.");
        }
    }

    /** The ids a query gives for the stored messages, asked a partition at a time. */
    private Set<Long> idsOf(List<Long> stored, String query) {
        Set<Long> found = new HashSet<>();
        for (List<Long> ids : ListUtils.partition(stored, IDS_AT_ONCE)) {
            found.addAll(named.queryForList(query, Map.of("ids", ids), Long.class));
        }
        return found;
    }

    /**
     * Unlinks the messages from each other and from the messages that stay, then deletes them with their blocks and
     * attachments. The reports of the import keep their problems, no longer pointing at a message.
     */
    private void delete(List<Long> stored) {
        for (List<Long> ids : ListUtils.partition(stored, IDS_AT_ONCE)) {
            Map<String, List<Long>> those = Map.of("ids", ids);
            named.update("update message set parent_id = null where parent_id in (:ids)", those);
            named.update("update message set thread_id = id where thread_id in (:ids) and id not in (:ids)", those);
            named.update("update message set thread_id = null where id in (:ids)", those);
            named.update(
                    "update message_block set origin_message_id = null, origin_start = null, origin_end = null"
                            + " where origin_message_id in (:ids)",
                    those);
            named.update("update import_problem set message_id = null where message_id in (:ids)", those);
        }
        for (List<Long> ids : ListUtils.partition(stored, IDS_AT_ONCE)) {
            named.update("delete from message where id in (:ids)", Map.of("ids", ids));
        }
    }

    /** Removes the posters who, with the messages gone, neither posted nor are credited with anything. */
    private int removeIdle(long projectId, Set<Long> posters) {
        int removed = 0;
        for (List<Long> ids : ListUtils.partition(List.copyOf(posters), IDS_AT_ONCE)) {
            removed += named.update("""
                    delete from participant p where p.project_id = :project and p.id in (:ids)
                       and not exists (select 1 from message m where m.poster_id = p.id)
                       and not exists (select 1 from message_block b where b.speaker_id = p.id)
                       and not exists (select 1 from annotation a where a.speaker_id = p.id)""", Map.of("project", projectId, "ids", ids));
        }
        return removed;
    }
}
