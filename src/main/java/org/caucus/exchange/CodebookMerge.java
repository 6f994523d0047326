package org.caucus.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caucus.codebook.CodebookService;
import org.caucus.codebook.Issue;
import org.caucus.codebook.Position;
import org.caucus.project.Project;
import org.springframework.stereotype.Component;

/**
 * Adds imported issues and positions to a project's codebook. Ones the codebook has already (the
 * same issue name, the same position name within it) are used as they are, so importing the same
 * file twice does not double the codebook.
 */
@Component
class CodebookMerge {

    private final CodebookService codebook;

    CodebookMerge(CodebookService codebook) {
        this.codebook = codebook;
    }

    /** A position's id by its issue's and its own name. */
    record Merged(Map<List<String>, Long> positionIds, int issuesAdded, int positionsAdded) {

        long positionId(CodeMapping.Target target) {
            return positionIds.get(List.of(target.issue(), target.position()));
        }
    }

    /** Call inside the importing transaction. */
    Merged merge(Project project, CodeMapping mapping) {
        Map<String, Issue> issues = new HashMap<>();
        Map<List<String>, Long> positions = new HashMap<>();
        for (Issue issue : codebook.issues(project.getId())) {
            issues.put(issue.getName(), issue);
            issue.getPositions()
                    .forEach(position -> positions.put(List.of(issue.getName(), position.getName()), position.getId()));
        }
        int issuesAdded = 0;
        for (CodeMapping.IssueDefinition definition : mapping.issues()) {
            if (!issues.containsKey(definition.name())) {
                issues.put(definition.name(), codebook.addIssue(project, definition.name(), definition.description()));
                issuesAdded++;
            }
        }
        int positionsAdded = 0;
        for (CodeMapping.PositionDefinition definition : mapping.positions()) {
            List<String> key = List.of(definition.issue(), definition.name());
            if (!positions.containsKey(key)) {
                Position added = codebook.addPosition(
                        issues.get(definition.issue()),
                        definition.name(),
                        definition.description(),
                        definition.colour(),
                        null);
                positions.put(key, added.getId());
                positionsAdded++;
            }
        }
        return new Merged(positions, issuesAdded, positionsAdded);
    }
}
