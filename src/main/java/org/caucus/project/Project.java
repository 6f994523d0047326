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

    /** Null once the project is deleted: the name is then free for a new project. */
    private String name;

    private Instant createdAt;

    private Instant deletedAt;
    private String deletedName;

    private boolean blindCoding;
    private Instant codingRevealedAt;
    private String codingRevealedBy;

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
        this.deletedName = name;
        this.name = null;
    }

    /** Whether coders see only their own passages until the owner reveals them. */
    public boolean isBlindCoding() {
        return blindCoding;
    }

    /** When the owner revealed the coders' work to one another; {@code null} while not revealed. */
    public Instant getCodingRevealedAt() {
        return codingRevealedAt;
    }

    public String getCodingRevealedBy() {
        return codingRevealedBy;
    }

    void setBlindCoding(boolean blind) {
        this.blindCoding = blind;
    }

    void revealCoding(String by, Instant at) {
        this.codingRevealedBy = by;
        this.codingRevealedAt = at;
    }
}
