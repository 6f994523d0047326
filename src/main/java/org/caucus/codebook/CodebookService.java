package org.caucus.codebook;

import java.util.List;
import java.util.Optional;
import org.caucus.project.Project;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and extends a project's codebook. */
@Service
@Transactional(readOnly = true)
public class CodebookService {

    private final IssueRepository issues;
    private final PositionRepository positions;

    CodebookService(IssueRepository issues, PositionRepository positions) {
        this.issues = issues;
        this.positions = positions;
    }

    /** Every position of the project, issue by issue, in codebook order. */
    public List<PositionChoice> positions(long projectId) {
        return issues.findCodebook(projectId).stream()
                .flatMap(issue -> issue.getPositions().stream())
                .map(PositionChoice::of)
                .toList();
    }

    /** The project's issues in codebook order, each with its positions. */
    public List<Issue> issues(long projectId) {
        return issues.findCodebook(projectId);
    }

    public Optional<Position> findPosition(long positionId) {
        return positions.findById(positionId);
    }

    @Transactional
    public Issue addIssue(Project project, String name, String description) {
        return issues.save(new Issue(project, name, description, (int) issues.countByProject(project)));
    }

    @Transactional
    public Position addPosition(Issue issue, String name, String description, String colour, Character shortcut) {
        Issue managed = issues.findById(issue.getId()).orElseThrow();
        return positions.save(managed.addPosition(name, description, colour, shortcut));
    }
}
