package org.caucus.coding;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.caucus.account.CurrentAnalyst;
import org.caucus.codebook.CodebookService;
import org.caucus.codebook.Position;
import org.caucus.corpus.CorpusService;
import org.caucus.corpus.Message;
import org.caucus.corpus.MessageBlock;
import org.caucus.corpus.MessageReading;
import org.caucus.corpus.Participant;
import org.caucus.corpus.TextSpan;
import org.caucus.project.BlindCoding;
import org.caucus.project.Project;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Codes passages and reads them back for the reader. */
@Service
@Transactional(readOnly = true)
public class CodingService {

    /** Stands for the id of an annotation not stored yet, which no stored one has. */
    private static final long NOT_STORED = -1;

    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    private final AnnotationRepository annotations;
    private final AnnotationChangeRepository changes;
    private final CorpusService corpus;
    private final CodebookService codebook;
    private final StanceCellLocks cells;
    private final Clock clock;
    private final CurrentAnalyst currentCoder;
    private final BlindCoding blindCoding;
    /** Reads what beat a save, after the save's own transaction failed and can read no more. */
    private final TransactionTemplate afterFailedSave;

    CodingService(
            AnnotationRepository annotations,
            AnnotationChangeRepository changes,
            CorpusService corpus,
            CodebookService codebook,
            StanceCellLocks cells,
            Clock clock,
            PlatformTransactionManager transactions,
            CurrentAnalyst currentCoder,
            BlindCoding blindCoding) {
        this.annotations = annotations;
        this.changes = changes;
        this.corpus = corpus;
        this.codebook = codebook;
        this.cells = cells;
        this.clock = clock;
        this.currentCoder = currentCoder;
        this.blindCoding = blindCoding;
        this.afterFailedSave = new TransactionTemplate(transactions);
        afterFailedSave.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        afterFailedSave.setReadOnly(true);
    }

    /**
     * Codes a passage. The offsets must lie inside the message and the text there must be the
     * text the coder saw; the passage is credited to the speaker of the block it lies in.
     *
     * @throws PassageRejectedException when the selection cannot be coded, with the reason
     */
    @Transactional
    @PreAuthorize("@corpusAccess.canCodeMessage(#request.messageId())")
    public Highlight code(CodingRequest request) {
        return codeAs(coder(), request);
    }

    /** Codes a passage on behalf of a named coder, such as the demo data's. */
    @Transactional
    @PreAuthorize("@corpusAccess.canCodeMessage(#request.messageId())")
    public Highlight codeAs(String coder, CodingRequest request) {
        return codeAs(coder, coder, request);
    }

    /**
     * Codes a passage for {@code coder}, made by {@code by}: the history names who put it there, such
     * as the owner who accepted a version into the consensus coder.
     */
    @Transactional
    @PreAuthorize("@corpusAccess.canCodeMessage(#request.messageId())")
    public Highlight codeAs(String coder, String by, CodingRequest request) {
        cells.hold(request.positionId());
        Message message = messageOf(request);
        Coding coding = check(message, request, coder, NOT_STORED);
        Annotation saved = annotations.save(new Annotation(
                message,
                request.range(),
                coding.position(),
                request.qualifier(),
                coding.speaker(),
                coding.origin(),
                coding.originSpan(),
                coder,
                coding.memo(),
                clock.instant()));
        log(saved, PassageChange.Kind.CREATED, by, null, AnnotationChange.State.of(saved));
        return highlightOf(saved);
    }

    /**
     * Re-codes a stored passage: its span, position, qualifier and memo become those of the request,
     * checked as a new coding would be. The annotation keeps its coder.
     *
     * @param seenVersion the {@link Highlight#version()} the change was made from
     * @throws PassageChangedException when someone changed or deleted the passage since that version
     * @throws PassageRejectedException when the annotation is gone or the change cannot be coded
     */
    @Transactional
    @PreAuthorize("@passageAccess.canCode(#annotationId)")
    public Highlight edit(long annotationId, long seenVersion, CodingRequest changed) {
        return editAs(coder(), annotationId, seenVersion, changed);
    }

    /** Re-codes a stored passage on behalf of a named coder; see {@link #edit}. */
    @Transactional
    @PreAuthorize("@passageAccess.canCode(#annotationId)")
    public Highlight editAs(String by, long annotationId, long seenVersion, CodingRequest changed) {
        Annotation annotation = asSeen(annotationId, seenVersion);
        cells.hold(annotation.getPosition().getId(), changed.positionId());
        stillAsSeen(annotationId, seenVersion);
        Message message = annotation.getMessage();
        if (message.getId() != changed.messageId()) {
            throw new PassageRejectedException("Annotation " + annotationId + " is in message " + message.getId()
                    + "; it cannot move to message " + changed.messageId() + ".");
        }
        Coding coding = check(message, changed, annotation.getCoder(), annotationId);
        AnnotationChange.State before = AnnotationChange.State.of(annotation);
        annotation.change(
                by,
                changed.range(),
                coding.position(),
                changed.qualifier(),
                coding.speaker(),
                coding.origin(),
                coding.originSpan(),
                coding.memo(),
                clock.instant());
        try {
            // The version check runs here, inside the method, so that losing the race is reported
            // like a stale version rather than as a failed commit.
            annotations.flush();
        } catch (OptimisticLockingFailureException beaten) {
            throw afterFailedSave.execute(status -> changedMeanwhile(annotationId));
        }
        log(annotation, PassageChange.Kind.CHANGED, by, before, AnnotationChange.State.of(annotation));
        return highlightOf(annotation);
    }

    /** The stored passage a change or deletion starts from, refused when it is no longer the version the coder saw. */
    private Annotation asSeen(long annotationId, long seenVersion) {
        Annotation annotation = annotations.findById(annotationId).orElseThrow(() -> changedMeanwhile(annotationId));
        if (annotation.getVersion() != seenVersion) {
            throw changedBy(annotation.getUpdatedBy(), annotation.getUpdatedAt());
        }
        return annotation;
    }

    /**
     * Checks the version again once the passage's position is held. A save of it that committed
     * while this one waited is refused here, in this transaction; none can commit after, since it
     * would have to hold the same position. Refusing it later, when the flush finds the version
     * changed, would need a second connection while this one holds the position, and a team's
     * saves waiting for that position could take every connection of the pool.
     */
    private void stillAsSeen(long annotationId, long seenVersion) {
        if (annotations
                .findSaveStamp(annotationId)
                .filter(now -> now.version() == seenVersion)
                .isEmpty()) {
            throw changedMeanwhile(annotationId);
        }
    }

    /** Who changed or deleted the passage, as the history tells it, for a save that came second. */
    private PassageChangedException changedMeanwhile(long annotationId) {
        return annotations
                .findSaveStamp(annotationId)
                .map(now -> changedBy(now.by(), now.at()))
                .orElseGet(() -> changes.findLatest(annotationId)
                        .filter(latest -> latest.kind() == PassageChange.Kind.DELETED)
                        .map(deleted -> new PassageChangedException("This passage was deleted by " + deleted.by()
                                + " at " + hourMinute(deleted.at()) + "; reload to see it."))
                        .orElseGet(() -> new PassageChangedException(
                                "Annotation " + annotationId + " no longer exists; reload to see the message.")));
    }

    private PassageChangedException changedBy(String by, Instant at) {
        return new PassageChangedException(
                "This passage was changed by " + by + " at " + hourMinute(at) + "; reload to see it.");
    }

    private String hourMinute(Instant at) {
        return HOUR_MINUTE.format(at.atZone(clock.getZone()));
    }

    private void log(
            Annotation annotation,
            PassageChange.Kind kind,
            String by,
            AnnotationChange.State before,
            AnnotationChange.State after) {
        changes.save(new AnnotationChange(annotation, kind, by, clock.instant(), before, after));
    }

    /**
     * Removes a coded passage and returns what it said, so that it can be put back.
     *
     * @param seenVersion the {@link Highlight#version()} the analyst saw when deciding to delete it
     * @throws PassageChangedException when someone changed or deleted the passage since that version:
     *     their change is not thrown away unseen
     */
    @Transactional
    @PreAuthorize("@passageAccess.canCode(#annotationId)")
    public CodedPassage delete(long annotationId, long seenVersion) {
        return deleteAs(coder(), annotationId, seenVersion);
    }

    /** Removes a coded passage on behalf of a named coder; the history keeps what it said. See {@link #delete}. */
    @Transactional
    @PreAuthorize("@passageAccess.canCode(#annotationId)")
    public CodedPassage deleteAs(String by, long annotationId, long seenVersion) {
        Annotation annotation = asSeen(annotationId, seenVersion);
        cells.hold(annotation.getPosition().getId());
        stillAsSeen(annotationId, seenVersion);
        CodedPassage removed = codedPassage(annotationId);
        log(annotation, PassageChange.Kind.DELETED, by, AnnotationChange.State.of(annotation), null);
        annotations.delete(annotation);
        try {
            // as for an edit: a change committed meanwhile is reported, not overwritten by the delete
            annotations.flush();
        } catch (OptimisticLockingFailureException beaten) {
            throw afterFailedSave.execute(status -> changedMeanwhile(annotationId));
        }
        return removed;
    }

    /** What a stored passage says and who coded it. */
    @PreAuthorize("@passageAccess.canRead(#annotationId)")
    public CodedPassage codedPassage(long annotationId) {
        Annotation annotation = stored(annotationId);
        return new CodedPassage(
                annotation.getCoder(),
                new CodingRequest(
                        annotation.getMessage().getId(),
                        new PassageRange(annotation.getStart(), annotation.getEnd(), annotation.getPassage()),
                        annotation.getPosition().getId(),
                        annotation.getQualifier(),
                        annotation.getMemo()));
    }

    private Annotation stored(long annotationId) {
        return annotations
                .findById(annotationId)
                .orElseThrow(() -> new PassageRejectedException(
                        "Annotation " + annotationId + " no longer exists; someone may have deleted it."));
    }

    private Message messageOf(CodingRequest request) {
        return corpus.findMessage(request.messageId())
                .orElseThrow(() -> new PassageRejectedException("Message " + request.messageId() + " does not exist."));
    }

    /** The checks every coding passes, new or changed, and what follows from its span. */
    private Coding check(Message message, CodingRequest request, String coder, long annotationId) {
        PassageRange range = request.range();
        PassageBounds.check(message, range);
        Position position = codebook.findPosition(request.positionId())
                .filter(p -> p.getIssue()
                        .getProject()
                        .getId()
                        .equals(message.getProject().getId()))
                .orElseThrow(() -> new PassageRejectedException(
                        "Position " + request.positionId() + " is not in the codebook of this message's project."));
        if (annotations.existsByMessageIdAndStartAndEndAndPositionIdAndQualifierAndCoderAndIdNot(
                message.getId(),
                range.start(),
                range.end(),
                position.getId(),
                request.qualifier(),
                coder,
                annotationId)) {
            throw new PassageRejectedException("You have already coded this passage as '"
                    + request.qualifier().label() + "' on '" + position.getName() + "'.");
        }
        List<MessageBlock> spoken = spokenBlocks(message, range);
        Long origin = originOf(spoken);
        TextSpan originSpan = origin == null
                ? null
                : corpus.locateInOrigin(message, range.start(), range.end(), origin)
                        .orElse(null);
        String memo = request.memo() == null || request.memo().isBlank()
                ? null
                : request.memo().strip();
        return new Coding(position, speakerOf(spoken), origin, originSpan, memo);
    }

    private record Coding(Position position, Participant speaker, Long origin, TextSpan originSpan, String memo) {}

    private static Highlight highlightOf(Annotation annotation) {
        Position position = annotation.getPosition();
        Participant speaker = annotation.getSpeaker();
        return new Highlight(
                annotation.getId(),
                annotation.getStart(),
                annotation.getEnd(),
                position.getColour(),
                position.getId(),
                position.getName(),
                annotation.getQualifier(),
                speaker == null ? null : speaker.getDisplayName(),
                annotation.getCoder(),
                annotation.getMemo(),
                annotation.getVersion());
    }

    /**
     * The blocks of a message that quote a passage already coded where it was first written, so
     * that the reader can say so instead of inviting a second coding of the same statement.
     *
     * @return their indexes in {@code message.blocks()}
     */
    @PreAuthorize("@corpusAccess.canReadMessage(#message.id())")
    public List<Integer> blocksCodedInOriginal(MessageReading message) {
        Optional<String> onlyOwn = blindCoding.onlyOwnCoding(message.projectId());
        List<Integer> coded = new ArrayList<>();
        for (int i = 0; i < message.blocks().size(); i++) {
            MessageReading.BlockReading block = message.blocks().get(i);
            if (block.originMessageId() != null
                    && onlyOwn.map(own -> annotations.existsByMessageIdAndStartLessThanAndEndGreaterThanAndCoder(
                                    block.originMessageId(), block.originEnd(), block.originStart(), own))
                            .orElseGet(() -> annotations.existsByMessageIdAndStartLessThanAndEndGreaterThan(
                                    block.originMessageId(), block.originEnd(), block.originStart()))) {
                coded.add(i);
            }
        }
        return coded;
    }

    /** The message's coded passages the current coder may see: under blind coding, their own only. */
    @PreAuthorize("@corpusAccess.canReadMessage(#messageId)")
    public List<Highlight> highlights(long messageId) {
        return corpus.findMessage(messageId)
                .flatMap(message ->
                        blindCoding.onlyOwnCoding(message.getProject().getId()))
                .map(own -> annotations.findHighlightsByCoder(messageId, own))
                .orElseGet(() -> annotations.findHighlights(messageId));
    }

    /** Every coded passage of the project in date order; close the stream, inside a transaction. */
    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    public Stream<PassageRow> passageRows(Project project) {
        return annotations.streamPassageRows(project.getId());
    }

    /** The current coder, as {@link CurrentAnalyst} names them. */
    public String coder() {
        return currentCoder.name();
    }

    /** The blocks the passage touches with words; blank lines and quote markers do not count. */
    private static List<MessageBlock> spokenBlocks(Message message, PassageRange range) {
        return message.getBlocks().stream()
                .filter(block -> block.overlaps(range.start(), range.end()))
                .filter(block -> PassageBounds.hasWords(message.getBody(), block, range))
                .toList();
    }

    /** Where the passage was first written, when all of it lies in a quote traced to one earlier message. */
    private static Long originOf(List<MessageBlock> spoken) {
        List<Long> origins =
                spoken.stream().map(MessageBlock::getOriginMessageId).distinct().toList();
        return origins.size() == 1 ? origins.getFirst() : null;
    }

    /**
     * The one speaker of every block the passage touches with words. A passage across two speakers
     * would credit one of them with the other's words, so it is refused rather than guessed.
     */
    private static Participant speakerOf(List<MessageBlock> spoken) {
        List<Participant> speakers =
                spoken.stream().map(MessageBlock::getSpeaker).distinct().toList();
        if (speakers.size() > 1) {
            String names = String.join(
                    " and ",
                    speakers.stream()
                            .map(s -> s == null ? "an unknown speaker" : s.getDisplayName())
                            .toList());
            throw new PassageRejectedException(
                    "The passage runs across text by " + names + "; code each speaker's part on its own.");
        }
        return speakers.stream().filter(Objects::nonNull).findFirst().orElse(null);
    }
}
