package org.caucus.coding;

import java.util.List;
import org.caucus.corpus.CorpusService;
import org.caucus.project.BlindCoding;
import org.caucus.project.Project;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history of coded passages, latest first: who created, changed or deleted which passage, when,
 * and from what to what. {@link CodingService} writes it in the transaction of each change. Under
 * blind coding a coder reads only their own changes, which are the only ones they could have seen.
 */
@Service
@Transactional(readOnly = true)
public class PassageHistory {

    private final AnnotationChangeRepository changes;
    private final CorpusService corpus;
    private final BlindCoding blindCoding;

    PassageHistory(AnnotationChangeRepository changes, CorpusService corpus, BlindCoding blindCoding) {
        this.changes = changes;
        this.corpus = corpus;
        this.blindCoding = blindCoding;
    }

    @PreAuthorize("@corpusAccess.canReadMessage(#messageId)")
    public List<PassageChange> inMessage(long messageId) {
        return corpus.findMessage(messageId)
                .flatMap(message ->
                        blindCoding.onlyOwnCoding(message.getProject().getId()))
                .map(own -> changes.findByMessageAndChangedBy(messageId, own))
                .orElseGet(() -> changes.findByMessage(messageId));
    }

    /** The latest {@code limit} changes in the project. */
    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    public List<PassageChange> inProject(Project project, int limit) {
        return blindCoding
                .onlyOwnCoding(project.getId())
                .map(own -> changes.findByProjectAndChangedBy(project.getId(), own, Limit.of(limit)))
                .orElseGet(() -> changes.findByProject(project.getId(), Limit.of(limit)));
    }

    @PreAuthorize("@passageAccess.canRead(#annotationId)")
    public List<PassageChange> ofPassage(long annotationId) {
        return changes.findByAnnotation(annotationId, Limit.unlimited());
    }
}
