package org.caucus.project;

import java.time.Clock;
import java.util.Optional;
import org.caucus.account.CurrentAnalyst;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Blind coding: while a project is blind and its coding not revealed, each coder sees only their own
 * coded passages, so that one coder's reading does not lead another's. The owner turns it on and
 * reveals the coding when the independent round is over; revealing is recorded and final.
 *
 * <p>Owner-only: {@link #setBlindCoding} and {@link #reveal}. Whose passages a page may show is
 * {@link #onlyOwnCoding}, keyed on {@link CurrentAnalyst}.
 */
@Service
@Transactional(readOnly = true)
public class BlindCoding {

    private final ProjectRepository projects;
    private final CurrentAnalyst currentCoder;
    private final Clock clock;

    BlindCoding(ProjectRepository projects, CurrentAnalyst currentCoder, Clock clock) {
        this.projects = projects;
        this.currentCoder = currentCoder;
        this.clock = clock;
    }

    /** Owner-only. Turns blind coding on or off; a project whose coding was revealed cannot go blind again. */
    @Transactional
    @PreAuthorize("@projectAccess.canOwn(#projectId)")
    public Project setBlindCoding(long projectId, boolean blind) {
        Project project = project(projectId);
        if (blind && project.getCodingRevealedAt() != null) {
            throw new IllegalStateException("The coding of project '" + project.getName() + "' was revealed by "
                    + project.getCodingRevealedBy() + " on " + project.getCodingRevealedAt()
                    + "; its coders have seen one another's work, so it cannot be blind again.");
        }
        project.setBlindCoding(blind);
        return project;
    }

    /** Owner-only. Shows every coder's passages to everyone from now on, recording who revealed them and when. */
    @Transactional
    @PreAuthorize("@projectAccess.canOwn(#projectId)")
    public Project reveal(long projectId) {
        Project project = project(projectId);
        if (!project.isBlindCoding()) {
            throw new IllegalStateException(
                    "Project '" + project.getName() + "' is not blind: every coder already sees every passage.");
        }
        if (project.getCodingRevealedAt() == null) {
            project.revealCoding(currentCoder.name(), clock.instant());
        }
        return project;
    }

    /**
     * The current coder's name when they may see only their own passages in this project (blind and
     * not revealed); empty when every coder's passages may be shown.
     */
    public Optional<String> onlyOwnCoding(long projectId) {
        Project project = project(projectId);
        return hidesOthers(project) ? Optional.of(currentCoder.name()) : Optional.empty();
    }

    /** Whether coders of this project see only their own passages now. */
    public static boolean hidesOthers(Project project) {
        return project.isBlindCoding() && project.getCodingRevealedAt() == null;
    }

    private Project project(long projectId) {
        return projects.findById(projectId)
                .orElseThrow(() -> new IllegalArgumentException("Project " + projectId + " does not exist."));
    }
}
