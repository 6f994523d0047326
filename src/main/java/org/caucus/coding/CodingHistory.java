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
 * through a {@link Ref} that every step about that passage shares, so later steps follow it.
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
        record(new Coded(ref(coded.id()), coding.codedPassage(coded.id())));
        return coded;
    }

    public synchronized Highlight edit(long annotationId, CodingRequest changed) {
        CodedPassage before = coding.codedPassage(annotationId);
        Highlight edited = coding.edit(annotationId, changed);
        record(new Edited(ref(annotationId), before, coding.codedPassage(annotationId)));
        return edited;
    }

    public synchronized void delete(long annotationId) {
        CodedPassage removed = coding.delete(annotationId);
        record(new Deleted(ref(annotationId), removed));
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
        step.undo();
        undone.push(done.pop());
        return Optional.of(new Replayed(step.messageId(), "Undone: " + step.description()));
    }

    public synchronized Optional<Replayed> redo() {
        Step step = undone.peek();
        if (step == null) {
            return Optional.empty();
        }
        step.redo();
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

    private Ref restored(Ref ref, CodedPassage passage) {
        refs.remove(ref.id);
        ref.id = coding.codeAs(passage.coder(), passage.request()).id();
        refs.put(ref.id, ref);
        return ref;
    }

    /** The current id of a passage that may have been deleted and stored again. */
    private static final class Ref {
        private long id;

        Ref(long id) {
            this.id = id;
        }
    }

    private interface Step {
        void undo();

        void redo();

        long messageId();

        String description();
    }

    private final class Coded implements Step {
        private final Ref ref;
        private final CodedPassage passage;

        Coded(Ref ref, CodedPassage passage) {
            this.ref = ref;
            this.passage = passage;
        }

        public void undo() {
            coding.delete(ref.id);
        }

        public void redo() {
            restored(ref, passage);
        }

        public long messageId() {
            return passage.request().messageId();
        }

        public String description() {
            return "coding of “" + shortened(passage) + "”";
        }
    }

    private final class Edited implements Step {
        private final Ref ref;
        private final CodedPassage before;
        private final CodedPassage after;

        Edited(Ref ref, CodedPassage before, CodedPassage after) {
            this.ref = ref;
            this.before = before;
            this.after = after;
        }

        public void undo() {
            coding.edit(ref.id, before.request());
        }

        public void redo() {
            coding.edit(ref.id, after.request());
        }

        public long messageId() {
            return before.request().messageId();
        }

        public String description() {
            return "change to “" + shortened(before) + "”";
        }
    }

    private final class Deleted implements Step {
        private final Ref ref;
        private final CodedPassage passage;

        Deleted(Ref ref, CodedPassage passage) {
            this.ref = ref;
            this.passage = passage;
        }

        public void undo() {
            restored(ref, passage);
        }

        public void redo() {
            coding.delete(ref.id);
        }

        public long messageId() {
            return passage.request().messageId();
        }

        public String description() {
            return "deletion of “" + shortened(passage) + "”";
        }
    }

    private static String shortened(CodedPassage passage) {
        String text = passage.request().range().text().replace('\n', ' ');
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }
}
