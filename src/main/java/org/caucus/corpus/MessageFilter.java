package org.caucus.corpus;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * What the message list is narrowed to. A part left {@code null} lets every message through, so
 * {@link #EVERYTHING} is the whole project. Days run from midnight to midnight UTC: senders write
 * from every offset, and one clock for everyone keeps a day's messages the same for every analyst.
 *
 * @param listName the mailing list, as the message list names it
 * @param posterId the participant who sent the message
 * @param sentFrom the first day, inclusive
 * @param sentTo the last day, inclusive
 * @param threadId the thread, named by its earliest message
 * @param coded whether the message holds coded passages; never {@code null}
 * @param positionId a position at least one passage of the message is coded with
 * @param importRunId the import that stored the message
 */
public record MessageFilter(
        String listName,
        Long posterId,
        LocalDate sentFrom,
        LocalDate sentTo,
        Long threadId,
        CodedState coded,
        Long positionId,
        Long importRunId) {

    public static final MessageFilter EVERYTHING =
            new MessageFilter(null, null, null, null, null, CodedState.ANY, null, null);

    /** The offset the day boundaries are taken at. */
    public static final ZoneOffset DAYS_IN = ZoneOffset.UTC;

    public MessageFilter {
        coded = Objects.requireNonNullElse(coded, CodedState.ANY);
    }

    /** A filter on the message's own facts only, coded or not. */
    public MessageFilter(String listName, Long posterId, LocalDate sentFrom, LocalDate sentTo, Long threadId) {
        this(listName, posterId, sentFrom, sentTo, threadId, CodedState.ANY, null, null);
    }

    public MessageFilter withListName(String listName) {
        return new MessageFilter(listName, posterId, sentFrom, sentTo, threadId, coded, positionId, importRunId);
    }

    public MessageFilter withPosterId(Long posterId) {
        return new MessageFilter(listName, posterId, sentFrom, sentTo, threadId, coded, positionId, importRunId);
    }

    public MessageFilter withSentFrom(LocalDate sentFrom) {
        return new MessageFilter(listName, posterId, sentFrom, sentTo, threadId, coded, positionId, importRunId);
    }

    public MessageFilter withSentTo(LocalDate sentTo) {
        return new MessageFilter(listName, posterId, sentFrom, sentTo, threadId, coded, positionId, importRunId);
    }

    public MessageFilter withThreadId(Long threadId) {
        return new MessageFilter(listName, posterId, sentFrom, sentTo, threadId, coded, positionId, importRunId);
    }

    public MessageFilter withCoded(CodedState coded) {
        return new MessageFilter(listName, posterId, sentFrom, sentTo, threadId, coded, positionId, importRunId);
    }

    public MessageFilter withPositionId(Long positionId) {
        return new MessageFilter(listName, posterId, sentFrom, sentTo, threadId, coded, positionId, importRunId);
    }

    public MessageFilter withImportRunId(Long importRunId) {
        return new MessageFilter(listName, posterId, sentFrom, sentTo, threadId, coded, positionId, importRunId);
    }
}
