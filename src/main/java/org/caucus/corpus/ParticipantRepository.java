package org.caucus.corpus;

import java.util.List;
import java.util.Optional;
import org.caucus.project.Project;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ParticipantRepository extends JpaRepository<Participant, Long> {

    @Query("select p from Participant p join p.addresses a where p.project = ?1 and lower(a) = lower(?2)")
    Optional<Participant> findByAddress(Project project, String address);

    List<Participant> findByProjectAndDisplayNameIgnoreCase(Project project, String displayName);

    List<Participant> findByProjectOrderByDisplayName(Project project);

    List<Participant> findByProjectIdOrderByDisplayName(long projectId);
}
