package org.caucus.project;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MembershipRepository extends JpaRepository<Membership, Long> {

    /** The role, for a project that is not deleted. */
    @Query("""
            select m.role from Membership m, Project p
            where p.id = m.projectId and p.deletedAt is null and m.projectId = :projectId and m.username = :username""")
    Optional<ProjectRole> findRole(long projectId, String username);

    Optional<Membership> findByProjectIdAndUsername(long projectId, String username);

    List<Membership> findByProjectIdOrderByUsernameAsc(long projectId);

    long countByProjectIdAndRole(long projectId, ProjectRole role);

    boolean existsByProjectId(long projectId);
}
