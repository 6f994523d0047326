package org.caucus.coding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.caucus.corpus.MessageReading;
import org.caucus.corpus.Participant;

/**
 * Shows who speaks in the block of the selected passage and why, and lets the analyst correct it.
 * A correction is kept for good: automatic attribution never changes it again.
 */
class BlockSpeakerEditor extends VerticalLayout {

    private final Paragraph current = new Paragraph();
    private final ComboBox<Participant> speaker = new ComboBox<>("Change the speaker of this block");
    private final Button set = new Button("Set speaker");
    private final Supplier<List<Participant>> participants;
    private int blockIndex = -1;

    /**
     * @param onSet stores the choice for a block index and a participant ({@code null}: nobody known) and
     *     returns the block as it now reads
     * @param participants the project's participants, asked for each time a block is shown, since merges
     *     change them and most messages are read without ever correcting a speaker
     */
    BlockSpeakerEditor(
            Supplier<List<Participant>> participants,
            BiFunction<Integer, Participant, MessageReading.BlockReading> onSet) {
        this.participants = participants;
        setPadding(false);
        setSpacing(false);
        addClassName("block-speaker");
        current.addClassName("block-speaker-current");
        speaker.setItemLabelGenerator(Participant::getDisplayName);
        speaker.setPlaceholder("Nobody known");
        speaker.setClearButtonVisible(true);
        speaker.setWidthFull();
        set.addClickListener(click -> show(blockIndex, onSet.apply(blockIndex, speaker.getValue())));
        add(current, speaker, set);
        setVisible(false);
    }

    /** A new message: nothing is selected in it yet. */
    void hide() {
        blockIndex = -1;
        setVisible(false);
    }

    void show(int index, MessageReading.BlockReading block) {
        blockIndex = index;
        String who = block.speaker() == null ? "nobody known" : block.speaker();
        current.setText("Speaker here: " + who + (block.evidence() == null ? "" : " (" + block.evidence() + ")"));
        speaker.setItems(participants.get());
        speaker.clear();
        setVisible(true);
    }
}
