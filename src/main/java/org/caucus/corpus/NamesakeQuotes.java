package org.caucus.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.caucus.project.Project;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Quotes an import left without a speaker because the name that introduced them was two participants' (often one
 * person writing from two addresses) and nothing settled which. Once an analyst merges the two, the name says who it
 * is, and those quotes are credited to the participant kept. The coded passages on them follow, as when an analyst
 * sets a block's speaker.
 */
@Component
class NamesakeQuotes {

    private final JdbcTemplate jdbc;
    private final ParticipantDirectory directory;
    private final ApplicationEventPublisher events;

    NamesakeQuotes(JdbcTemplate jdbc, ParticipantDirectory directory, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.events = events;
    }

    private record Unknown(long blockId, long messageId, int start, int end, String evidence) {}

    /** A quote credited, and the evidence and confidence it is credited with. */
    private record Credited(Unknown block, long speakerId, String evidence, double confidence) {}

    /**
     * Credits to the participants kept the quotes without a speaker whose evidence names one of them, by a name now
     * theirs alone; within the caller's transaction, after the merges.
     *
     * @return how many blocks got a speaker
     */
    int creditAfterMerges(Project project, Set<Long> keptIds) {
        ParticipantIndex participants = directory.index(project);
        List<Unknown> unknown = jdbc.query(
                """
                select b.id, b.message_id, b.start_offset, b.end_offset, b.evidence
                  from message_block b join message m on m.id = b.message_id
                 where m.project_id = ? and b.speaker_id is null and b.speaker_set_by is null
                   and b.depth > 0 and b.role in ('QUOTE', 'ATTRIBUTION') and b.evidence is not null
                """,
                (row, n) -> new Unknown(row.getLong(1), row.getLong(2), row.getInt(3), row.getInt(4), row.getString(5)),
                project.getId());
        List<Credited> credited = new ArrayList<>();
        for (Unknown block : unknown) {
            String evidence = ParticipantIndex.Quoted.withoutUnsettled(block.evidence());
            Speaker.namedIn(evidence).ifPresent(speaker -> {
                Long named = participants.known(speaker.name(), speaker.address());
                if (named != null && keptIds.contains(named)) {
                    credited.add(new Credited(block, named, evidence, speaker.confidence()));
                }
            });
        }
        jdbc.batchUpdate(
                "update message_block set speaker_id = ?, evidence = ?, confidence = ? where id = ?",
                credited.stream()
                        .map(quote -> new Object[] {
                            quote.speakerId(),
                            quote.evidence(),
                            quote.confidence(),
                            quote.block().blockId()
                        })
                        .toList());
        credited.forEach(quote -> events.publishEvent(new BlockSpeakerChanged(
                quote.block().messageId(), quote.block().start(), quote.block().end(), quote.speakerId())));
        return credited.size();
    }
}
