package org.caucus.cli;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * H2 hands back the last result of a query it has prepared before while no table the query reads has changed. A
 * benchmark that runs the same query again would time that cache, not the query; a change of schema empties it.
 */
final class H2AnswerCache {

    private H2AnswerCache() {}

    /** Something to run before each timed run, so that the run really computes. */
    static Runnable emptier(JdbcTemplate jdbc) {
        return () -> {
            jdbc.execute("create sequence benchmark_forget_answers");
            jdbc.execute("drop sequence benchmark_forget_answers");
        };
    }
}
