package org.caucus.coding.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.caucus.codebook.CodebookService;
import org.caucus.coding.CodingService;
import org.caucus.corpus.CorpusService;
import org.caucus.corpus.MessageReading;

/** Reads one message as the archive shows it and codes passages of it. */
@Route("messages/:messageId")
class ReaderView extends HorizontalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter SENT_AT =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm xxx", Locale.ENGLISH);

    static final String PASSAGE_PARAMETER = "passage";

    private final CorpusService corpus;
    private final CodingService coding;
    private final CodebookService codebook;
    private final PassageReader reader = new PassageReader();
    private String title = "Message";
    private MessageReading reading;

    ReaderView(CorpusService corpus, CodingService coding, CodebookService codebook) {
        this.corpus = corpus;
        this.coding = coding;
        this.codebook = codebook;
        // Full width but natural height: the page scrolls as a whole and the sticky panel follows.
        setWidthFull();
        setPadding(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long messageId = event.getRouteParameters().getLong("messageId").orElseThrow(NotFoundException::new);
        MessageReading message = corpus.read(messageId).orElseThrow(NotFoundException::new);
        title = message.subject();
        removeAll();
        CodingPanel panel = new CodingPanel(
                codebook.positions(message.projectId()),
                request -> coding.code(request),
                () -> reader.showHighlights(coding.highlights(messageId)),
                messageId);
        reader.show(message, coding.highlights(messageId), coding.blocksCodedInOriginal(message));
        passageToShow(event).ifPresent(reader::focus);
        reading = message;
        BlockSpeakerEditor speakers =
                new BlockSpeakerEditor(corpus.participants(message.projectId()), (block, participant) -> {
                    corpus.setBlockSpeaker(
                            messageId, block, participant == null ? null : participant.getId(), coding.coder());
                    reading = corpus.read(messageId).orElseThrow();
                    reader.show(reading, coding.highlights(messageId), coding.blocksCodedInOriginal(reading));
                    return reading.blocks().get(block);
                });
        panel.add(speakers);
        reader.addPassageSelectedListener(selected -> {
            panel.select(selected.start(), selected.end(), selected.text());
            blockAt(selected.start())
                    .ifPresent(block -> speakers.show(block, reading.blocks().get(block)));
        });
        VerticalLayout page = new VerticalLayout(header(message), reader);
        page.setPadding(false);
        page.addClassName("reader-page");
        page.setMinWidth("0");
        add(page, panel);
        setFlexGrow(1, page);
        setAlignItems(Alignment.START);
    }

    /** {@code ?passage=ID}: the comparison pages link to one coded passage of the message. */
    private static Optional<Long> passageToShow(BeforeEnterEvent event) {
        return event.getLocation()
                .getQueryParameters()
                .getSingleParameter(PASSAGE_PARAMETER)
                .flatMap(value -> {
                    try {
                        return Optional.of(Long.valueOf(value));
                    } catch (NumberFormatException e) {
                        return Optional.empty();
                    }
                });
    }

    private Optional<Integer> blockAt(int offset) {
        for (int i = 0; i < reading.blocks().size(); i++) {
            MessageReading.BlockReading block = reading.blocks().get(i);
            if (block.start() <= offset && offset < block.end()) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static Div header(MessageReading message) {
        H2 subject = new H2(message.subject());
        subject.addClassName("message-subject");
        Span poster = new Span(message.poster() == null ? "(no poster)" : message.poster());
        poster.addClassName("message-poster");
        Span date = new Span(message.sentAt() == null ? message.dateHeader() : SENT_AT.format(message.sentAt()));
        date.addClassName("message-date");
        Div meta = new Div(poster, new Span(" · "), date);
        Div header = new Div(subject, meta);
        header.addClassName("message-header");
        return header;
    }

    @Override
    public String getPageTitle() {
        return title + " · Caucus";
    }
}
