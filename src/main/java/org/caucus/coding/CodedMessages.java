package org.caucus.coding;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.caucus.codebook.PositionUsage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which messages hold coded passages and how often each position is used: for filters and the codebook. */
@Service
@Transactional(readOnly = true)
public class CodedMessages implements PositionUsage {

    private final AnnotationRepository annotations;

    CodedMessages(AnnotationRepository annotations) {
        this.annotations = annotations;
    }

    /** The project's messages with at least one coded passage, or with one coded with {@code positionId}. */
    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public Set<Long> messageIds(long projectId, Long positionId) {
        return new HashSet<>(
                positionId == null
                        ? annotations.findCodedMessageIds(projectId)
                        : annotations.findMessageIdsCodedWith(projectId, positionId));
    }

    /** How many passages are coded in each of these messages; messages with none are absent. */
    @PreAuthorize("@corpusAccess.canReadMessages(#messageIds)")
    public Map<Long, Long> passagesIn(Collection<Long> messageIds) {
        if (messageIds.isEmpty()) {
            return Map.of();
        }
        return annotations.countByMessage(messageIds).stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    @Override
    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public Map<Long, Long> passagesByPosition(long projectId) {
        return annotations.countByPosition(projectId).stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }
}
