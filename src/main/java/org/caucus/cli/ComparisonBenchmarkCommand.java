package org.caucus.cli;

import java.io.PrintStream;
import java.util.EnumSet;
import java.util.Set;
import javax.sql.DataSource;
import org.caucus.analysis.CoOccurrenceService;
import org.caucus.analysis.ComparisonScope;
import org.caucus.analysis.Counting;
import org.caucus.analysis.Period;
import org.caucus.analysis.PositionMatrix;
import org.caucus.analysis.PositionMatrixService;
import org.caucus.analysis.Rollup;
import org.caucus.analysis.ScopeChoicesService;
import org.caucus.analysis.StanceChangeService;
import org.caucus.analysis.TimelineService;
import org.caucus.analysis.TimelineSubject;
import org.caucus.coding.StanceQualifier;
import org.caucus.network.Network;
import org.caucus.network.NetworkKind;
import org.caucus.network.NetworkLevel;
import org.caucus.network.NetworkRequest;
import org.caucus.network.NetworkService;
import org.caucus.network.TieWeight;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code benchmark-comparison}: writes a synthetic coded debate (by default a million coded
 * passages, 2,000 participants, 200 positions) into a fresh database, then times the full position
 * matrix against the database's own {@code select count(*)} over the annotation table, measured in
 * the same run as the floor; then the congruence network of the participants against the same floor; then, once
 * each, the comparisons that group the passages themselves, against a pass over every passage.
 */
@Component
class ComparisonBenchmarkCommand implements Command {

    static final String PROJECT = "benchmark";

    // The changes of stance a grid asks for first.
    private static final int FIRST_PAGE = 50;

    private final ProjectService projects;
    private final PositionMatrixService matrices;
    private final NetworkService networks;
    private final CoOccurrenceService coOccurrences;
    private final TimelineService timelines;
    private final StanceChangeService stanceChanges;
    private final ScopeChoicesService choices;
    private final DataSource dataSource;

    ComparisonBenchmarkCommand(
            ProjectService projects,
            PositionMatrixService matrices,
            NetworkService networks,
            CoOccurrenceService coOccurrences,
            TimelineService timelines,
            StanceChangeService stanceChanges,
            ScopeChoicesService choices,
            DataSource dataSource) {
        this.projects = projects;
        this.matrices = matrices;
        this.networks = networks;
        this.coOccurrences = coOccurrences;
        this.timelines = timelines;
        this.stanceChanges = stanceChanges;
        this.choices = choices;
        this.dataSource = dataSource;
    }

    @Override
    public String name() {
        return "benchmark-comparison";
    }

    @Override
    public String usage() {
        return "--data-dir EMPTY_DIR [--annotations 1000000] [--participants 2000] [--positions 200] [--warm-ups 5]"
                + " [--runs 5] [--reuse]";
    }

    @Override
    public Set<String> flags() {
        return Set.of("reuse");
    }

    @Override
    public int run(CommandArguments arguments, PrintStream out) {
        arguments.allowOnly(Set.of("annotations", "participants", "positions", "warm-ups", "runs", "reuse"));
        if (!arguments.operands().isEmpty()) {
            throw new UsageException("The benchmark takes no files: it generates its own data.");
        }
        SyntheticCoding.Shape benchmark = SyntheticCoding.Shape.benchmark();
        SyntheticCoding.Shape shape = SyntheticCoding.Shape.of(
                arguments.positiveCount("annotations", benchmark.annotations()),
                arguments.positiveCount("participants", benchmark.participants()),
                arguments.positiveCount("positions", benchmark.positions()));
        // A server answers many comparisons in its life: the figure that matters is the one after the JIT
        // has compiled H2's reading loop, which takes a few runs over a million passages.
        RepeatedTiming timing =
                new RepeatedTiming(arguments.positiveCount("warm-ups", 5), arguments.positiveCount("runs", 5));
        // Generating a million passages takes minutes; --reuse times again what an earlier run generated.
        SyntheticCorpusFolder.fill(projects, PROJECT, arguments.flag("reuse"), () -> generate(shape, out), out);
        Project project = projects.findByName(PROJECT).orElseThrow();

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Runnable forgetAnswers = H2AnswerCache.emptier(jdbc);
        double floor = timing.medianMillis(
                forgetAnswers, () -> jdbc.queryForObject("select count(*) from annotation", Long.class));
        out.printf("Floor, select count(*) from annotation: %.1f ms (median of %d)%n", floor, timing.runs());
        // H2 answers a bare count(*) from the table's row count without reading rows, so the time of
        // one pass over every row is printed beside it.
        double scan = timing.medianMillis(
                forgetAnswers,
                () -> jdbc.queryForObject("select count(*) from annotation where statement_key <> ''", Long.class));
        out.printf("Scan, every annotation read once: %.1f ms%n", scan);

        PositionMatrix[] matrix = new PositionMatrix[1];
        double matrixMillis = timing.medianMillis(forgetAnswers, () -> matrix[0] = matrices.matrix(project));
        out.printf(
                "Position matrix, every participant by every position, statements counted once: %.1f ms"
                        + " (%,d rows, %,d statements)%n",
                matrixMillis, matrix[0].rows().size(), matrix[0].total());
        out.printf(
                "Ratio of the matrix to the floor: %.1fx (target: within 3x and under 300 ms); to the scan: %.2fx%n",
                matrixMillis / floor, matrixMillis / scan);

        NetworkRequest congruence = new NetworkRequest(
                NetworkKind.CONGRUENCE, NetworkLevel.PARTICIPANTS, TieWeight.POSITIONS, ComparisonScope.everything());
        Network[] network = new Network[1];
        double networkMillis =
                timing.medianMillis(forgetAnswers, () -> network[0] = networks.network(project, congruence));
        out.printf(
                "Congruence network of participants, ties weighted by shared stances: %.1f ms (%,d nodes, %,d ties)%n",
                networkMillis, network[0].nodes().size(), network[0].tieCount());
        out.printf(
                "Ratio of the congruence network to the floor: %.1fx (target: under 2 s); to the scan: %.2fx%n",
                networkMillis / floor, networkMillis / scan);

        // What an analyst waits for on the pages that group the passages themselves, timed once each: a filter
        // that keeps every passage, the Co-occurrence page's self-join, and the Over time page's three queries.
        ComparisonScope filtered = new ComparisonScope(
                null, null, Set.of(), Set.of(), Set.of(), EnumSet.allOf(StanceQualifier.class), Counting.STATEMENTS);
        OnceAgainstScan once = new OnceAgainstScan(forgetAnswers, scan, out);
        once.time(
                "Position matrix grouped from the passages (a filter that keeps them all)",
                () -> matrices.matrix(project, filtered, Rollup.PARTICIPANT),
                grouped -> "%,d statements".formatted(grouped.total()));
        once.time(
                "Co-occurrence of every two positions",
                () -> coOccurrences.coOccurrence(project, ComparisonScope.everything()),
                together -> "%,d pairs of positions".formatted(together.pairs().size()));
        once.time(
                "Timeline of every position by month",
                () -> timelines.timeline(
                        project, ComparisonScope.everything(), TimelineSubject.everyone(null), Period.MONTH),
                timeline -> "%,d months".formatted(timeline.periods().size()));
        once.time(
                "Changes of stance, found and the first page read",
                () -> {
                    StanceChangeService.FoundChanges found = stanceChanges.find(project, ComparisonScope.everything());
                    stanceChanges.read(project, found, 0, FIRST_PAGE);
                    return found;
                },
                changes -> "%,d changes".formatted(changes.size()));
        once.time(
                "Participants to choose from on the Over time page (a filter that keeps every passage)",
                () -> choices.rows(project, filtered, Rollup.PARTICIPANT),
                rows -> "%,d participants".formatted(rows.size()));
        return OK;
    }

    private void generate(SyntheticCoding.Shape shape, PrintStream out) {
        long start = System.nanoTime();
        SyntheticCoding.Corpus corpus = new SyntheticCoding(dataSource).generate(PROJECT, shape);
        out.printf(
                "Generated %,d coded passages by %,d participants on %,d positions in %,d messages in %.1f s%n",
                corpus.annotations(),
                corpus.participants(),
                corpus.positions(),
                corpus.messages(),
                (System.nanoTime() - start) / 1e9);
    }
}
