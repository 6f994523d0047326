package org.caucus.project;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.caucus.account.CurrentAnalyst;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds, creates, renames and deletes projects. Every answer is limited to the projects the one at
 * work belongs to: another's project is not found, exactly as one that does not exist.
 */
@Service
@Transactional(readOnly = true)
public class ProjectService {

    private final ProjectRepository projects;
    private final MembershipRepository memberships;
    private final ProjectAccess access;
    private final CurrentAnalyst analyst;
    private final Clock clock;

    ProjectService(
            ProjectRepository projects,
            MembershipRepository memberships,
            ProjectAccess access,
            CurrentAnalyst analyst,
            Clock clock) {
        this.projects = projects;
        this.memberships = memberships;
        this.access = access;
        this.analyst = analyst;
        this.clock = clock;
    }

    /** Whether the database holds no project at all, anybody's: the first start's question. */
    public boolean isEmpty() {
        return projects.count() == 0;
    }

    public Optional<Project> findByName(String name) {
        return projects.findByName(name).filter(project -> access.canRead(project.getId()));
    }

    /**
     * Why no new project may take this name, if a live project has it: names are unique across the server. A deleted
     * project has given its name up.
     */
    public Optional<String> nameInUse(String name) {
        return nameInUse(name.strip(), null);
    }

    /** The project with this id, if the one at work may read it. */
    public Optional<Project> find(long projectId) {
        return access.canRead(projectId) ? projects.findById(projectId) : Optional.empty();
    }

    /** The oldest of the projects the person at work belongs to: the one a sign-in starts in, until another is opened. */
    public Optional<Project> findDefault() {
        if (analyst.isLocalOperator()) {
            return projects.findFirstByDeletedAtIsNullOrderByIdAsc();
        }
        return projects.findMemberships(analyst.name()).stream()
                .findFirst()
                .flatMap(row -> projects.findById(row.id()));
    }

    /** The projects the one at work belongs to, oldest first, with their role in each. */
    public List<ProjectRow> mine() {
        if (analyst.isLocalOperator()) {
            return projects.findByDeletedAtIsNullOrderByIdAsc().stream()
                    .map(project -> new ProjectRow(project.getId(), project.getName(), ProjectRole.OWNER))
                    .toList();
        }
        return projects.findMemberships(analyst.name());
    }

    /** A new project, owned by whoever creates it (the command line's operator owns all anyway). */
    @Transactional
    public Project create(String name) {
        Project project = projects.save(new Project(uniqueName(name, null), clock.instant()));
        if (!analyst.isLocalOperator()) {
            memberships.save(new Membership(project.getId(), analyst.name(), ProjectRole.OWNER));
        }
        return project;
    }

    @Transactional
    @PreAuthorize("@projectAccess.canOwn(#projectId)")
    public void rename(long projectId, String name) {
        Project project = projects.findById(projectId).orElseThrow();
        project.rename(uniqueName(name, projectId));
    }

    /**
     * Deletes the project for everyone at once. Its rows stay in the database, where nobody reaches
     * them: no page, download or command lists a deleted project. Its name is free for a new one.
     */
    @Transactional
    @PreAuthorize("@projectAccess.canOwn(#projectId)")
    public void delete(long projectId) {
        projects.findById(projectId).orElseThrow().delete(clock.instant());
    }

    private String uniqueName(String name, Long renamed) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A project needs a name.");
        }
        String stripped = name.strip();
        nameInUse(stripped, renamed).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
        return stripped;
    }

    /**
     * Names the project in the way when it is one of the person's own. Another's is not found by them anywhere else,
     * so the answer says why its name is taken all the same rather than that a project they cannot see "exists".
     */
    private Optional<String> nameInUse(String stripped, Long renamed) {
        return projects.findByName(stripped)
                .filter(other -> !other.getId().equals(renamed))
                .map(other -> access.canRead(other.getId())
                        ? "You have a project named '" + stripped + "' already."
                        : "Another project on this server is named '" + stripped
                                + "'; project names are shared by everyone on it.");
    }
}
