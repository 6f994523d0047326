package org.caucus.project;

import java.util.Optional;
import org.caucus.account.CurrentAnalyst;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the services' {@code @PreAuthorize} checks from the membership table: may the one at
 * work read, code in, or own this project? A project that does not exist, is deleted, or is not
 * theirs gets the same "no", so a refusal never tells whether a project exists. The command line's
 * local operator may do everything in every project.
 */
@Component("projectAccess")
@Transactional(readOnly = true)
public class ProjectAccess {

    private final MembershipRepository memberships;
    private final ProjectRepository projects;
    private final CurrentAnalyst analyst;

    ProjectAccess(MembershipRepository memberships, ProjectRepository projects, CurrentAnalyst analyst) {
        this.memberships = memberships;
        this.projects = projects;
        this.analyst = analyst;
    }

    /** Read the corpus, the codebook, the comparisons; export. */
    public boolean canRead(Long projectId) {
        return role(projectId).isPresent();
    }

    /** Code passages, import, merge participants. */
    public boolean canCode(Long projectId) {
        return role(projectId).filter(ProjectRole::mayCode).isPresent();
    }

    /** Edit the codebook, rename, manage members, delete. */
    public boolean canOwn(Long projectId) {
        return role(projectId).filter(ProjectRole::mayOwn).isPresent();
    }

    /** The role of the one at work in the project; nothing for a project that is not theirs or not there. */
    public Optional<ProjectRole> role(Long projectId) {
        if (projectId == null) {
            return Optional.empty();
        }
        if (analyst.isLocalOperator()) {
            return projects.findById(projectId)
                    .filter(project -> !project.isDeleted())
                    .map(project -> ProjectRole.OWNER);
        }
        return memberships.findRole(projectId, analyst.name());
    }
}
