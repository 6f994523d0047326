package org.caucus.corpus;

import java.time.Instant;
import java.util.List;
import org.caucus.project.Project;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the record of each import: when it ran, what it read, and every problem it met. */
@Component
class ImportRuns {

    private final ImportRunRepository runs;
    private final ImportProblemRepository problems;

    ImportRuns(ImportRunRepository runs, ImportProblemRepository problems) {
        this.runs = runs;
        this.problems = problems;
    }

    /** Written at once and on its own, so that an import killed half-way still shows as begun. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    long start(Project project, String sources, Instant now) {
        return runs.save(new ImportRun(project, sources, now)).getId();
    }

    /**
     * Part of the batch's transaction: a problem is kept exactly when its batch is.
     *
     * @param raw the bytes of a message that failed, kept so that nothing is lost; {@code null} otherwise
     * @return the problem as the report gives it, with where its bytes are kept
     */
    @Transactional(propagation = Propagation.MANDATORY)
    ImportReport.Problem recordProblem(long runId, ImportReport.Problem problem, byte[] raw) {
        return problems.save(new ImportProblem(runId, problem, raw)).reported();
    }

    /**
     * Begins the record of an import done within the caller's transaction, such as one pasted page's: it is kept, and
     * its messages with it, only if the transaction commits.
     *
     * @return the import's id, which its messages are stored with
     */
    @Transactional(propagation = Propagation.MANDATORY)
    long beginWithin(Project project, String sources, Instant started) {
        return runs.save(new ImportRun(project, sources, started)).getId();
    }

    /**
     * Ends the record {@link #beginWithin begun} in the caller's transaction.
     *
     * @param problemList what it could not understand, if anything
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void endWithin(long runId, ImportCounts counts, List<ImportReport.Problem> problemList, Instant ended) {
        for (ImportReport.Problem problem : problemList) {
            problems.save(new ImportProblem(runId, problem, null));
        }
        runs.findById(runId).orElseThrow().finish(ImportStatus.DONE, counts, ended);
    }

    /** An import within the caller's transaction that stored nothing: a page refused, or one the project held. */
    @Transactional(propagation = Propagation.MANDATORY)
    void recordWhole(
            Project project,
            String sources,
            Instant started,
            Instant ended,
            ImportCounts counts,
            List<ImportReport.Problem> problemList) {
        endWithin(beginWithin(project, sources, started), counts, problemList, ended);
    }

    @Transactional
    ImportReport finish(
            long runId,
            boolean cancelled,
            ImportCounts counts,
            int earlierQuotesTraced,
            List<ImportReport.Problem> problemList,
            Instant now) {
        ImportRun run = runs.findById(runId).orElseThrow();
        run.finish(cancelled ? ImportStatus.CANCELLED : ImportStatus.DONE, counts, now);
        run.earlierQuotesTraced(earlierQuotesTraced);
        return new ImportReport(runId, cancelled, counts, earlierQuotesTraced, List.copyOf(problemList));
    }

    @Transactional
    void fail(long runId, ImportCounts counts, Instant now) {
        runs.findById(runId).orElseThrow().finish(ImportStatus.FAILED, counts, now);
    }
}
