package org.caucus.corpus;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.caucus.project.Project;

/** One import of one or more sources into a project, with the counts of its report. */
@Entity
class ImportRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Project project;

    private String sources;
    private Instant startedAt;
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    private ImportStatus status;

    private int messagesRead;
    private int imported;
    private int duplicates;
    private int warnings;
    private int failed;
    private int earlierQuotesTraced;
    private Instant removedAt;

    protected ImportRun() {}

    ImportRun(Project project, String sources, Instant startedAt) {
        this.project = project;
        // A list address is the analyst's to type: its column has a bound, and the record must not fail the import.
        this.sources = FieldLimits.clip(sources, FieldLimits.IMPORT_SOURCES);
        this.startedAt = startedAt;
        this.status = ImportStatus.RUNNING;
    }

    void finish(ImportStatus status, ImportCounts counts, Instant finishedAt) {
        this.status = status;
        this.finishedAt = finishedAt;
        this.messagesRead = counts.read();
        this.imported = counts.imported();
        this.duplicates = counts.duplicates();
        this.warnings = counts.warnings();
        this.failed = counts.failed();
    }

    void earlierQuotesTraced(int quotes) {
        this.earlierQuotesTraced = quotes;
    }

    /** Its messages were removed at {@code at}; the record and its report stay. */
    void removed(Instant at) {
        this.removedAt = at;
    }

    boolean belongsTo(long projectId) {
        return project.getId() == projectId;
    }

    Long getId() {
        return id;
    }

    PastImport past() {
        return new PastImport(
                id,
                sources,
                startedAt,
                finishedAt,
                status,
                new ImportCounts(messagesRead, imported, duplicates, warnings, failed),
                earlierQuotesTraced,
                removedAt);
    }
}
