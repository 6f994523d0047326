package org.caucus.corpus;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.caucus.project.Project;

/**
 * One imported e-mail. Its body text is normalised once at import and never changes afterwards,
 * because coded passages point into it by character offsets; the raw bytes are kept as read.
 */
@Entity
public class Message {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "message_seq")
    @SequenceGenerator(name = "message_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Project project;

    private String dedupeKey;
    private String sourceName;
    private String listName;
    private String subject;
    private String threadSubject;

    @ManyToOne(fetch = FetchType.LAZY)
    private Participant poster;

    private Instant sentAt;
    private Integer sentOffsetSeconds;
    private String dateHeader;
    private String messageId;
    private String inReplyTo;

    @Column(name = "message_references")
    private String references;

    private String body;

    private byte[] raw;

    private String charset;
    private String charsetSource;

    @ElementCollection
    @CollectionTable(name = "message_attachment", joinColumns = @JoinColumn(name = "message_id"))
    @OrderColumn(name = "position")
    private List<MessageAttachment> attachments = new ArrayList<>();

    private Instant importedAt;

    // Written with the message and corrected in bulk by ThreadService after each import, hence plain ids.
    private Long parentId;
    private Long threadId;

    @OneToMany(mappedBy = "message", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("blockIndex")
    private List<MessageBlock> blocks = new ArrayList<>();

    protected Message() {}

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public String getSourceName() {
        return sourceName;
    }

    public String getListName() {
        return listName;
    }

    public String getSubject() {
        return subject;
    }

    public String getThreadSubject() {
        return threadSubject;
    }

    public Long getParentId() {
        return parentId;
    }

    public Long getThreadId() {
        return threadId;
    }

    public Participant getPoster() {
        return poster;
    }

    /** When it was sent, at the sender's own UTC offset; {@code null} when the date could not be read. */
    public OffsetDateTime getSentAt() {
        return sentAt == null ? null : sentAt.atOffset(ZoneOffset.ofTotalSeconds(sentOffsetSeconds));
    }

    public String getDateHeader() {
        return dateHeader;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getInReplyTo() {
        return inReplyTo;
    }

    public List<String> getReferences() {
        return references == null ? List.of() : List.of(references.split("\n"));
    }

    public String getBody() {
        return body;
    }

    public byte[] getRaw() {
        return raw.clone();
    }

    /** The size of the raw bytes, without copying them as {@link #getRaw} does. */
    public int getRawSize() {
        return raw.length;
    }

    /** The charset the body was decoded with, and how it was chosen (declared, detected or assumed). */
    public String getCharset() {
        return charset;
    }

    public String getCharsetSource() {
        return charsetSource;
    }

    public List<MessageAttachment> getAttachments() {
        return Collections.unmodifiableList(attachments);
    }

    public List<MessageBlock> getBlocks() {
        return Collections.unmodifiableList(blocks);
    }
}
