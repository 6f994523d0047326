package org.caucus.export;

import java.time.OffsetDateTime;
import org.caucus.codebook.PositionChoice;
import org.caucus.coding.StanceQualifier;

/**
 * One coded passage as the "Coded passages" sheet and the CSV list it, with what the export's
 * tallies count it by. What a passage shares with others (its message's date, list, thread and
 * poster; its speaker; its position) is shared, not copied: a million of these pass through.
 *
 * @param speaker {@code null} for an unknown speaker
 * @param sentAt the sender's wall-clock time; {@code null} when the message has no date
 */
record CodedPassage(
        long annotationId,
        long messageId,
        OffsetDateTime sentAt,
        String list,
        String thread,
        String link,
        String poster,
        Roster.Member speaker,
        PositionChoice position,
        StanceQualifier stance,
        String passage,
        String contextBefore,
        String contextAfter,
        String originMessage,
        String statementKey,
        String coder,
        String memo,
        OffsetDateTime codedAt) {

    String speakerName() {
        return speaker == null ? null : speaker.name();
    }

    String organisation() {
        return speaker == null ? null : speaker.organisation();
    }

    String stakeholderGroup() {
        return speaker == null ? null : speaker.stakeholderGroup();
    }

    String country() {
        return speaker == null ? null : speaker.country();
    }

    String issue() {
        return position.issue();
    }

    String positionName() {
        return position.name();
    }

    String qualifier() {
        return stance.label();
    }
}
