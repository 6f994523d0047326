package org.caucus.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongSupplier;
import org.caucus.corpus.MessageFilter;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.caucus.search.SearchIndex;
import org.caucus.search.SearchPage;
import org.caucus.search.SearchService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code benchmark-search}: times full-text searches over an imported project, first page with its
 * keyword-in-context lines, beside two references measured in the same run on the same database:
 * counting the project's messages, and the database's own scan for the word ({@code like}).
 */
@Component
class SearchBenchmarkCommand implements Command {

    private static final List<String> DEFAULT_QUERIES =
            List.of("deferred", "reactor", "\"twisted web\"", "callback errback", "thread*", "xyzzy");
    private static final int RUNS = 15;

    private final ProjectService projects;
    private final SearchService search;
    private final SearchIndex index;
    private final JdbcTemplate jdbc;

    SearchBenchmarkCommand(ProjectService projects, SearchService search, SearchIndex index, JdbcTemplate jdbc) {
        this.projects = projects;
        this.search = search;
        this.index = index;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "benchmark-search";
    }

    @Override
    public String usage() {
        return "--data-dir DIR --project NAME [--queries 'word|\"a phrase\"|...']";
    }

    @Override
    public int run(CommandArguments arguments, PrintStream out) {
        arguments.allowOnly(Set.of("project", "queries"));
        String name = arguments.required("project");
        Project project = projects.findByName(name)
                .orElseThrow(() -> new UsageException("There is no project named '" + name + "'."));
        List<String> queries = arguments
                .option("queries")
                .map(list -> Arrays.asList(list.split("\\|")))
                .orElse(DEFAULT_QUERIES);
        if (index.outdated()) {
            out.println("The search index does not match the database; rebuilding it first.");
            long started = System.nanoTime();
            index.rebuild();
            out.printf(Locale.ROOT, "rebuilt in %.1f s%n", (System.nanoTime() - started) / 1e9);
        }
        long messages =
                jdbc.queryForObject("select count(*) from message where project_id = ?", Long.class, project.getId());
        out.printf(
                Locale.ROOT, "project %s: %,d messages; median of %d runs after a warm-up run%n", name, messages, RUNS);
        double countMs = median(() ->
                jdbc.queryForObject("select count(*) from message where project_id = ?", Long.class, project.getId()));
        out.printf(Locale.ROOT, "reference: count(*) of the project's messages  %8.2f ms%n", countMs);
        out.println("query                 matches  search ms  like-scan ms  search/like  search/count");
        for (String query : queries) {
            SearchPage[] page = new SearchPage[1];
            double searchMs = median(() -> {
                page[0] = search.search(project, query, MessageFilter.EVERYTHING, 0, 25);
                return page[0].messages();
            });
            String word = query.replaceAll("[\"*]", "").split("\\s+")[0].toLowerCase(Locale.ROOT);
            double likeMs = median(() -> jdbc.queryForObject(
                    "select count(*) from message where project_id = ? and lower(body) like ?",
                    Long.class,
                    project.getId(),
                    "%" + word + "%"));
            out.printf(
                    Locale.ROOT,
                    "%-20s %8d %10.2f %13.2f %11.3f %13.1f%n",
                    query,
                    page[0].messages(),
                    searchMs,
                    likeMs,
                    searchMs / likeMs,
                    searchMs / countMs);
        }
        return OK;
    }

    /** Milliseconds, the median of {@link #RUNS} runs after one run to warm up. */
    private static double median(LongSupplier work) {
        work.getAsLong();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            work.getAsLong();
            times.add((System.nanoTime() - started) / 1e6);
        }
        times.sort(Double::compare);
        return times.get(RUNS / 2);
    }
}
