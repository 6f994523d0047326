package org.caucus.codebook;

import java.util.List;
import org.caucus.project.Project;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IssueRepository extends JpaRepository<Issue, Long> {

    @Query("select distinct i from Issue i left join fetch i.positions where i.project.id = ?1 order by i.sortOrder")
    List<Issue> findCodebook(long projectId);

    long countByProject(Project project);
}
