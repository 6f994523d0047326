package org.caucus.coding.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.caucus.codebook.CodebookService;
import org.caucus.codebook.PositionChoice;
import org.caucus.coding.CodingHistory;
import org.caucus.coding.CodingRequest;
import org.caucus.coding.CodingService;
import org.caucus.coding.Highlight;
import org.caucus.coding.PassageHistory;
import org.caucus.coding.PassageRange;
import org.caucus.coding.PassageRejectedException;
import org.caucus.coding.ReadingOrder;
import org.caucus.coding.StanceQualifier;
import org.caucus.corpus.CorpusService;
import org.caucus.corpus.MessageOriginals;
import org.caucus.corpus.MessageReading;
import org.caucus.project.BlindCoding;
import org.caucus.project.ui.AnalystZone;
import org.caucus.project.ui.OpenProject;

/**
 * Reads one message as the archive shows it and codes passages of it, with the mouse (select, then
 * pick in the popup) or the keyboard (select, then a digit). The message is in the URL, so back,
 * bookmarks and shared links work; every change goes through the analyst's session history, so
 * Ctrl+Z takes it back.
 */
@PermitAll
@Route("messages/:messageId")
class ReaderView extends HorizontalLayout implements BeforeEnterObserver, HasDynamicTitle, CodingPanel.Actions {

    static final String PASSAGE_PARAMETER = "passage";

    private final CorpusService corpus;
    private final CodingService coding;
    private final CodebookService codebook;
    private final ReadingOrder readingOrder;
    private final PassageHistory passageHistory;
    private final BlindCoding blindCoding;
    private final PassageHistoryDialog historyDialog = new PassageHistoryDialog();
    private final PassageReader reader = new PassageReader();
    private final CodingPanel panel = new CodingPanel(this);
    private final VerticalLayout page = new VerticalLayout();
    private String title = "Message";
    private MessageReading reading;
    private List<Highlight> highlights = List.of();
    private PassageRange selection;
    private Long focused;
    private StanceQualifier keyQualifier = StanceQualifier.SUPPORTS;
    private final CodingDialogs dialogs = new CodingDialogs(this, new CodingDialogs.Factory() {
        @Override
        public CodingPopup popup(List<PositionChoice> positions, PositionShortcuts shortcuts) {
            return new CodingPopup(positions, shortcuts, (position, qualifier, memo) -> {
                keyQualifier = qualifier;
                panel.showKeyQualifier(qualifier);
                code(position, qualifier, memo);
            });
        }

        @Override
        public AnnotationEditor editor(List<PositionChoice> positions, PositionShortcuts shortcuts) {
            return new AnnotationEditor(
                    positions,
                    shortcuts,
                    (seen, changed) -> afterEdit(history().edit(seen.id(), seen.version(), changed)),
                    ReaderView.this::delete);
        }
    });
    private final BlockSpeakerEditor speakers;
    private final OpenProject openProject;
    private final MessageOriginals originals;
    private MessageHeader header;
    private AsImported asImported;

    ReaderView(
            CorpusService corpus,
            CodingService coding,
            CodebookService codebook,
            ReadingOrder readingOrder,
            PassageHistory passageHistory,
            BlindCoding blindCoding,
            MessageOriginals originals,
            OpenProject openProject) {
        this.corpus = corpus;
        this.originals = originals;
        this.openProject = openProject;
        this.blindCoding = blindCoding;
        this.passageHistory = passageHistory;
        this.coding = coding;
        this.codebook = codebook;
        this.readingOrder = readingOrder;
        // Full width but natural height: the page scrolls as a whole and the sticky panel follows.
        setWidthFull();
        setPadding(true);
        setAlignItems(Alignment.START);
        page.setPadding(false);
        page.addClassName("reader-page");
        page.setMinWidth("0");
        reader.addPassageSelectedListener(
                selected -> select(new PassageRange(selected.start(), selected.end(), selected.text()), selected));
        reader.addAnnotationFocusedListener(click -> focusAndLink(click.annotationId()));
        reader.addReaderKeyListener(key -> attempt(() -> onKey(key.key())));
        speakers = new BlockSpeakerEditor(() -> corpus.participants(reading.projectId()), (block, participant) -> {
            corpus.setBlockSpeaker(
                    reading.id(), block, participant == null ? null : participant.getId(), coding.coder());
            reading = corpus.read(reading.id()).orElseThrow();
            showMessage();
            return reading.blocks().get(block);
        });
        panel.add(speakers);
        page.add(reader);
        add(page, panel);
        setFlexGrow(1, page);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long messageId = event.getRouteParameters().getLong("messageId").orElseThrow(NotFoundException::new);
        MessageReading message = corpus.read(messageId).orElseThrow(NotFoundException::new);
        // A message is read in its own project: a link in another project's workbook opens that project, so that the
        // frame and the next page agree with the message.
        openProject.open(message.projectId());
        title = message.subject();
        reading = message;
        selection = null;
        focused = null;
        dialogs.useCodebook(codebook.positions(message.projectId()));
        dialogs.builtPopup().ifPresent(CodingPopup::close);
        speakers.hide();
        panel.showSelected(null);
        panel.showFocused(null);
        panel.showKeyQualifier(keyQualifier);
        MessageHeader shown = new MessageHeader(message, analystZone(), threadPlace(message));
        if (header == null) {
            page.addComponentAsFirst(shown);
        } else {
            page.replace(header, shown);
        }
        header = shown;
        AsImported details = new AsImported(originals, message.id());
        if (asImported == null) {
            page.addComponentAtIndex(1, details);
        } else {
            page.replace(asImported, details);
        }
        asImported = details;
        showMessage();
        focus(passageToShow(event).orElse(null));
        if (focused != null) {
            reader.scrollToFocused();
        }
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

    private void showMessage() {
        highlights = coding.highlights(reading.id());
        reader.show(reading, highlights, coding.blocksCodedInOriginal(reading));
        showCoders();
    }

    private void showCoders() {
        panel.showCoders(
                highlights,
                blindCoding
                        .onlyOwnCoding(reading.projectId())
                        .map(own -> "Blind coding: you (" + own + ") see only your own passages until the project's"
                                + " owner reveals everyone's.")
                        .orElse(null));
    }

    private void select(PassageRange range, PassageReader.PassageSelected where) {
        selection = range;
        panel.showSelected(range.text());
        blockAt(range.start())
                .ifPresent(block -> speakers.show(block, reading.blocks().get(block)));
        if (dialogs.editing()) {
            dialogs.editor().offerSpan(range);
            return;
        }
        CodingPopup popup = dialogs.popup();
        popup.setQualifier(keyQualifier);
        popup.open(range.text(), where.x(), where.y());
    }

    private void onKey(String key) {
        switch (key) {
            case "s" -> setQualifier(StanceQualifier.SUPPORTS);
            case "o" -> setQualifier(StanceQualifier.OPPOSES);
            case "n" -> setQualifier(StanceQualifier.NEUTRAL);
            case "j" -> goTo(readingOrder.next(reading.id()), "This is the last message.");
            case "k" -> goTo(readingOrder.previous(reading.id()), "This is the first message.");
            case "u" -> nextUncoded();
            case "e" -> edit();
            case "Delete" -> delete();
            case "undo" -> undo();
            case "redo" -> redo();
            case "?" -> dialogs.help().open();
            case "Escape" -> dropSelection();
            default ->
                dialogs.shortcuts()
                        .position(key)
                        .ifPresentOrElse(this::applyPosition, () -> tell("No position has the shortcut " + key + "."));
        }
    }

    /** A digit codes the selection; with nothing selected, it re-codes the passage in focus. */
    private void applyPosition(PositionChoice position) {
        if (selection != null) {
            code(position, keyQualifier, null);
        } else if (focused != null) {
            Highlight current = focusedHighlight();
            afterEdit(history()
                    .edit(current.id(), current.version(), changed(current, position.id(), current.qualifier())));
        } else {
            tell("Select text first, then press "
                    + dialogs.shortcuts().keyOf(position).orElse("its key") + ".");
        }
    }

    /** s, o and n set the qualifier the next coding gets; with nothing selected, they also change the passage in focus. */
    private void setQualifier(StanceQualifier qualifier) {
        keyQualifier = qualifier;
        panel.showKeyQualifier(qualifier);
        dialogs.builtPopup().ifPresent(popup -> popup.setQualifier(qualifier));
        if (selection == null && focused != null) {
            Highlight current = focusedHighlight();
            if (current.qualifier() != qualifier) {
                afterEdit(history()
                        .edit(current.id(), current.version(), changed(current, current.positionId(), qualifier)));
            }
        }
    }

    private CodingRequest changed(Highlight current, long positionId, StanceQualifier qualifier) {
        PassageRange span = new PassageRange(
                current.start(), current.end(), reading.body().substring(current.start(), current.end()));
        return new CodingRequest(reading.id(), span, positionId, qualifier, current.memo());
    }

    private void code(PositionChoice position, StanceQualifier qualifier, String memo) {
        Highlight coded = history().code(new CodingRequest(reading.id(), selection, position.id(), qualifier, memo));
        dropSelection();
        showHighlights();
        focusAndLink(coded.id());
        String speaker = coded.speaker() == null ? "An unknown speaker" : coded.speaker();
        Notification.show(
                        "Coded: " + speaker + " " + coded.qualifier().label() + " “" + coded.position() + "”",
                        3000,
                        Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void afterEdit(Highlight edited) {
        showHighlights();
        focusAndLink(edited.id());
    }

    private void showHighlights() {
        highlights = coding.highlights(reading.id());
        reader.showHighlights(highlights);
        showCoders();
        if (focused != null && highlights.stream().noneMatch(h -> h.id() == focused)) {
            focusAndLink(null);
        } else if (focused != null) {
            panel.showFocused(focusedHighlight());
        }
    }

    /**
     * Focuses a passage and puts it in the address, so a link copied now opens the message on it. The
     * entry is replaced, not pushed: back still goes to the previous message, not the previous click.
     */
    private void focusAndLink(Long annotationId) {
        focus(annotationId);
        QueryParameters query =
                focused == null ? QueryParameters.empty() : QueryParameters.of(PASSAGE_PARAMETER, focused.toString());
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location("messages/" + reading.id(), query));
    }

    private void focus(Long annotationId) {
        // a click can come from a mark painted before the latest refresh
        focused =
                annotationId != null && highlights.stream().anyMatch(h -> h.id() == annotationId) ? annotationId : null;
        reader.showFocused(focused == null ? -1 : focused);
        panel.showFocused(focused == null ? null : focusedHighlight());
    }

    /** Focus only ever holds a passage of {@code highlights}: clicks come from painted ones, refreshes drop gone ones. */
    private Highlight focusedHighlight() {
        return highlights.stream().filter(h -> h.id() == focused).findFirst().orElseThrow();
    }

    private void dropSelection() {
        selection = null;
        dialogs.builtPopup().ifPresent(CodingPopup::close);
        panel.showSelected(null);
    }

    @Override
    public void edit() {
        if (focused == null) {
            tell("Click a coded passage first, then press e.");
            return;
        }
        dialogs.builtPopup().ifPresent(CodingPopup::close);
        dialogs.editor().edit(reading.id(), focusedHighlight(), reading.body());
    }

    @Override
    public void delete() {
        if (focused == null) {
            tell("Click a coded passage first, then press Delete.");
            return;
        }
        attempt(() -> {
            history().delete(focused, focusedHighlight().version());
            focusAndLink(null);
            showHighlights();
            tell("Deleted. Ctrl+Z brings it back.");
        });
    }

    @Override
    public void undo() {
        attempt(() -> history().undo().ifPresentOrElse(this::replayed, () -> tell("Nothing to undo.")));
    }

    @Override
    public void redo() {
        attempt(() -> history().redo().ifPresentOrElse(this::replayed, () -> tell("Nothing to redo.")));
    }

    /** An undo or redo may touch another message: the reader goes there so the analyst sees it. */
    private void replayed(CodingHistory.Replayed step) {
        if (step.messageId() != reading.id()) {
            UI.getCurrent().navigate("messages/" + step.messageId());
        } else {
            showHighlights();
        }
        tell(step.description());
    }

    @Override
    public void nextUncoded() {
        goTo(readingOrder.nextUncoded(reading.id()), "Every other message has a coded passage.");
    }

    @Override
    public void showShortcuts() {
        dialogs.help().open();
    }

    private void goTo(Optional<Long> messageId, String otherwise) {
        messageId.ifPresentOrElse(id -> UI.getCurrent().navigate("messages/" + id), () -> tell(otherwise));
    }

    @Override
    public void showHistory() {
        historyDialog.open(passageHistory.inMessage(reading.id()));
    }

    /** One session is one analyst: their history lives as long as the session. */
    private CodingHistory history() {
        VaadinSession session = VaadinSession.getCurrent();
        CodingHistory history = session.getAttribute(CodingHistory.class);
        if (history == null) {
            history = new CodingHistory(coding);
            session.setAttribute(CodingHistory.class, history);
        }
        return history;
    }

    private void attempt(Runnable action) {
        try {
            action.run();
        } catch (PassageRejectedException rejected) {
            Notification.show(rejected.getMessage(), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static void tell(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_START);
    }

    private Optional<ThreadPlace> threadPlace(MessageReading message) {
        return corpus.findMessage(message.id())
                .map(m -> m.getThreadId())
                .flatMap(corpus::thread)
                .flatMap(tree -> ThreadPlace.of(tree, message.id()));
    }

    /**
     * The analyst's time zone as the browser reports it. Until the browser has told, dates show in UTC,
     * and the header is redrawn once it has.
     */
    private ZoneId analystZone() {
        if (!AnalystZone.reported()) {
            UI.getCurrent().getPage().retrieveExtendedClientDetails(known -> {
                if (AnalystZone.reported()) {
                    MessageHeader redrawn = new MessageHeader(reading, analystZone(), threadPlace(reading));
                    page.replace(header, redrawn);
                    header = redrawn;
                }
            });
        }
        return AnalystZone.ofBrowser();
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

    @Override
    public String getPageTitle() {
        return title + " · Caucus";
    }
}
