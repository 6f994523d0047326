package org.caucus.coding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * A stored entry of the passage history. It holds ids and names rather than references, so that
 * it outlives the passage, and the position's name as it was then.
 */
@Entity
class AnnotationChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long projectId;
    private long messageId;
    private long annotationId;

    @Enumerated(EnumType.STRING)
    private PassageChange.Kind action;

    private String changedBy;
    private Instant changedAt;

    private Integer beforeStart;
    private Integer beforeEnd;
    private String beforePassage;
    private String beforePosition;

    @Enumerated(EnumType.STRING)
    private StanceQualifier beforeQualifier;

    private String beforeMemo;
    private Integer afterStart;
    private Integer afterEnd;
    private String afterPassage;
    private String afterPosition;

    @Enumerated(EnumType.STRING)
    private StanceQualifier afterQualifier;

    @Column(name = "after_memo")
    private String afterMemo;

    protected AnnotationChange() {}

    /** What a passage says at one moment, taken before a change overwrites it. */
    record State(int start, int end, String passage, String position, StanceQualifier qualifier, String memo) {

        static State of(Annotation annotation) {
            return new State(
                    annotation.getStart(),
                    annotation.getEnd(),
                    annotation.getPassage(),
                    annotation.getPosition().getName(),
                    annotation.getQualifier(),
                    annotation.getMemo());
        }
    }

    AnnotationChange(
            Annotation annotation, PassageChange.Kind action, String by, Instant at, State before, State after) {
        this.projectId = annotation.getMessage().getProject().getId();
        this.messageId = annotation.getMessage().getId();
        this.annotationId = annotation.getId();
        this.action = action;
        this.changedBy = by;
        this.changedAt = at;
        if (before != null) {
            beforeStart = before.start();
            beforeEnd = before.end();
            beforePassage = before.passage();
            beforePosition = before.position();
            beforeQualifier = before.qualifier();
            beforeMemo = before.memo();
        }
        if (after != null) {
            afterStart = after.start();
            afterEnd = after.end();
            afterPassage = after.passage();
            afterPosition = after.position();
            afterQualifier = after.qualifier();
            afterMemo = after.memo();
        }
    }
}
