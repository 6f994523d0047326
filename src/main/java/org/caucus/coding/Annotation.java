package org.caucus.coding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import org.caucus.codebook.Position;
import org.caucus.corpus.Message;
import org.caucus.corpus.Participant;
import org.caucus.corpus.TextSpan;

/**
 * A coded passage: a character range of a message tagged with a position and a qualifier, and
 * credited to the speaker of the block it lies in. The passage text is kept beside the offsets so
 * that any drift from the message text can be detected.
 */
@Entity
public class Annotation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Message message;

    @Column(name = "start_offset")
    private int start;

    @Column(name = "end_offset")
    private int end;

    private String passage;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Position position;

    @Enumerated(EnumType.STRING)
    private StanceQualifier qualifier;

    @ManyToOne(fetch = FetchType.LAZY)
    private Participant speaker;

    private Long originMessageId;
    private Integer originStart;
    private Integer originEnd;
    private String statementKey;

    private String coder;
    private String memo;
    private Instant createdAt;
    private Instant updatedAt;
    private String updatedBy;

    @Version
    private long version;

    protected Annotation() {}

    Annotation(
            Message message,
            PassageRange range,
            Position position,
            StanceQualifier qualifier,
            Participant speaker,
            Long originMessageId,
            TextSpan originSpan,
            String coder,
            String memo,
            Instant now) {
        this.message = message;
        this.coder = coder;
        this.createdAt = now;
        change(coder, range, position, qualifier, speaker, originMessageId, originSpan, memo, now);
    }

    /**
     * Re-codes the passage on behalf of {@code by}; speaker and origin follow the span, so the
     * caller works them out for it.
     */
    void change(
            String by,
            PassageRange range,
            Position position,
            StanceQualifier qualifier,
            Participant speaker,
            Long originMessageId,
            TextSpan originSpan,
            String memo,
            Instant now) {
        this.updatedBy = by;
        this.start = range.start();
        this.end = range.end();
        this.passage = range.text();
        this.position = position;
        this.qualifier = qualifier;
        this.speaker = speaker;
        this.originMessageId = originMessageId;
        this.originStart = originSpan == null ? null : originSpan.start();
        this.originEnd = originSpan == null ? null : originSpan.end();
        this.statementKey = StatementKey.of(originMessageId == null ? message.getId() : originMessageId, range.text());
        this.memo = memo;
        this.updatedAt = now;
    }

    /**
     * The quote the passage lies in was traced to where it was first written, after the passage was coded: the
     * statement is then the origin's, and its speaker the origin's poster. Not a coder's change, so who saved the
     * passage last, and when, stay as they were.
     */
    void quoteTraced(Participant speaker, long originMessageId, TextSpan originSpan) {
        this.speaker = speaker;
        this.originMessageId = originMessageId;
        this.originStart = originSpan == null ? null : originSpan.start();
        this.originEnd = originSpan == null ? null : originSpan.end();
        this.statementKey = StatementKey.of(originMessageId, passage);
    }

    public Long getId() {
        return id;
    }

    public Message getMessage() {
        return message;
    }

    public int getStart() {
        return start;
    }

    public int getEnd() {
        return end;
    }

    public String getPassage() {
        return passage;
    }

    public Position getPosition() {
        return position;
    }

    public StanceQualifier getQualifier() {
        return qualifier;
    }

    public Participant getSpeaker() {
        return speaker;
    }

    /** The message a quoted passage was first written in; {@code null} when coded where it was written. */
    public Long getOriginMessageId() {
        return originMessageId;
    }

    /** Where the passage stands in its origin message; {@code null} when not coded in a quote, or not found there. */
    public Integer getOriginStart() {
        return originStart;
    }

    public Integer getOriginEnd() {
        return originEnd;
    }

    public String getCoder() {
        return coder;
    }

    public String getMemo() {
        return memo;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** Who saved the passage last: its coder until someone else changes it. */
    public String getUpdatedBy() {
        return updatedBy == null ? coder : updatedBy;
    }

    /** Counts the saves; a save that started from an older count is refused. */
    public long getVersion() {
        return version;
    }
}
