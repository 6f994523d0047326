package org.caucus.corpus;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.caucus.project.NotFoundWhenDenied;
import org.caucus.project.Project;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.HandleAuthorizationDenied;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a project's messages back for the reader and the message list, and settles who said their passages. */
@Service
@Transactional(readOnly = true)
public class CorpusService {

    private final MessageRepository messages;
    private final MessageBlockRepository blocks;
    private final ParticipantRepository participants;
    private final ApplicationEventPublisher events;
    private final MessageListQuery messageList;

    CorpusService(
            MessageRepository messages,
            MessageBlockRepository blocks,
            ParticipantRepository participants,
            MessageListQuery messageList,
            ApplicationEventPublisher events) {
        this.events = events;
        this.messageList = messageList;
        this.messages = messages;
        this.blocks = blocks;
        this.participants = participants;
    }

    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    public Page<MessageRow> findMessages(Project project, Pageable pageable) {
        return messages.findRows(project.getId(), pageable);
    }

    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    public long countMessages(Project project) {
        return messages.findRows(project.getId(), Pageable.ofSize(1)).getTotalElements();
    }

    /** One page of the message list, in date order; counts nothing, see {@link #countMessages(Project, MessageFilter)}. */
    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    public List<MessageListRow> findMessages(Project project, MessageFilter filter, Pageable pageable) {
        return messageList.rows(project.getId(), filter, pageable);
    }

    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    public long countMessages(Project project, MessageFilter filter) {
        return messageList.count(project.getId(), filter);
    }

    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    public List<String> listNames(Project project) {
        return messages.findListNames(project.getId());
    }

    /** Posters whose name contains {@code nameContains}, ignoring case; {@code null} or blank finds all. */
    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    public List<Poster> findPosters(Project project, String nameContains, Pageable pageable) {
        return messages.findPosters(project.getId(), LikePattern.containing(nameContains), pageable);
    }

    /** The thread named by its earliest message, as a reply tree; empty when no message is in it. */
    @PreAuthorize("@corpusAccess.canReadMessage(#threadId)")
    @HandleAuthorizationDenied(handlerClass = NotFoundWhenDenied.class)
    public Optional<ThreadTree> thread(long threadId) {
        List<ThreadMessage> thread = messages.findThread(threadId);
        return thread.isEmpty()
                ? Optional.empty()
                : messages.findProjectId(threadId).map(projectId -> new ThreadTree(threadId, projectId, thread));
    }

    @PreAuthorize("@corpusAccess.canReadMessage(#messageId)")
    @HandleAuthorizationDenied(handlerClass = NotFoundWhenDenied.class)
    public Optional<MessageReading> read(long messageId) {
        return messages.findWithPoster(messageId).map(CorpusService::reading);
    }

    /** The message itself, for modules that keep references to it; call inside a transaction. */
    @PreAuthorize("@corpusAccess.canReadMessage(#messageId)")
    @HandleAuthorizationDenied(handlerClass = NotFoundWhenDenied.class)
    public Optional<Message> findMessage(long messageId) {
        return messages.findById(messageId);
    }

    /**
     * Hands every block of the project, or of one message, to {@code sink}, message by message in
     * date order, without holding the corpus in memory.
     */
    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    public void forEachBlock(Project project, String messageId, Consumer<BlockRow> sink) {
        try (Stream<BlockRow> rows = blocks.streamRows(project.getId(), messageId)) {
            rows.forEach(sink);
        }
    }

    /**
     * Sets a block's speaker by hand. The choice is kept and wins over automatic attribution from
     * then on, and coded passages in the block are credited to the new speaker.
     */
    @Transactional
    @PreAuthorize("@corpusAccess.canCodeMessage(#messageId)")
    public void setBlockSpeaker(long messageId, int blockIndex, Long participantId, String analyst) {
        Message message = messages.findById(messageId)
                .orElseThrow(() -> new IllegalArgumentException("Message " + messageId + " does not exist."));
        if (blockIndex < 0 || blockIndex >= message.getBlocks().size()) {
            throw new IllegalArgumentException("Message " + messageId + " has no block " + (blockIndex + 1)
                    + "; it has " + message.getBlocks().size() + ".");
        }
        Participant speaker = participantId == null
                ? null
                : participants
                        .findById(participantId)
                        .filter(p -> p.getProject()
                                .getId()
                                .equals(message.getProject().getId()))
                        .orElseThrow(() -> new IllegalArgumentException(
                                "Participant " + participantId + " is not in this message's project."));
        MessageBlock block = message.getBlocks().get(blockIndex);
        block.setSpeakerByHand(speaker, analyst);
        events.publishEvent(new BlockSpeakerChanged(messageId, block.getStart(), block.getEnd(), participantId));
    }

    /**
     * Where a passage of a quote stands in the message the quote was first written in: the same
     * words, however the quote re-wrapped them and whatever quote markers it added.
     *
     * @param start offset of the passage in {@code quoting}; {@code end} one past it
     * @return empty when the passage does not lie in a quote traced to {@code originMessageId}, or
     *     cannot be found there in exactly one place
     */
    @PreAuthorize("@corpusAccess.canReadMessage(#quoting.id)")
    public Optional<TextSpan> locateInOrigin(Message quoting, int start, int end, long originMessageId) {
        Optional<MessageBlock> quote = quoting.getBlocks().stream()
                .filter(block -> block.overlaps(start, end)
                        && Long.valueOf(originMessageId).equals(block.getOriginMessageId()))
                .findFirst();
        return quote.flatMap(block -> messages.findById(originMessageId)
                .flatMap(origin -> new OriginPassage(quoting.getBody(), start, end).in(origin.getBody(), block)));
    }

    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public List<Participant> participants(long projectId) {
        return participants.findByProjectIdOrderByDisplayName(projectId);
    }

    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    public List<Participant> participants(Project project) {
        return participants.findByProjectOrderByDisplayName(project);
    }

    private static MessageReading reading(Message message) {
        List<MessageReading.BlockReading> blocks = message.getBlocks().stream()
                .map(block -> new MessageReading.BlockReading(
                        block.getStart(),
                        block.getEnd(),
                        block.getRole(),
                        block.getDepth(),
                        block.getSpeaker() == null ? null : block.getSpeaker().getId(),
                        block.getSpeaker() == null ? null : block.getSpeaker().getDisplayName(),
                        block.getEvidence(),
                        block.getOriginMessageId(),
                        block.getOriginStart(),
                        block.getOriginEnd()))
                .toList();
        return new MessageReading(
                message.getId(),
                message.getProject().getId(),
                message.getListName(),
                message.getSubject(),
                message.getPoster() == null ? null : message.getPoster().getDisplayName(),
                message.getSentAt(),
                message.getDateHeader(),
                message.getBody(),
                blocks);
    }
}
