package org.caucus.corpus;

import java.util.List;
import java.util.Optional;
import org.caucus.project.NotFoundWhenDenied;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.HandleAuthorizationDenied;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The imports a project has had, each with its report, kept after the page that ran it is closed: which archives went
 * in, when, what failed and why, and the bytes of each message that failed.
 */
@Service
@Transactional(readOnly = true)
public class ImportHistory {

    private final ImportRunRepository runs;
    private final ImportProblemRepository problems;
    private final MessageRepository messages;

    ImportHistory(ImportRunRepository runs, ImportProblemRepository problems, MessageRepository messages) {
        this.runs = runs;
        this.problems = problems;
        this.messages = messages;
    }

    /** Newest first. */
    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public List<PastImport> of(long projectId) {
        return runs.findByProjectIdOrderByStartedAtDescIdDesc(projectId).stream()
                .map(ImportRun::past)
                .toList();
    }

    /** The report as it was given when the import ended, rebuilt from its record. */
    @PreAuthorize("@corpusAccess.canReadImportRun(#runId)")
    @HandleAuthorizationDenied(handlerClass = NotFoundWhenDenied.class)
    public Optional<ImportReport> report(long runId) {
        return runs.findById(runId)
                .map(ImportRun::past)
                .map(run -> new ImportReport(
                        runId,
                        run.status() == ImportStatus.CANCELLED,
                        run.counts(),
                        run.earlierQuotesTraced(),
                        problems.findReportedByImportRunId(runId)));
    }

    /**
     * How many messages the import stored that are still there, counted: its report's counts are written when it ends,
     * so one that did not end counts nothing, yet stored what it read.
     */
    @PreAuthorize("@corpusAccess.canReadImportRun(#runId)")
    public int messagesStoredBy(long runId) {
        return messages.countStoredBy(runId);
    }

    /** The bytes of a message that failed, exactly as they were read. */
    @PreAuthorize("@corpusAccess.canReadImportProblem(#keptBytesId)")
    @HandleAuthorizationDenied(handlerClass = NotFoundWhenDenied.class)
    public Optional<byte[]> failedMessage(long keptBytesId) {
        return problems.findRawById(keptBytesId);
    }
}
