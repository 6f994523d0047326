package org.caucus.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

/** A run of a message body with one role and one speaker. */
@Entity
public class MessageBlock {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "message_block_seq")
    @SequenceGenerator(name = "message_block_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Message message;

    private int blockIndex;

    @Column(name = "start_offset")
    private int start;

    @Column(name = "end_offset")
    private int end;

    @Enumerated(EnumType.STRING)
    private BlockRole role;

    private int depth;

    @ManyToOne(fetch = FetchType.LAZY)
    private Participant speaker;

    private String evidence;

    private double confidence;

    private Long originMessageId;
    private Integer originStart;
    private Integer originEnd;
    private String speakerSetBy;

    protected MessageBlock() {}

    MessageBlock(Message message, int blockIndex, BodySegment segment, Participant speaker, QuotedFrom origin) {
        this.message = message;
        this.blockIndex = blockIndex;
        this.start = segment.start();
        this.end = segment.end();
        this.role = segment.role();
        this.depth = segment.depth();
        this.speaker = speaker;
        this.evidence = FieldLimits.clip(segment.evidence(), FieldLimits.EVIDENCE);
        this.confidence = segment.confidence();
        if (origin != null) {
            this.originMessageId = origin.messageId();
            this.originStart = origin.start();
            this.originEnd = origin.end();
            this.evidence = FieldLimits.clip(origin.evidence(), FieldLimits.EVIDENCE);
            this.confidence = origin.confidence();
        }
    }

    public int getBlockIndex() {
        return blockIndex;
    }

    public int getStart() {
        return start;
    }

    public int getEnd() {
        return end;
    }

    public BlockRole getRole() {
        return role;
    }

    public int getDepth() {
        return depth;
    }

    /** Who wrote this block; {@code null} when unknown or when nobody's statement. */
    public Participant getSpeaker() {
        return speaker;
    }

    public String getEvidence() {
        return evidence;
    }

    public double getConfidence() {
        return confidence;
    }

    /** An analyst's choice of speaker ({@code null} for nobody known); it wins over every automatic rule. */
    void setSpeakerByHand(Participant speaker, String analyst) {
        this.speaker = speaker;
        this.speakerSetBy = analyst;
        this.evidence = "set by " + analyst;
        this.confidence = 1.0;
    }

    /** Who chose this block's speaker by hand, or {@code null} when attribution chose it. */
    public String getSpeakerSetBy() {
        return speakerSetBy;
    }

    /** The earlier message this quote's text was first written in; {@code null} when not found or not a quote. */
    public Long getOriginMessageId() {
        return originMessageId;
    }

    public Integer getOriginStart() {
        return originStart;
    }

    public Integer getOriginEnd() {
        return originEnd;
    }

    public boolean contains(int from, int to) {
        return start <= from && to <= end;
    }

    public boolean overlaps(int from, int to) {
        return from < end && start < to;
    }
}
