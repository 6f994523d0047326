package org.caucus.corpus;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ImportRunRepository extends JpaRepository<ImportRun, Long> {

    /** Newest first: the import just run is the one looked for. */
    List<ImportRun> findByProjectIdOrderByStartedAtDescIdDesc(long projectId);

    @Query("select r.project.id from ImportRun r where r.id = ?1")
    Optional<Long> findProjectId(long runId);
}
