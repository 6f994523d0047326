package org.caucus.coding;

import java.util.List;
import org.caucus.project.Project;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history of coded passages, latest first: who created, changed or deleted which passage, when,
 * and from what to what. {@link CodingService} writes it in the transaction of each change.
 */
@Service
@Transactional(readOnly = true)
public class PassageHistory {

    private final AnnotationChangeRepository changes;

    PassageHistory(AnnotationChangeRepository changes) {
        this.changes = changes;
    }

    @PreAuthorize("@corpusAccess.canReadMessage(#messageId)")
    public List<PassageChange> inMessage(long messageId) {
        return changes.findByMessage(messageId);
    }

    /** The latest {@code limit} changes in the project. */
    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    public List<PassageChange> inProject(Project project, int limit) {
        return changes.findByProject(project.getId(), Limit.of(limit));
    }

    @PreAuthorize("@passageAccess.canRead(#annotationId)")
    public List<PassageChange> ofPassage(long annotationId) {
        return changes.findByAnnotation(annotationId, Limit.unlimited());
    }
}
