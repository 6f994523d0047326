package org.caucus.corpus;

import java.time.OffsetDateTime;
import java.util.List;

/** Everything the reader shows of one message: its header, its body and the blocks of the body. */
public record MessageReading(
        long id,
        long projectId,
        String listName,
        String subject,
        String poster,
        OffsetDateTime sentAt,
        String dateHeader,
        String body,
        List<BlockReading> blocks) {

    /** One block as shown: where it is, what it is and who said it ({@code null} speaker: nobody known). */
    public record BlockReading(
            int start,
            int end,
            BlockRole role,
            int depth,
            Long speakerId,
            String speaker,
            String evidence,
            Long originMessageId,
            Integer originStart,
            Integer originEnd) {}
}
