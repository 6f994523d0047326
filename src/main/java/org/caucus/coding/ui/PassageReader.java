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

    /**
     * Scrolls to a coded passage and marks it, for links from the comparison pages. It runs once the
     * component has rendered the highlights it was just given.
     */
    void focus(long annotationId) {
        getElement()
                .executeJs(
                        "this.updateComplete.then(() => {"
                                + " const mark = this.querySelector('mark[data-annotations~=\"' + $0 + '\"]');"
                                + " if (mark) { mark.classList.add('focused-passage');"
                                + " mark.scrollIntoView({block: 'center'}); } })",
                        String.valueOf(annotationId));
    }

    Registration addPassageSelectedListener(ComponentEventListener<PassageSelected> listener) {
        return addListener(PassageSelected.class, listener);
    }

    /** The coder selected a passage: offsets into the message's normalised text, and the text there. */
    @DomEvent("passage-selected")
    public static class PassageSelected extends ComponentEvent<PassageReader> {

        private final int start;
        private final int end;
        private final String text;

        public PassageSelected(
                PassageReader source,
                boolean fromClient,
                @EventData("event.detail.start") int start,
                @EventData("event.detail.end") int end,
                @EventData("event.detail.text") String text) {
            super(source, fromClient);
            this.start = start;
            this.end = end;
            this.text = text;
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
    }
}
