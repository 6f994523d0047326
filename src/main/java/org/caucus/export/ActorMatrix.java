package org.caucus.export;

import java.util.List;
import java.util.Map;
import org.caucus.analysis.StanceCount;
import org.caucus.codebook.PositionChoice;

/**
 * Actors by positions, counted by qualifier: the participants, organisations or stakeholder
 * groups of one export's scope. Rows are the actors with at least one passage in scope.
 */
record ActorMatrix(Rollup rollup, List<PositionChoice> positions, List<Row> rows) {

    record Row(String actor, Map<Long, StanceCount> counts) {

        StanceCount count(long positionId) {
            return counts.getOrDefault(positionId, StanceCount.NONE);
        }
    }
}
