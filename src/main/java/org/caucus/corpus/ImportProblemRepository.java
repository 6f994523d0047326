package org.caucus.corpus;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ImportProblemRepository extends JpaRepository<ImportProblem, Long> {

    /** What imports noted about a stored message, oldest first. */
    @Query("select p.reason from ImportProblem p where p.messageId = ?1 order by p.id")
    List<String> findReasonsByMessageId(long messageId);

    /** An import's report lines in the order it met them, without loading the bytes of the messages that failed. */
    @Query("""
            select new org.caucus.corpus.ImportReport$Problem(
                p.sourceName, p.position, p.severity,
                p.reason, p.messageId, case when p.raw is null then null else p.id end)
            from ImportProblem p where p.importRunId = ?1 order by p.id""")
    List<ImportReport.Problem> findReportedByImportRunId(long importRunId);

    @Query("select p.raw from ImportProblem p where p.id = ?1 and p.raw is not null")
    Optional<byte[]> findRawById(long problemId);

    @Query(
            "select r.project.id from ImportRun r where r.id = (select p.importRunId from ImportProblem p where p.id = ?1)")
    Optional<Long> findProjectId(long problemId);
}
