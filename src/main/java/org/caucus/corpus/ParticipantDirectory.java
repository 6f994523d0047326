package org.caucus.corpus;

import jakarta.persistence.EntityManager;
import org.caucus.project.Project;
import org.springframework.stereotype.Component;

/** Opens the {@link ParticipantIndex} of a project, in which names and addresses are matched to participants. */
@Component
class ParticipantDirectory {

    private final ParticipantRepository participants;
    private final EntityManager entityManager;

    ParticipantDirectory(ParticipantRepository participants, EntityManager entityManager) {
        this.participants = participants;
        this.entityManager = entityManager;
    }

    /** Reads the project's participants once; call inside a transaction and use it inside transactions. */
    ParticipantIndex index(Project project) {
        return new ParticipantIndex(
                project.getId(), participants.findByProjectOrderByDisplayName(project), entityManager);
    }
}
