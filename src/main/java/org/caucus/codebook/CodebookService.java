package org.caucus.codebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.caucus.project.NotFoundWhenDenied;
import org.caucus.project.Project;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.HandleAuthorizationDenied;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and edits a project's codebook. */
@Service
@Transactional(readOnly = true)
public class CodebookService {

    private final IssueRepository issues;
    private final PositionRepository positions;
    private final PositionUsage usage;
    private final ApplicationEventPublisher events;

    CodebookService(
            IssueRepository issues,
            PositionRepository positions,
            PositionUsage usage,
            ApplicationEventPublisher events) {
        this.issues = issues;
        this.positions = positions;
        this.usage = usage;
        this.events = events;
    }

    /** Every position of the project, issue by issue, in codebook order. */
    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public List<PositionChoice> positions(long projectId) {
        return positions.findChoices(projectId);
    }

    /** The project's issues in codebook order, each with its positions. */
    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public List<Issue> issues(long projectId) {
        return issues.findCodebook(projectId);
    }

    /**
     * The whole codebook for the editor, with the number of passages coded with each position that the signed-in
     * coder may see ({@link PositionUsage#passagesShownByPosition}).
     */
    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public List<CodebookEntry.IssueEntry> codebook(long projectId) {
        Map<Long, Long> passages = usage.passagesShownByPosition(projectId);
        return issues.findCodebook(projectId).stream()
                .map(issue -> new CodebookEntry.IssueEntry(
                        issue.getId(),
                        issue.getName(),
                        issue.getDescription(),
                        issue.getPositions().stream()
                                .map(position -> new CodebookEntry.PositionEntry(
                                        position.getId(),
                                        issue.getId(),
                                        issue.getName(),
                                        position.details(),
                                        passages.getOrDefault(position.getId(), 0L)))
                                .toList()))
                .toList();
    }

    @PreAuthorize("@codebookAccess.canReadPosition(#positionId)")
    @HandleAuthorizationDenied(handlerClass = NotFoundWhenDenied.class)
    public Optional<Position> findPosition(long positionId) {
        return positions.findById(positionId);
    }

    /** How many coded passages a merge would move or a deletion would remove. */
    @PreAuthorize("@codebookAccess.canReadPosition(#positionId)")
    public long passagesCodedWith(long positionId) {
        Position position = position(positionId);
        return usage.passagesByPosition(position.getIssue().getProject().getId())
                .getOrDefault(positionId, 0L);
    }

    @Transactional
    @PreAuthorize("@projectAccess.canOwn(#project?.id)")
    public Issue addIssue(Project project, String name, String description) {
        String named = PositionDetails.required(name, "An issue needs a name.");
        refuseIssueName(project.getId(), named, null);
        return issues.save(new Issue(project, named, PositionDetails.optional(description, "issue description"), (int)
                issues.countByProject(project)));
    }

    @Transactional
    @PreAuthorize("@codebookAccess.canEditIssue(#issueId)")
    public void updateIssue(long issueId, String name, String description) {
        Issue issue = issue(issueId);
        String named = PositionDetails.required(name, "An issue needs a name.");
        refuseIssueName(issue.getProject().getId(), named, issueId);
        issue.rename(named, PositionDetails.optional(description, "issue description"));
    }

    @Transactional
    @PreAuthorize("@codebookAccess.canEditIssue(#issue.id)")
    public Position addPosition(Issue issue, String name, String description, String colour, Character shortcut) {
        return addPosition(
                issue.getId(),
                new PositionDetails(
                        name, description, null, null, null, colour, shortcut == null ? null : shortcut.toString()));
    }

    @Transactional
    @PreAuthorize("@codebookAccess.canEditIssue(#issueId)")
    public Position addPosition(long issueId, PositionDetails details) {
        Issue issue = issue(issueId);
        refusePositionClash(issue, details, null);
        return positions.save(issue.addPosition(details));
    }

    @Transactional
    @PreAuthorize("@codebookAccess.canEditPosition(#positionId)")
    public void updatePosition(long positionId, PositionDetails details) {
        Position position = position(positionId);
        refusePositionClash(position.getIssue(), details, positionId);
        position.describe(details);
    }

    /** Moves an issue to {@code index} in the codebook (0 is the top). */
    @Transactional
    @PreAuthorize("@codebookAccess.canEditIssue(#issueId)")
    public void moveIssue(long issueId, int index) {
        Issue moved = issue(issueId);
        List<Issue> order =
                new ArrayList<>(issues.findCodebook(moved.getProject().getId()));
        order.remove(moved);
        order.add(Math.clamp(index, 0, order.size()), moved);
        for (int i = 0; i < order.size(); i++) {
            order.get(i).placeAt(i);
        }
    }

    /** Moves a position to {@code index} among the positions of {@code issueId}, its own issue or another. */
    @Transactional
    @PreAuthorize("@codebookAccess.canEditPosition(#positionId) and @codebookAccess.canEditIssue(#issueId)")
    public void movePosition(long positionId, long issueId, int index) {
        Position position = position(positionId);
        Issue from = position.getIssue();
        Issue to = issue(issueId);
        if (!to.getProject().getId().equals(from.getProject().getId())) {
            throw new CodebookException("Issue " + issueId + " is in another project's codebook.");
        }
        if (to != from) {
            refuseNameIn(to, position.getName(), positionId);
            from.release(position);
        }
        to.take(position, index);
    }

    /**
     * Merges one position into another: the passages coded with {@code mergedId} are credited to
     * {@code intoId}, and the merged position leaves the codebook.
     */
    @Transactional
    @PreAuthorize("@codebookAccess.canEditPosition(#mergedId) and @codebookAccess.canEditPosition(#intoId)")
    public void merge(long mergedId, long intoId) {
        if (mergedId == intoId) {
            throw new CodebookException("A position cannot be merged into itself.");
        }
        Position merged = position(mergedId);
        Position into = position(intoId);
        if (!merged.getIssue()
                .getProject()
                .getId()
                .equals(into.getIssue().getProject().getId())) {
            throw new CodebookException(
                    "'" + merged.getName() + "' and '" + into.getName() + "' are in different projects' codebooks.");
        }
        events.publishEvent(new PositionsMerged(mergedId, intoId));
        remove(merged);
    }

    /** Deletes a position and every passage coded with it; see {@link #passagesCodedWith}. */
    @Transactional
    @PreAuthorize("@codebookAccess.canEditPosition(#positionId)")
    public void deletePosition(long positionId) {
        Position position = position(positionId);
        events.publishEvent(new PositionDeleted(positionId));
        remove(position);
    }

    /** Deletes an issue with its positions and every passage coded with them. */
    @Transactional
    @PreAuthorize("@codebookAccess.canEditIssue(#issueId)")
    public void deleteIssue(long issueId) {
        Issue issue = issue(issueId);
        List.copyOf(issue.getPositions()).forEach(position -> deletePosition(position.getId()));
        long projectId = issue.getProject().getId();
        issues.delete(issue);
        issues.flush();
        List<Issue> rest = issues.findCodebook(projectId);
        for (int i = 0; i < rest.size(); i++) {
            rest.get(i).placeAt(i);
        }
    }

    private void remove(Position position) {
        position.getIssue().release(position);
        positions.delete(position);
        positions.flush();
    }

    private Issue issue(long issueId) {
        return issues.findById(issueId)
                .orElseThrow(() -> new CodebookException("Issue " + issueId + " is not in the codebook."));
    }

    private Position position(long positionId) {
        return positions
                .findById(positionId)
                .orElseThrow(() -> new CodebookException("Position " + positionId + " is not in the codebook."));
    }

    private void refuseIssueName(long projectId, String name, Long except) {
        issues.findCodebook(projectId).stream()
                .filter(other ->
                        !other.getId().equals(except) && other.getName().equalsIgnoreCase(name))
                .findFirst()
                .ifPresent(other -> {
                    throw new CodebookException("The codebook already has an issue named '" + other.getName() + "'.");
                });
    }

    private void refusePositionClash(Issue issue, PositionDetails details, Long except) {
        refuseNameIn(issue, details.name(), except);
        if (details.shortcut() == null) {
            return;
        }
        issues.findCodebook(issue.getProject().getId()).stream()
                .flatMap(other -> other.getPositions().stream())
                .filter(other ->
                        !other.getId().equals(except) && details.shortcut().equals(other.getShortcut()))
                .findFirst()
                .ifPresent(other -> {
                    throw new CodebookException("Shortcut " + details.shortcut() + " is already bound to '"
                            + other.getName() + "'; each digit can stand for one position only.");
                });
    }

    private static void refuseNameIn(Issue issue, String name, Long except) {
        issue.getPositions().stream()
                .filter(other -> !Objects.equals(other.getId(), except)
                        && other.getName().equalsIgnoreCase(name))
                .findFirst()
                .ifPresent(other -> {
                    throw new CodebookException("The issue '" + issue.getName() + "' already has a position named '"
                            + other.getName() + "'.");
                });
    }
}
