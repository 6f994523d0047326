package org.caucus.coding;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One analyst's changes in one working session, in order, so that any of them can be undone and
 * redone: coding, editing and deleting, in any message. The reader keeps one per session; it lives
 * in memory because an undo after a restart would surprise more than it helps.
 *
 * <p>Undoing a deletion stores the passage again under a new id. Each step holds the passage
 * through a {@link Ref} that every step about that passage shares, so later steps follow it. The
 * ref also holds the version this session saved last, so that undoing a change someone else has
 * changed since is refused rather than overwriting theirs.
 */
public class CodingHistory {

    /** Enough for a long day; the oldest steps fall off first. */
    private static final int KEPT = 500;

    private final CodingService coding;
    private final Deque<Step> done = new ArrayDeque<>();
    private final Deque<Step> undone = new ArrayDeque<>();
    private final Map<Long, Ref> refs = new HashMap<>();

    public CodingHistory(CodingService coding) {
        this.coding = coding;
    }

    /** A change that was undone or redone: which message it touched and what it was, for the analyst. */
    public record Replayed(long messageId, String description) {}

    public synchronized Highlight code(CodingRequest request) {
        Highlight coded = coding.code(request);
        Ref ref = ref(coded.id());
        ref.version = coded.version();
        CodedPassage passage = coding.codedPassage(coded.id());
        record(new Step(
                "coding of " + quoted(passage),
                passage,
                () -> coding.delete(ref.id, ref.version),
                () -> restore(ref, passage)));
        return coded;
    }

    /** @param seenVersion the version of the passage the change was made from */
    public synchronized Highlight edit(long annotationId, long seenVersion, CodingRequest changed) {
        CodedPassage before = coding.codedPassage(annotationId);
        Highlight edited = coding.edit(annotationId, seenVersion, changed);
        Ref ref = ref(annotationId);
        ref.version = edited.version();
        CodedPassage after = coding.codedPassage(annotationId);
        record(new Step(
                "change to " + quoted(before),
                before,
                () -> ref.version =
                        coding.edit(ref.id, ref.version, before.request()).version(),
                () -> ref.version =
                        coding.edit(ref.id, ref.version, after.request()).version()));
        return edited;
    }

    /** @param seenVersion the version of the passage the analyst saw when deleting it */
    public synchronized void delete(long annotationId, long seenVersion) {
        CodedPassage removed = coding.delete(annotationId, seenVersion);
        Ref ref = ref(annotationId);
        record(new Step(
                "deletion of " + quoted(removed),
                removed,
                () -> restore(ref, removed),
                () -> coding.delete(ref.id, ref.version)));
    }

    /**
     * Takes back the latest change not yet undone.
     *
     * @throws PassageRejectedException when the passage changed meanwhile so that the step no longer
     *     applies; the step stays where it was
     */
    public synchronized Optional<Replayed> undo() {
        Step step = done.peek();
        if (step == null) {
            return Optional.empty();
        }
        step.undo().run();
        undone.push(done.pop());
        return Optional.of(new Replayed(step.messageId(), "Undone: " + step.description()));
    }

    public synchronized Optional<Replayed> redo() {
        Step step = undone.peek();
        if (step == null) {
            return Optional.empty();
        }
        step.redo().run();
        done.push(undone.pop());
        return Optional.of(new Replayed(step.messageId(), "Redone: " + step.description()));
    }

    private void record(Step step) {
        done.push(step);
        undone.clear();
        while (done.size() > KEPT) {
            done.removeLast();
        }
    }

    private Ref ref(long annotationId) {
        return refs.computeIfAbsent(annotationId, Ref::new);
    }

    private void restore(Ref ref, CodedPassage passage) {
        refs.remove(ref.id);
        Highlight restored = coding.codeAs(passage.coder(), passage.request());
        ref.id = restored.id();
        ref.version = restored.version();
        refs.put(ref.id, ref);
    }

    /** The current id of a passage that may have been deleted and stored again. */
    private static final class Ref {
        private long id;
        private long version;

        Ref(long id) {
            this.id = id;
        }
    }

    /** One change: what to run to take it back and to make it again. */
    private record Step(String description, CodedPassage passage, Runnable undo, Runnable redo) {

        long messageId() {
            return passage.request().messageId();
        }
    }

    private static String quoted(CodedPassage passage) {
        String text = passage.request().range().text().replace('\n', ' ');
        return "“" + (text.length() <= 40 ? text : text.substring(0, 39) + "…") + "”";
    }
}
