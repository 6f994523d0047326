package org.caucus.coding.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.caucus.coding.Highlight;
import org.caucus.corpus.MessageReading;
import tools.jackson.databind.json.JsonMapper;

/** Server side of the {@code <passage-reader>} web component in {@code frontend/passage-reader.ts}. */
@Tag("passage-reader")
@JsModule("./passage-reader.ts")
class PassageReader extends Component {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * @param codedInOriginal indexes of the blocks whose quoted passage is already coded where it was
     *     first written
     */
    void show(MessageReading message, List<Highlight> highlights, List<Integer> codedInOriginal) {
        getElement().setProperty("text", message.body());
        getElement().setProperty("blocksJson", JSON.writeValueAsString(message.blocks()));
        getElement().setProperty("codedInOriginalJson", JSON.writeValueAsString(codedInOriginal));
        showHighlights(highlights);
    }

    void showHighlights(List<Highlight> highlights) {
        getElement().setProperty("highlightsJson", JSON.writeValueAsString(highlights));
    }

    /** Outlines the passage that {@code e} and {@code Delete} act on; {@code -1}: none. */
    void showFocused(long annotationId) {
        getElement().setProperty("focusedId", annotationId);
    }

    /** Brings the passage in focus into view once it is painted, for links that point at one passage. */
    void scrollToFocused() {
        getElement()
                .executeJs("this.updateComplete.then(() => this.querySelector('mark.focused')"
                        + "?.scrollIntoView({block: 'center'}))");
    }

    Registration addPassageSelectedListener(ComponentEventListener<PassageSelected> listener) {
        return addListener(PassageSelected.class, listener);
    }

    Registration addAnnotationFocusedListener(ComponentEventListener<AnnotationFocused> listener) {
        return addListener(AnnotationFocused.class, listener);
    }

    Registration addReaderKeyListener(ComponentEventListener<ReaderKey> listener) {
        return addListener(ReaderKey.class, listener);
    }

    /**
     * The coder selected a passage: offsets into the message's normalised text, the text there, and
     * where the mouse let go, in the window's pixels, for the coding popup.
     */
    @DomEvent("passage-selected")
    public static class PassageSelected extends ComponentEvent<PassageReader> {

        private final int start;
        private final int end;
        private final String text;
        private final int x;
        private final int y;

        public PassageSelected(
                PassageReader source,
                boolean fromClient,
                @EventData("event.detail.start") int start,
                @EventData("event.detail.end") int end,
                @EventData("event.detail.text") String text,
                @EventData("event.detail.x") int x,
                @EventData("event.detail.y") int y) {
            super(source, fromClient);
            this.start = start;
            this.end = end;
            this.text = text;
            this.x = x;
            this.y = y;
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }

        String text() {
            return text;
        }

        int x() {
            return x;
        }

        int y() {
            return y;
        }
    }

    /** The coder clicked a coded passage. */
    @DomEvent("annotation-focused")
    public static class AnnotationFocused extends ComponentEvent<PassageReader> {

        private final long annotationId;

        public AnnotationFocused(
                PassageReader source, boolean fromClient, @EventData("event.detail.id") long annotationId) {
            super(source, fromClient);
            this.annotationId = annotationId;
        }

        long annotationId() {
            return annotationId;
        }
    }

    /**
     * The coder pressed a reader shortcut outside any field: a digit, a lower-case letter, {@code ?},
     * {@code Delete}, {@code Escape}, or {@code undo} / {@code redo} for Ctrl+Z / Ctrl+Shift+Z.
     */
    @DomEvent("reader-key")
    public static class ReaderKey extends ComponentEvent<PassageReader> {

        private final String key;

        public ReaderKey(PassageReader source, boolean fromClient, @EventData("event.detail.key") String key) {
            super(source, fromClient);
            this.key = key;
        }

        String key() {
            return key;
        }
    }
}
