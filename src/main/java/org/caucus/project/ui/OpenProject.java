package org.caucus.project.ui;

import com.vaadin.flow.spring.annotation.UIScope;
import java.util.Optional;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.springframework.stereotype.Component;

/**
 * The project a person works in, in this browser tab: the one they opened on the Projects page (or by a message's
 * address), else the one they opened last in another tab, else the oldest of theirs. Every page of the tab reads its
 * project from here, so opening another one switches them all; a page in another tab goes on with its own, so that
 * what an analyst does there (an import, a merge) lands in the project its header names. A project that was deleted
 * or taken from them since is no longer open.
 */
@Component
@UIScope
public class OpenProject {

    private final ProjectService projects;
    private final LastOpenedProject lastOpened;
    private Long opened;

    OpenProject(ProjectService projects, LastOpenedProject lastOpened) {
        this.projects = projects;
        this.lastOpened = lastOpened;
        this.opened = lastOpened.id();
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
        lastOpened.opened(projectId);
        return project;
    }
}
