package org.caucus.project.ui;

import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import java.util.Optional;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.springframework.stereotype.Component;

/**
 * The project a person works in, in this browser session: the one they opened on the Projects page, or else the
 * oldest of theirs. Every page of the workspace reads its project from here, so opening another one switches them
 * all. A project that was deleted or taken from them since is no longer open.
 */
@Component
@VaadinSessionScope
public class OpenProject {

    private final ProjectService projects;
    private Long opened;

    OpenProject(ProjectService projects) {
        this.projects = projects;
    }

    /** The open project; nothing when the person belongs to no project. */
    public Optional<Project> project() {
        if (opened != null) {
            Optional<Project> stillTheirs = projects.find(opened);
            if (stillTheirs.isPresent()) {
                return stillTheirs;
            }
            opened = null;
        }
        return projects.findDefault();
    }

    /** Opens one of the person's projects; one they cannot read is refused as not found. */
    public Project open(long projectId) {
        Project project = projects.find(projectId)
                .orElseThrow(() -> new IllegalArgumentException("There is no project " + projectId + " of yours."));
        opened = projectId;
        return project;
    }
}
