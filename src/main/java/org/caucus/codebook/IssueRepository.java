package org.caucus.codebook;

import java.util.List;
import java.util.Optional;
import org.caucus.project.Project;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IssueRepository extends JpaRepository<Issue, Long> {

    /** The project an issue belongs to, for the access checks. */
    @Query("select i.project.id from Issue i where i.id = :issueId")
    Optional<Long> findProjectId(long issueId);

    /** The project a position's issue belongs to, for the access checks. */
    @Query("select p.issue.project.id from Position p where p.id = :positionId")
    Optional<Long> findProjectIdOfPosition(long positionId);

    @Query("select distinct i from Issue i left join fetch i.positions where i.project.id = ?1 order by i.sortOrder")
    List<Issue> findCodebook(long projectId);

    long countByProject(Project project);
}
