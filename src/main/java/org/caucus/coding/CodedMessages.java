package org.caucus.coding;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.caucus.codebook.PositionUsage;
import org.caucus.project.BlindCoding;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which messages hold coded passages and how often each position is used: for filters and the codebook.
 * Under blind coding, the filters and counts of messages cover the current coder's passages only, so
 * that search does not tell a coder which messages the others coded.
 */
@Service
@Transactional(readOnly = true)
public class CodedMessages implements PositionUsage {

    private final AnnotationRepository annotations;
    private final BlindCoding blindCoding;

    CodedMessages(AnnotationRepository annotations, BlindCoding blindCoding) {
        this.annotations = annotations;
        this.blindCoding = blindCoding;
    }

    /** The project's messages with at least one coded passage, or with one coded with {@code positionId}. */
    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public Set<Long> messageIds(long projectId, Long positionId) {
        String onlyCoder = blindCoding.onlyOwnCoding(projectId).orElse(null);
        return new HashSet<>(
                positionId == null
                        ? annotations.findCodedMessageIds(projectId, onlyCoder)
                        : annotations.findMessageIdsCodedWith(projectId, positionId, onlyCoder));
    }

    /** How many passages are coded in each of these messages of the project; messages with none are absent. */
    @PreAuthorize("@projectAccess.canRead(#projectId) and @corpusAccess.canReadMessages(#messageIds)")
    public Map<Long, Long> passagesIn(long projectId, Collection<Long> messageIds) {
        if (messageIds.isEmpty()) {
            return Map.of();
        }
        return annotations
                .countByMessage(messageIds, blindCoding.onlyOwnCoding(projectId).orElse(null))
                .stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    @Override
    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public Map<Long, Long> passagesByPosition(long projectId) {
        return byPosition(annotations.countByPosition(projectId, null));
    }

    @Override
    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public Map<Long, Long> passagesShownByPosition(long projectId) {
        return byPosition(annotations.countByPosition(
                projectId, blindCoding.onlyOwnCoding(projectId).orElse(null)));
    }

    private static Map<Long, Long> byPosition(List<Object[]> counts) {
        return counts.stream().collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }
}
