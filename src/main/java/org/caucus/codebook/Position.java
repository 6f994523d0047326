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
    private String colour;
    private int sortOrder;
    private String shortcut;

    protected Position() {}

    Position(Issue issue, String name, String description, String colour, int sortOrder, Character shortcut) {
        if (!colour.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("Position colour '" + colour + "' is not a colour like #1f77b4.");
        }
        this.issue = issue;
        this.name = name;
        this.description = description;
        this.colour = colour;
        this.sortOrder = sortOrder;
        this.shortcut = shortcut == null ? null : shortcut.toString();
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

    public String getColour() {
        return colour;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getShortcut() {
        return shortcut;
    }
}
