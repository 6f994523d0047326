package org.caucus.corpus;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Something an import could not fully understand, at a named place in a named source. */
@Entity
class ImportProblem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long importRunId;
    private String sourceName;
    private String position;

    @Enumerated(EnumType.STRING)
    private ImportReport.Outcome severity;

    private String reason;
    private Long messageId;

    /** A message that could not be read keeps its bytes here, so that nothing is lost. */
    private byte[] raw;

    protected ImportProblem() {}

    ImportProblem(long importRunId, ImportReport.Problem problem, byte[] raw) {
        this.importRunId = importRunId;
        // The names and reasons are the import's own words, but they quote file names and addresses of any length.
        this.sourceName = FieldLimits.clip(problem.sourceName(), FieldLimits.SOURCE_NAME);
        this.position = FieldLimits.clip(problem.position(), FieldLimits.PROBLEM_POSITION);
        this.severity = problem.outcome();
        this.reason = FieldLimits.clip(problem.reason(), FieldLimits.PROBLEM_REASON);
        this.messageId = problem.messageId();
        this.raw = raw;
    }

    /** As an import report gives it; only a failed message has bytes to download. */
    ImportReport.Problem reported() {
        return new ImportReport.Problem(sourceName, position, severity, reason, messageId, raw == null ? null : id);
    }
}
