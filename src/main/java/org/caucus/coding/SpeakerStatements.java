package org.caucus.coding;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.caucus.corpus.SpokenStatements;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the participant list how many statements each participant is credited with. */
@Component
class SpeakerStatements implements SpokenStatements {

    private final AnnotationRepository annotations;

    SpeakerStatements(AnnotationRepository annotations) {
        this.annotations = annotations;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Long> countBySpeaker(Collection<Long> participantIds) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : annotations.countStatementsBySpeaker(participantIds)) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }
}
