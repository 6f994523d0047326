package org.caucus.corpus;

import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.caucus.corpus.importing.Attachment;
import org.caucus.corpus.importing.ParsedMessage;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Messages with their blocks and attachments, gathered and then inserted as three plain JDBC batches. An import
 * writes tens of thousands of rows that nothing reads back in the same transaction; through Hibernate's persistence
 * context each one cost more than the database's own insert. The entities still read them.
 *
 * <p>One instance per transaction and thread; {@link #insert()} must run before the transaction commits.
 */
final class MessageInserts {

    private static final String MESSAGE = "insert into message (id, project_id, dedupe_key, source_name, list_name,"
            + " subject, thread_subject, poster_id, sent_at, sent_offset_seconds, date_header, message_id, in_reply_to,"
            + " message_references, body, raw, charset, charset_source, imported_at, parent_id, thread_id,"
            + " import_run_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String BLOCK = "insert into message_block (id, message_id, block_index, start_offset,"
            + " end_offset, role, depth, speaker_id, evidence, confidence, origin_message_id, origin_start, origin_end)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String ATTACHMENT =
            "insert into message_attachment (message_id, position, file_name, mime_type, size_bytes)"
                    + " values (?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final SequenceIds messageIds;
    private final SequenceIds blockIds;
    private final List<Object[]> messages = new ArrayList<>();
    private final List<Object[]> blocks = new ArrayList<>();
    private final List<Object[]> attachments = new ArrayList<>();
    private final long runId;

    /** @param runId the import whose messages these are */
    MessageInserts(JdbcTemplate jdbc, SequenceIds messageIds, SequenceIds blockIds, long runId) {
        this.jdbc = jdbc;
        this.messageIds = messageIds;
        this.blockIds = blockIds;
        this.runId = runId;
    }

    /** The id for the next message to {@link #add}. */
    long newMessageId() {
        return messageIds.next();
    }

    /**
     * @param id from {@link #newMessageId()}
     * @param placement where the message sits in its thread
     * @param speakers for each block, the id of its speaker, or {@code null}
     * @param origins for each block, where its quoted text was first written, or {@code null}
     */
    void add(
            long id,
            long projectId,
            String sourceName,
            String dedupeKey,
            ParsedMessage parsed,
            Long posterId,
            Instant importedAt,
            ThreadBuilder.Placement placement,
            List<BodySegment> segments,
            List<Long> speakers,
            List<QuotedFrom> origins) {
        messages.add(new Object[] {
            id,
            projectId,
            dedupeKey,
            FieldLimits.clip(sourceName, FieldLimits.SOURCE_NAME),
            parsed.listName(),
            parsed.subject(),
            parsed.threadSubject(),
            posterId,
            parsed.sentAt() == null ? null : parsed.sentAt().toInstant().atOffset(ZoneOffset.UTC),
            parsed.sentAt() == null ? null : parsed.sentAt().getOffset().getTotalSeconds(),
            parsed.dateHeader(),
            FieldLimits.clip(parsed.messageId(), FieldLimits.MESSAGE_ID),
            parsed.inReplyTo(),
            parsed.references().isEmpty() ? null : String.join("\n", parsed.references()),
            parsed.body(),
            parsed.raw(),
            parsed.charset(),
            parsed.charsetChoice() == null ? null : parsed.charsetChoice().name(),
            importedAt.atOffset(ZoneOffset.UTC),
            placement.parentId(),
            placement.threadId(),
            runId
        });
        for (int i = 0; i < segments.size(); i++) {
            blocks.add(block(id, i, segments.get(i), speakers.get(i), origins.get(i)));
        }
        List<Attachment> listed = parsed.attachments();
        for (int i = 0; i < listed.size(); i++) {
            Attachment attachment = listed.get(i);
            attachments.add(new Object[] {id, i, attachment.name(), attachment.mimeType(), attachment.size()});
        }
    }

    private Object[] block(long messageId, int index, BodySegment segment, Long speakerId, QuotedFrom origin) {
        // The entity decides what a block holds (a quote traced to its origin takes the origin's evidence).
        MessageBlock block = new MessageBlock(null, index, segment, null, origin);
        return new Object[] {
            blockIds.next(),
            messageId,
            index,
            block.getStart(),
            block.getEnd(),
            block.getRole().name(),
            block.getDepth(),
            speakerId,
            block.getEvidence(),
            block.getConfidence(),
            block.getOriginMessageId(),
            block.getOriginStart(),
            block.getOriginEnd()
        };
    }

    /** Sends what was added, messages first since blocks and attachments point at them. */
    void insert() {
        batch(MESSAGE, messages, MESSAGE_TYPES);
        batch(BLOCK, blocks, BLOCK_TYPES);
        batch(ATTACHMENT, attachments, ATTACHMENT_TYPES);
    }

    // Given explicitly: a null's type cannot be guessed from the value, and drivers differ in how they guess.
    private static final int[] MESSAGE_TYPES = {
        Types.BIGINT,
        Types.BIGINT,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.BIGINT,
        Types.TIMESTAMP_WITH_TIMEZONE,
        Types.INTEGER,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.VARBINARY,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.TIMESTAMP_WITH_TIMEZONE,
        Types.BIGINT,
        Types.BIGINT,
        Types.BIGINT
    };
    private static final int[] BLOCK_TYPES = {
        Types.BIGINT,
        Types.BIGINT,
        Types.INTEGER,
        Types.INTEGER,
        Types.INTEGER,
        Types.VARCHAR,
        Types.INTEGER,
        Types.BIGINT,
        Types.VARCHAR,
        Types.DOUBLE,
        Types.BIGINT,
        Types.INTEGER,
        Types.INTEGER
    };
    private static final int[] ATTACHMENT_TYPES = {
        Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.BIGINT
    };

    private void batch(String sql, List<Object[]> rows, int[] types) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows, types);
            rows.clear();
        }
    }
}
