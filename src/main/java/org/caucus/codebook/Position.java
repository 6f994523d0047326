package org.caucus.codebook;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A stance one can take on an issue; coded passages support, oppose or merely report it. */
@Entity
@Table(name = "codebook_position")
public class Position {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Issue issue;

    private String name;
    private String description;
    private String inclusionNote;
    private String exclusionNote;
    private String example;
    private String colour;
    private int sortOrder;
    private String shortcut;

    protected Position() {}

    Position(Issue issue, PositionDetails details, int sortOrder) {
        this.issue = issue;
        this.sortOrder = sortOrder;
        describe(details);
    }

    void describe(PositionDetails details) {
        this.name = details.name();
        this.description = details.description();
        this.inclusionNote = details.inclusionNote();
        this.exclusionNote = details.exclusionNote();
        this.example = details.example();
        this.colour = details.colour();
        this.shortcut = details.shortcut();
    }

    void placeAt(Issue issue, int sortOrder) {
        this.issue = issue;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public Issue getIssue() {
        return issue;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    /** When to apply the position. */
    public String getInclusionNote() {
        return inclusionNote;
    }

    /** When not to, although it may look as if. */
    public String getExclusionNote() {
        return exclusionNote;
    }

    public String getExample() {
        return example;
    }

    public String getColour() {
        return colour;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getShortcut() {
        return shortcut;
    }

    public PositionDetails details() {
        return new PositionDetails(name, description, inclusionNote, exclusionNote, example, colour, shortcut);
    }
}
