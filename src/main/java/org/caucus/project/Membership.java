package org.caucus.project;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One person's role in one project. */
@Entity
@Table(name = "project_member")
class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long projectId;

    private String username;

    @Enumerated(EnumType.STRING)
    private ProjectRole role;

    protected Membership() {}

    Membership(long projectId, String username, ProjectRole role) {
        this.projectId = projectId;
        this.username = username;
        this.role = role;
    }

    long getProjectId() {
        return projectId;
    }

    String getUsername() {
        return username;
    }

    ProjectRole getRole() {
        return role;
    }

    void setRole(ProjectRole role) {
        this.role = role;
    }
}
