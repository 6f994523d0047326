package org.caucus.corpus;

import java.util.Collection;
import java.util.Map;

/**
 * How many coded statements each participant is credited with. Coding owns coded passages and depends on the corpus,
 * so it answers this for the participant list rather than the corpus reaching into it.
 */
public interface SpokenStatements {

    /** @return statements per participant id; a participant with none may be left out */
    Map<Long, Long> countBySpeaker(Collection<Long> participantIds);
}
