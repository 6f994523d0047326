package org.caucus.project;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository extends JpaRepository<Project, Long> {

    Optional<Project> findByName(String name);

    Optional<Project> findFirstByDeletedAtIsNullOrderByIdAsc();

    List<Project> findByDeletedAtIsNullOrderByIdAsc();

    @Query("""
            select new org.caucus.project.ProjectRow(p.id, p.name, m.role) from Project p, Membership m
            where m.projectId = p.id and p.deletedAt is null and m.username = :username
            order by p.id""")
    List<ProjectRow> findMemberships(String username);

    /** Projects nobody belongs to: made by the command line, or before accounts existed. */
    @Query("""
            select p from Project p where p.deletedAt is null
            and not exists (select m from Membership m where m.projectId = p.id)""")
    List<Project> findWithoutMembers();
}
