package org.caucus.codebook;

import org.caucus.project.ProjectAccess;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The services' access checks for issues and positions reached by id: their project's owners edit them. */
@Component("codebookAccess")
@Transactional(readOnly = true)
public class CodebookAccess {

    private final IssueRepository issues;
    private final ProjectAccess projects;

    CodebookAccess(IssueRepository issues, ProjectAccess projects) {
        this.issues = issues;
        this.projects = projects;
    }

    public boolean canReadPosition(long positionId) {
        return issues.findProjectIdOfPosition(positionId).map(projects::canRead).orElse(false);
    }

    /** Code passages with this position: a coder of its project. */
    public boolean canCodeWith(long positionId) {
        return issues.findProjectIdOfPosition(positionId).map(projects::canCode).orElse(false);
    }

    public boolean canEditPosition(long positionId) {
        return issues.findProjectIdOfPosition(positionId).map(projects::canOwn).orElse(false);
    }

    public boolean canEditIssue(long issueId) {
        return issues.findProjectId(issueId).map(projects::canOwn).orElse(false);
    }
}
