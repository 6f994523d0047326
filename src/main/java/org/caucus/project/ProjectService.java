package org.caucus.project;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds and creates projects. */
@Service
@Transactional(readOnly = true)
public class ProjectService {

    private final ProjectRepository projects;
    private final Clock clock;

    ProjectService(ProjectRepository projects, Clock clock) {
        this.projects = projects;
        this.clock = clock;
    }

    public boolean isEmpty() {
        return projects.count() == 0;
    }

    public Optional<Project> findByName(String name) {
        return projects.findByName(name);
    }

    /** The project the workspace opens: the oldest one, until projects can be chosen per user. */
    public Optional<Project> findDefault() {
        return projects.findFirstByOrderByIdAsc();
    }

    @Transactional
    public Project create(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A project needs a name.");
        }
        if (projects.findByName(name.strip()).isPresent()) {
            throw new IllegalArgumentException("A project named '" + name.strip() + "' exists already.");
        }
        return projects.save(new Project(name.strip(), clock.instant()));
    }
}
