package org.caucus.corpus;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The one place that decides which participant a name or address denotes. The same address is the same person
 * whatever display name it came with, unless a list {@link SentVia sent in their stead} or the address is {@link
 * MailmanFooter the list's own}; a name met in a quote is the
 * participant of that name, compared as {@link PersonName} compares names (case, accents and "Last, First" aside),
 * unless no one posts under it and the quote gives a poster's address. Anything else is a new participant until an
 * analyst accepts a merge {@link MergeSuggestions suggested} for it: a guess here would merge two people silently.
 *
 * <p>An import meets the same posters thousands of times, so the index keeps the project's
 * participants in memory and answers with their ids without querying; only a new participant or address is written.
 */
final class ParticipantIndex {

    /** A participant as the index starts from it. */
    record Known(long id, String displayName, List<String> addresses) {}

    private final long projectId;
    private final ParticipantInserts inserts;
    private final Map<String, Long> byAddress = new HashMap<>();
    private final Map<String, Long> byName = new HashMap<>();
    // The participants of each name that two or more go by: an attribution line naming it cannot say which.
    private final Map<String, Set<Long>> namesakes = new HashMap<>();
    private final Set<Long> withAddress = new HashSet<>();
    // Participants named by their address alone, as the first message they posted gave no name.
    private final Set<Long> namedByAddress = new HashSet<>();
    private final Map<String, String> keys = new HashMap<>();
    // The names with letters beyond ASCII, each such letter written '?', as archives that lost them print a name in
    // an attribution line: "Thomas Herv? wrote:" for Thomas Hervé.
    private final Map<String, Set<Long>> byNameWithLettersLost = new HashMap<>();
    // The lists' own addresses, as their footers give them, in the form MailAddress.normalise writes.
    private final Set<String> listAddresses = new HashSet<>();

    /** @param listAddresses the lists' own addresses that earlier imports learnt, as normalised */
    ParticipantIndex(long projectId, List<Known> participants, Set<String> listAddresses, ParticipantInserts inserts) {
        this.projectId = projectId;
        this.inserts = inserts;
        participants.forEach(known -> remember(known.id(), known.displayName(), known.addresses()));
        this.listAddresses.addAll(listAddresses);
    }

    /**
     * @return the id of the participant who posted under that name and address, created if new; {@code null} (poster
     *     unknown) when neither says who it is: no From header, or a name without a letter or digit and no address
     */
    Long poster(String name, String address) {
        Optional<String> sentFor = SentVia.posterName(name, address);
        if (sentFor.isPresent()) {
            return posterNamed(sentFor.get());
        }
        String displayName = name == null || name.isBlank() ? address : name.strip();
        if (address == null || address.isBlank()) {
            return quoted(displayName, null, List::of).participantId();
        }
        String normalised = MailAddress.normalise(address);
        if (listAddresses.contains(normalised) && isName(name)) {
            // Shawn Church and Tamika both posted "from" twisted-python at twistedmatrix.com: only the name tells.
            return posterNamed(name.strip());
        }
        Long known = byAddress.get(normalised);
        if (known != null) {
            if (namedByAddress.contains(known) && isName(name)) {
                // "burak@nehbit.net" tells the analyst less than "Burak Nehbit", whichever message came first.
                inserts.rename(known, FieldLimits.clip(name.strip(), FieldLimits.POSTER_NAME));
                namedByAddress.remove(known);
                remember(known, name.strip(), List.of());
            }
            return known;
        }
        Long sameName = byName.get(key(displayName));
        long poster = sameName != null && !withAddress.contains(sameName) ? sameName : create(displayName);
        inserts.addAddress(poster, normalised);
        remember(poster, displayName, List.of(normalised));
        return poster;
    }

    /**
     * Tells the index the lists' own addresses that a message's footers give, before its poster is asked for: a From
     * header with one of them names its poster by the name alone. An address new to the project is kept for later
     * imports.
     */
    void listAddressesSeen(List<String> addresses) {
        for (String address : addresses) {
            // Longer than any real address, it would not fit the column; no From header will give it.
            if (address.length() <= FieldLimits.POSTER_ADDRESS && listAddresses.add(address)) {
                inserts.addListAddress(projectId, address);
            }
        }
    }

    /**
     * A poster whose address a list or service stands in for: the participant of that name (the first, when several
     * go by it), else a new one, never given the sender's address.
     */
    private Long posterNamed(String name) {
        String key = key(name);
        if (key.isEmpty()) {
            return null;
        }
        Long known = byName.get(key);
        return known != null ? known : create(name);
    }

    /**
     * The participant an attribution line names: by address when it gives nothing but an address, or a name that
     * no one posts under beside a poster's address; else by name.
     *
     * @param address the address the line gives beside the name, or {@code null}
     * @param upThread the posters of the messages the quoting one replies to, the likeliest speaker first
     * @return the participant's id, created if new, or {@code null} (speaker unknown) when it is no name: blank, or
     *     without a letter or digit ("????????" is what some archives left of a name in another script, and two of
     *     them need not be one person); or when two participants go by that name and neither the address nor the
     *     thread says which
     */
    Quoted quoted(String name, String address, Supplier<List<Long>> upThread) {
        return quoted(name, address, upThread, true);
    }

    /**
     * The participant an attribution line names, among those the project has: as {@link #quoted} finds them with
     * nothing known up the thread, and creating nobody.
     *
     * @return {@code null} when no participant, or more than one, goes by that name
     */
    Long known(String name, String address) {
        return quoted(name, address, List::of, false).participantId();
    }

    private Quoted quoted(String name, String address, Supplier<List<Long>> upThread, boolean mayCreate) {
        Optional<String> sentFor = SentVia.posterName(name, address);
        if (sentFor.isPresent()) {
            return quoted(sentFor.get(), null, upThread, mayCreate);
        }
        if (name == null || name.isBlank()) {
            return Quoted.UNKNOWN;
        }
        Optional<MailAddress> nameAsAddress = MailAddress.parse(name);
        if (nameAsAddress.isPresent()) {
            String onlyAddress = nameAsAddress.get().toString();
            return new Quoted(mayCreate ? poster(null, onlyAddress) : byAddress.get(onlyAddress), null);
        }
        String key = key(name);
        if (key.isEmpty()) {
            return Quoted.UNKNOWN;
        }
        String givenAddress =
                MailAddress.parse(address).map(MailAddress::toString).orElse(null);
        Long byAddressGiven = givenAddress == null ? null : byAddress.get(givenAddress);
        Set<Long> sameName = namesakes.get(key);
        if (sameName != null) {
            return oneOf(sameName, byAddressGiven, upThread);
        }
        Long known = byName.get(key);
        if (known == null || !withAddress.contains(known)) {
            // A name that no one posts under is someone's other spelling when their address is given: "Louis D. Burr
            // <ldanielburr at me.com>" quotes L. Daniel Burr, who posts from it.
            if (byAddressGiven != null) {
                return new Quoted(byAddressGiven, null);
            }
            Set<Long> lettersLost = name.indexOf('?') < 0
                    ? Set.of()
                    : byNameWithLettersLost.getOrDefault(PersonName.withLettersLost(name), Set.of());
            if (!lettersLost.isEmpty()) {
                return oneOf(lettersLost, null, upThread);
            }
        }
        return new Quoted(known != null || !mayCreate ? known : quotedFirst(name.strip(), givenAddress), null);
    }

    /**
     * Which of the participants a name may denote a quote is credited to: the only one; the one whose address the
     * attribution gave; else the one who posted up the thread. One person writing from two addresses is the usual
     * case, until an analyst merges them.
     */
    private static Quoted oneOf(Set<Long> candidates, Long byAddressGiven, Supplier<List<Long>> upThread) {
        if (candidates.size() == 1) {
            return new Quoted(candidates.iterator().next(), null);
        }
        if (candidates.contains(byAddressGiven)) {
            return new Quoted(byAddressGiven, null);
        }
        return upThread.get().stream()
                .filter(candidates::contains)
                .findFirst()
                .map(poster -> new Quoted(poster, Quoted.SETTLED_BY_THREAD))
                .orElse(new Quoted(null, Quoted.UNSETTLED));
    }

    /**
     * A quote's speaker as its attribution names them.
     *
     * @param participantId {@code null} when unknown
     * @param evidenceNote for a name that several participants go by, how it was settled, or that it was not, to end
     *     the evidence with; {@code null} when the attribution alone says who it is
     */
    record Quoted(Long participantId, String evidenceNote) {

        static final Quoted UNKNOWN = new Quoted(null, null);

        static final String SETTLED_BY_THREAD =
                " (several participants go by that name: the one who posted a message this one replies to)";

        static final String UNSETTLED =
                " (several participants go by that name, and neither the address nor the thread says which)";

        /** @param given the evidence the message gives: the attribution line, for one */
        String evidence(String given) {
            return evidenceNote == null ? given : given + evidenceNote;
        }

        /** The evidence the message gave, without the note that the name it gives was several participants'. */
        static String withoutUnsettled(String evidence) {
            return evidence.endsWith(UNSETTLED)
                    ? evidence.substring(0, evidence.length() - UNSETTLED.length())
                    : evidence;
        }
    }

    /**
     * A participant met first in an attribution. The address it gives, if any, is theirs, so that their own messages,
     * imported later, join them as they would have had they come first.
     */
    private long quotedFirst(String displayName, String address) {
        long id = create(displayName);
        if (address != null) {
            inserts.addAddress(id, address);
            remember(id, displayName, List.of(address));
        }
        return id;
    }

    private long create(String displayName) {
        // Remembered whole, so that this import finds it again by the same words, but stored cut to its column: an
        // attribution line can name anything ("On ..., <a paragraph> wrote:").
        long id = inserts.create(projectId, FieldLimits.clip(displayName, FieldLimits.POSTER_NAME));
        remember(id, displayName, List.of());
        return id;
    }

    /** Whether a From header's name names someone: not blank, not an address, with a letter or digit. */
    private boolean isName(String name) {
        return name != null
                && !name.isBlank()
                && MailAddress.parse(name).isEmpty()
                && !key(name).isEmpty();
    }

    private void remember(long id, String displayName, List<String> addresses) {
        String name = key(displayName);
        if (displayName != null && displayName.chars().anyMatch(c -> c > 127)) {
            byNameWithLettersLost
                    .computeIfAbsent(PersonName.withLettersLost(displayName), lost -> new HashSet<>())
                    .add(id);
        }
        if (!name.isEmpty()) {
            Long first = byName.putIfAbsent(name, id);
            if (first != null && first != id) {
                namesakes
                        .computeIfAbsent(name, shared -> new HashSet<>(List.of(first)))
                        .add(id);
            }
        }
        for (String address : addresses) {
            byAddress.put(address, id);
            withAddress.add(id);
            if (displayName != null && address.equals(MailAddress.normalise(displayName))) {
                namedByAddress.add(id);
            }
        }
    }

    /** Folding goes through ICU, so each name written is folded once per import. */
    private String key(String name) {
        return keys.computeIfAbsent(name, written -> PersonName.of(written).key());
    }
}
