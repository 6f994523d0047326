package org.caucus.project;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One study: its corpus, codebook and coded passages belong to it. */
@Entity
public class Project {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private Instant createdAt;

    private Instant deletedAt;

    protected Project() {}

    Project(String name, Instant createdAt) {
        this.name = name;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    boolean isDeleted() {
        return deletedAt != null;
    }

    void rename(String name) {
        this.name = name;
    }

    void delete(Instant at) {
        this.deletedAt = at;
    }
}
