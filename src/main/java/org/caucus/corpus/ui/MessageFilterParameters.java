package org.caucus.corpus.ui;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.caucus.corpus.CodedState;
import org.caucus.corpus.MessageFilter;

/**
 * A message filter in the page's address ({@code ?list=bestbits&from=2013-11-01&coded=uncoded}, or {@code ?import=12}
 * for the messages an import stored, as its report links to them),
 * so that a filtered list or search can be bookmarked, shared and reached with the back button.
 * A part that cannot be read is left out rather than refusing the page.
 */
public final class MessageFilterParameters {

    static final String THREAD = "thread";
    private static final String LIST = "list";
    private static final String PARTICIPANT = "participant";
    private static final String FROM = "from";
    private static final String TO = "to";
    private static final String CODED = "coded";
    private static final String POSITION = "position";
    private static final String IMPORT = "import";

    private MessageFilterParameters() {}

    /** The filter's parameters, added to {@code others} (such as the search words). */
    public static QueryParameters of(MessageFilter filter, Map<String, String> others) {
        Map<String, String> parameters = new LinkedHashMap<>(others);
        put(parameters, LIST, filter.listName());
        put(parameters, PARTICIPANT, filter.posterId());
        put(parameters, FROM, filter.sentFrom());
        put(parameters, TO, filter.sentTo());
        put(parameters, THREAD, filter.threadId());
        if (filter.coded() != CodedState.ANY) {
            parameters.put(CODED, filter.coded().name().toLowerCase(Locale.ROOT));
        }
        put(parameters, POSITION, filter.positionId());
        put(parameters, IMPORT, filter.importRunId());
        return QueryParameters.simple(parameters);
    }

    public static MessageFilter read(QueryParameters parameters) {
        return new MessageFilter(
                single(parameters, LIST, Function.identity()).orElse(null),
                single(parameters, PARTICIPANT, Long::valueOf).orElse(null),
                single(parameters, FROM, LocalDate::parse).orElse(null),
                single(parameters, TO, LocalDate::parse).orElse(null),
                single(parameters, THREAD, Long::valueOf).orElse(null),
                single(parameters, CODED, text -> CodedState.valueOf(text.toUpperCase(Locale.ROOT)))
                        .orElse(CodedState.ANY),
                single(parameters, POSITION, Long::valueOf).orElse(null),
                single(parameters, IMPORT, Long::valueOf).orElse(null));
    }

    private static void put(Map<String, String> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, value.toString());
        }
    }

    private static <T> Optional<T> single(QueryParameters parameters, String name, Function<String, T> parse) {
        List<String> values = parameters.getParameters().getOrDefault(name, List.of());
        if (values.isEmpty() || values.getFirst().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse.apply(values.getFirst().strip()));
        } catch (IllegalArgumentException | DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }
}
