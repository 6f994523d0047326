package org.caucus.coding;

import org.caucus.project.ProjectAccess;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The services' access checks for coded passages reached by id: their message's project decides. */
@Component("passageAccess")
@Transactional(readOnly = true)
public class PassageAccess {

    private final AnnotationRepository annotations;
    private final ProjectAccess projects;

    PassageAccess(AnnotationRepository annotations, ProjectAccess projects) {
        this.annotations = annotations;
        this.projects = projects;
    }

    /**
     * A passage deleted meanwhile passes, so that the service can say who deleted it (the
     * concurrent-edit message); there is nothing of it left to show.
     */
    public boolean canCode(long annotationId) {
        return annotations.findProjectId(annotationId).map(projects::canCode).orElse(true);
    }

    public boolean canRead(long annotationId) {
        return annotations.findProjectId(annotationId).map(projects::canRead).orElse(true);
    }
}
