package org.caucus.analysis;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.caucus.codebook.CodebookService;
import org.caucus.project.Project;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the participants × positions matrix from a group-by in the database. */
@Service
@Transactional(readOnly = true)
public class PositionMatrixService {

    private final EntityManager entityManager;
    private final CodebookService codebook;

    PositionMatrixService(EntityManager entityManager, CodebookService codebook) {
        this.entityManager = entityManager;
        this.codebook = codebook;
    }

    /** The matrix as analysts read it by default: each statement once, however often it was quoted. */
    public PositionMatrix matrix(Project project) {
        return matrix(project, Counting.STATEMENTS);
    }

    public PositionMatrix matrix(Project project, Counting counting) {
        // The statement key is the same for a passage and its quotes; counting it distinct counts each statement once.
        String passages = counting == Counting.STATEMENTS ? "count(distinct a.statementKey)" : "count(a)";
        List<MatrixCell> cells = entityManager
                .createQuery(
                        "select new org.caucus.analysis.MatrixCell(s.id, s.displayName, p.id, a.qualifier, " + passages
                                + ") from Annotation a join a.position p left join a.speaker s"
                                + " where a.message.project.id = :project"
                                + " group by s.id, s.displayName, p.id, a.qualifier",
                        MatrixCell.class)
                .setParameter("project", project.getId())
                .getResultList();
        return PositionMatrix.of(codebook.positions(project.getId()), cells);
    }
}
