package org.caucus.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.caucus.corpus.CodedState;
import org.caucus.corpus.CorpusService;
import org.caucus.corpus.MessageFilter;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code benchmark-messages}: writes a synthetic project of 100,000 messages (by default), a third of them coded, into a
 * fresh database, then times what the Messages page asks for as an analyst narrows and scrolls it: the count of the
 * messages a filter lets through, and a page of them at the top, the middle and the end. Each filter the page offers
 * is timed alone, and three together. Two references are measured in the same run: a page of messages read by their
 * ids (the least a page can cost) and one pass over every message of the project in an index (what a list that
 * passed them all would cost at least).
 */
@Component
class MessageListBenchmarkCommand implements Command {

    static final String PROJECT = "message list benchmark";

    // Vaadin's grid asks for its rows fifty at a time.
    private static final int PAGE = 50;

    private final ProjectService projects;
    private final CorpusService corpus;
    private final DataSource dataSource;

    MessageListBenchmarkCommand(ProjectService projects, CorpusService corpus, DataSource dataSource) {
        this.projects = projects;
        this.corpus = corpus;
        this.dataSource = dataSource;
    }

    /** One way an analyst narrows the list, named as the report prints it. */
    private record View(String name, MessageFilter filter) {}

    @Override
    public String name() {
        return "benchmark-messages";
    }

    @Override
    public String usage() {
        return "--data-dir EMPTY_DIR [--messages 100000] [--annotations 30000] [--warm-ups 3] [--runs 9] [--reuse]";
    }

    @Override
    public Set<String> flags() {
        return Set.of("reuse");
    }

    @Override
    public int run(CommandArguments arguments, PrintStream out) {
        arguments.allowOnly(Set.of("messages", "annotations", "warm-ups", "runs", "reuse"));
        if (!arguments.operands().isEmpty()) {
            throw new UsageException("The benchmark takes no files: it generates its own data.");
        }
        SyntheticCoding.Shape shape = SyntheticCoding.Shape.messageList(
                arguments.positiveCount("messages", 100_000), arguments.positiveCount("annotations", 30_000));
        RepeatedTiming timing =
                new RepeatedTiming(arguments.positiveCount("warm-ups", 3), arguments.positiveCount("runs", 9));
        SyntheticCorpusFolder.fill(projects, PROJECT, arguments.flag("reuse"), () -> generate(shape, out), out);
        Project project = projects.findByName(PROJECT).orElseThrow();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Runnable forgetAnswers = H2AnswerCache.emptier(jdbc);
        // The middle of the project's messages, where the floor's page starts and whose month and thread are timed.
        long halfway = corpus.countMessages(project, MessageFilter.EVERYTHING) / 2;
        References references = references(project, halfway, jdbc, timing, forgetAnswers, out);
        out.println("Milliseconds, median of " + timing.runs() + " runs after " + timing.warmUps()
                + " to warm up; a page is " + PAGE + " rows");
        out.printf(
                Locale.ROOT,
                "%-52s %9s %8s %8s %8s %8s %9s %9s%n",
                "filter",
                "messages",
                "count",
                "top",
                "middle",
                "end",
                "to floor",
                "to scan");
        double slowestCount = 0;
        double slowestPage = 0;
        for (View view : views(project, halfway, jdbc)) {
            long[] matching = new long[1];
            double count = timing.medianMillis(
                    forgetAnswers, () -> matching[0] = corpus.countMessages(project, view.filter()));
            long lastPage = Math.max(0, (matching[0] - 1) / PAGE);
            double top = page(timing, forgetAnswers, project, view, 0);
            double middle = page(timing, forgetAnswers, project, view, lastPage / 2);
            double end = page(timing, forgetAnswers, project, view, lastPage);
            double page = Math.max(top, Math.max(middle, end));
            slowestCount = Math.max(slowestCount, count);
            slowestPage = Math.max(slowestPage, page);
            double worst = Math.max(count, page);
            out.printf(
                    Locale.ROOT,
                    "%-52s %,9d %8.2f %8.2f %8.2f %8.2f %8.1fx %8.3fx%n",
                    view.name(),
                    matching[0],
                    count,
                    top,
                    middle,
                    end,
                    worst / references.floor(),
                    worst / references.scan());
        }
        out.printf(
                Locale.ROOT,
                "Slowest count: %.2f ms, %.3fx the scan; slowest page: %.2f ms, %.1fx the floor, %.3fx the scan"
                        + " (target: each under 100 ms)%n",
                slowestCount,
                slowestCount / references.scan(),
                slowestPage,
                slowestPage / references.floor(),
                slowestPage / references.scan());
        return OK;
    }

    /** Milliseconds of the least a page can cost, and of a list that read every message. */
    private record References(double floor, double scan) {}

    private References references(
            Project project,
            long halfway,
            JdbcTemplate jdbc,
            RepeatedTiming timing,
            Runnable forgetAnswers,
            PrintStream out) {
        long pageStart = jdbc.queryForObject(
                "select id from message where project_id = ? order by id offset ? rows fetch next 1 row only",
                Long.class,
                project.getId(),
                halfway);
        double floor = timing.medianMillis(
                forgetAnswers,
                () -> jdbc.queryForList(
                        "select id, sent_at, subject, list_name, poster_id, thread_id from message"
                                + " where id >= ? order by id fetch first ? rows only",
                        pageStart,
                        PAGE));
        out.printf(
                Locale.ROOT,
                "Floor, %d messages read by their ids: %.2f ms (median of %d)%n",
                PAGE,
                floor,
                timing.runs());
        // One pass over the project's entries in an index, not over its rows: how many of a row's pages H2 holds in its
        // cache at the moment swings a pass over the rows sixfold from run to run.
        double scan = timing.medianMillis(
                forgetAnswers,
                () -> jdbc.queryForObject(
                        "select sum(id) from message where project_id = ?", Long.class, project.getId()));
        out.printf(Locale.ROOT, "Scan, every message of the project passed once in an index: %.2f ms%n", scan);
        return new References(floor, scan);
    }

    private double page(RepeatedTiming timing, Runnable forgetAnswers, Project project, View view, long page) {
        return timing.medianMillis(
                forgetAnswers, () -> corpus.findMessages(project, view.filter(), PageRequest.of((int) page, PAGE)));
    }

    /**
     * The filters to time, chosen from what the project holds so that a reused or smaller corpus is narrowed the same
     * way: its busiest and its quietest poster, the month and the thread of its middle message, its busiest position.
     */
    private List<View> views(Project project, long halfway, JdbcTemplate jdbc) {
        long id = project.getId();
        String list = corpus.listNames(project).getFirst();
        long busiest = poster(jdbc, id, "desc");
        long quietest = poster(jdbc, id, "asc");
        Map<String, Object> middleMessage = jdbc.queryForMap(
                "select thread_id, sent_at from message where project_id = ? order by sent_at, id offset ? rows"
                        + " fetch next 1 row only",
                id,
                halfway);
        long thread = ((Number) middleMessage.get("thread_id")).longValue();
        LocalDate middleDay = ((OffsetDateTime) middleMessage.get("sent_at"))
                .atZoneSameInstant(MessageFilter.DAYS_IN)
                .toLocalDate();
        LocalDate monthStart = middleDay.withDayOfMonth(1);
        LocalDate monthEnd = monthStart.plusMonths(1).minusDays(1);
        long position = jdbc.queryForObject(
                "select a.position_id from annotation a join message m on m.id = a.message_id where m.project_id = ?"
                        + " group by a.position_id order by count(*) desc, a.position_id fetch first 1 row only",
                Long.class,
                id);
        MessageFilter all = MessageFilter.EVERYTHING;
        return List.of(
                new View("every message", all),
                new View("one list (" + list + ")", all.withListName(list)),
                new View("the busiest poster", all.withPosterId(busiest)),
                new View("the quietest poster", all.withPosterId(quietest)),
                new View(
                        "one month (" + monthStart.getMonth() + " " + monthStart.getYear() + ")",
                        all.withSentFrom(monthStart).withSentTo(monthEnd)),
                new View("one thread", all.withThreadId(thread)),
                new View("coded", all.withCoded(CodedState.CODED)),
                new View("uncoded", all.withCoded(CodedState.UNCODED)),
                new View("coded with the busiest position", all.withPositionId(position)),
                new View(
                        "one list, one month, uncoded",
                        all.withListName(list)
                                .withSentFrom(monthStart)
                                .withSentTo(monthEnd)
                                .withCoded(CodedState.UNCODED)));
    }

    /** The poster of the most messages ({@code desc}) or of the fewest ({@code asc}), ties to the first. */
    private static long poster(JdbcTemplate jdbc, long projectId, String direction) {
        return jdbc.queryForObject(
                "select poster_id from message where project_id = ? group by poster_id order by count(*) " + direction
                        + ", poster_id fetch first 1 row only",
                Long.class,
                projectId);
    }

    private void generate(SyntheticCoding.Shape shape, PrintStream out) {
        long start = System.nanoTime();
        SyntheticCoding.Corpus generated = new SyntheticCoding(dataSource).generate(PROJECT, shape);
        out.printf(
                Locale.ROOT,
                "Generated %,d messages by %,d participants, %,d coded passages in them, in %.1f s%n",
                generated.messages(),
                generated.participants(),
                generated.annotations(),
                (System.nanoTime() - start) / 1e9);
    }
}
