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

    Position addPosition(PositionDetails details) {
        Position position = new Position(this, details, positions.size());
        positions.add(position);
        return position;
    }

    void rename(String name, String description) {
        this.name = name;
        this.description = description;
    }

    void placeAt(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    /** Puts a position, of this issue or another, at {@code index} among this issue's positions. */
    void take(Position position, int index) {
        positions.remove(position);
        positions.add(Math.clamp(index, 0, positions.size()), position);
        renumber();
    }

    void release(Position position) {
        positions.remove(position);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < positions.size(); i++) {
            positions.get(i).placeAt(this, i);
        }
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
