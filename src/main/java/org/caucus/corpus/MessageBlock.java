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

    protected MessageBlock() {}

    MessageBlock(Message message, int blockIndex, BodySegment segment, Participant speaker) {
        this.message = message;
        this.blockIndex = blockIndex;
        this.start = segment.start();
        this.end = segment.end();
        this.role = segment.role();
        this.depth = segment.depth();
        this.speaker = speaker;
        this.evidence = segment.evidence();
        this.confidence = segment.confidence();
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

    public boolean contains(int from, int to) {
        return start <= from && to <= end;
    }

    public boolean overlaps(int from, int to) {
        return from < end && start < to;
    }
}
