package org.caucus.codebook;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.caucus.project.Project;

/** A question in the debate, such as "Who speaks for civil society to the summit hosts?". */
@Entity
@Table(name = "codebook_issue")
public class Issue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Project project;

    private String name;
    private String description;
    private int sortOrder;

    @OneToMany(mappedBy = "issue", cascade = CascadeType.ALL)
    @OrderBy("sortOrder")
    private List<Position> positions = new ArrayList<>();

    protected Issue() {}

    Issue(Project project, String name, String description, int sortOrder) {
        this.project = project;
        this.name = name;
        this.description = description;
        this.sortOrder = sortOrder;
    }

    Position addPosition(String name, String description, String colour, Character shortcut) {
        Position position = new Position(this, name, description, colour, positions.size(), shortcut);
        positions.add(position);
        return position;
    }

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public List<Position> getPositions() {
        return Collections.unmodifiableList(positions);
    }
}
