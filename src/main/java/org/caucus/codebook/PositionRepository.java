package org.caucus.codebook;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PositionRepository extends JpaRepository<Position, Long> {

    /**
     * The project's positions in codebook order, read as values rather than entities: every comparison
     * asks for them, and loading the codebook's entities took a tenth of a whole-project matrix.
     */
    @Query("select new org.caucus.codebook.PositionChoice(p.id, i.name, p.name, p.description, p.colour, p.shortcut)"
            + " from Position p join p.issue i where i.project.id = ?1"
            + " order by i.sortOrder, i.id, p.sortOrder, p.id")
    List<PositionChoice> findChoices(long projectId);
}
