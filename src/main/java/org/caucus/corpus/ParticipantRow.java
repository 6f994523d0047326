package org.caucus.corpus;

import java.util.List;

/**
 * One participant as the participant list shows it.
 *
 * @param messages how many messages they posted
 * @param statements how many distinct coded statements are credited to them (a passage quoted five times counts once)
 */
public record ParticipantRow(
        long id,
        String displayName,
        List<String> addresses,
        String organisation,
        StakeholderGroup stakeholderGroup,
        String country,
        long messages,
        long statements) {

    /** As the database lists it, before addresses and statements are added. */
    ParticipantRow(
            long id,
            String displayName,
            String organisation,
            StakeholderGroup stakeholderGroup,
            String country,
            long messages) {
        this(id, displayName, List.of(), organisation, stakeholderGroup, country, messages, 0);
    }

    ParticipantRow with(List<String> addresses, long statements) {
        return new ParticipantRow(
                id, displayName, addresses, organisation, stakeholderGroup, country, messages, statements);
    }
}
