package org.caucus.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds participants who are probably one person written in two ways, for an analyst to confirm. Nothing here
 * merges anyone: it only says which pairs to look at and why, strongest reasons first.
 *
 * <p>Pairs are found through shared keys (the folded name, the mailbox, the given name), never by comparing every
 * participant with every other, so a list with thousands of posters is quick.
 */
final class MergeSuggestions {

    /** A participant as the rules see it, its name folded once. */
    record Candidate(
            long id,
            String displayName,
            List<String> addresses,
            long messages,
            PersonName name,
            List<MailAddress> mailboxes) {

        static Candidate of(long id, String displayName, List<String> addresses, long messages) {
            return new Candidate(
                    id,
                    displayName,
                    addresses,
                    messages,
                    PersonName.of(displayName),
                    addresses.stream()
                            .flatMap(a -> MailAddress.parse(a).stream())
                            .toList());
        }

        /** The mailbox names as a name reads: jeremy.malcolm@ is "jeremy malcolm". */
        List<String> mailboxNames() {
            return mailboxes.stream()
                    .map(m -> PersonName.of(m.localPart().replaceAll("[._+-]", " "))
                            .key())
                    .filter(key -> !key.isEmpty())
                    .distinct()
                    .toList();
        }
    }

    /** A pair in id order, so that a rejection of (a, b) also covers (b, a). */
    record Pair(long low, long high) {
        static Pair of(long a, long b) {
            return new Pair(Math.min(a, b), Math.max(a, b));
        }
    }

    private final List<Candidate> candidates;
    private final Set<Pair> rejected;
    private final Map<Pair, String> reasons = new LinkedHashMap<>();

    private MergeSuggestions(List<Candidate> candidates, Set<Pair> rejected) {
        this.candidates = candidates;
        this.rejected = rejected;
    }

    /** @param rejected pairs an analyst has said are two people: never suggested again */
    static List<MergeSuggestion> among(List<Candidate> candidates, Set<Pair> rejected) {
        MergeSuggestions suggestions = new MergeSuggestions(candidates, rejected);
        suggestions.sameName();
        suggestions.sameMailboxAtRelatedHosts();
        suggestions.nameIsAnotherMailbox();
        suggestions.shortenedName();
        suggestions.lettersLost();
        return suggestions.suggestions();
    }

    /** Equal once case, accents, script and "Last, First" are set aside: "Varon, Joana" and "Joána Varon". */
    private void sameName() {
        for (List<Candidate> same : grouped(
                        c -> c.name().isEmpty() ? List.of() : List.of(c.name().key()))
                .values()) {
            eachPair(
                    same,
                    (a, b) -> a.displayName().equals(b.displayName())
                            ? "both are named \u201c" + a.displayName() + "\u201d"
                            : "\u201c" + a.displayName() + "\u201d and \u201c" + b.displayName()
                                    + "\u201d are the same name");
        }
    }

    /** jeremy@ciroap.org and jeremy@lists.ciroap.org; a role mailbox such as info@ says nothing about a person. */
    private void sameMailboxAtRelatedHosts() {
        Map<String, List<Candidate>> byMailbox = grouped(c -> c.mailboxes().stream()
                .filter(MailAddress::isPersonal)
                .map(m -> m.localPart() + "@" + m.organisationDomain())
                .distinct()
                .toList());
        for (Map.Entry<String, List<Candidate>> mailbox : byMailbox.entrySet()) {
            eachPair(
                    mailbox.getValue(),
                    (a, b) -> "the same mailbox at related hosts: " + String.join(", ", a.addresses()) + " and "
                            + String.join(", ", b.addresses()));
        }
    }

    /** A name that is the mailbox of exactly one other participant: "parminder" and parminder@itforchange.net. */
    private void nameIsAnotherMailbox() {
        Map<String, List<Candidate>> byMailboxWords = grouped(Candidate::mailboxNames);
        for (Candidate named : candidates) {
            String key = named.name().key();
            List<Candidate> owners = byMailboxWords.getOrDefault(key, List.of()).stream()
                    .filter(owner -> owner.id() != named.id())
                    .toList();
            if (!key.isEmpty() && owners.size() == 1) {
                Candidate owner = owners.getFirst();
                suggest(
                        named,
                        owner,
                        "\u201c" + named.displayName() + "\u201d is the mailbox name of "
                                + String.join(", ", owner.addresses()));
            }
        }
    }

    /**
     * "Parminder Singh" or "J. Malcolm" for a fuller name. A bare given name ("parminder") is suggested only when one
     * participant alone has it: with two Parminders it could be either.
     */
    private void shortenedName() {
        Map<String, List<Candidate>> byGivenName = grouped(
                c -> c.name().isEmpty() ? List.of() : List.of(c.name().words().getFirst()));
        for (List<Candidate> sharing : byGivenName.values()) {
            for (Candidate shorter : sharing) {
                PersonName name = shorter.name();
                List<Candidate> fuller = sharing.stream()
                        .filter(other -> name.couldShorten(other.name()))
                        .toList();
                if (name.words().size() > 1 || fuller.size() == 1) {
                    fuller.forEach(other -> suggest(
                            shorter,
                            other,
                            "\u201c" + shorter.displayName() + "\u201d could be short for \u201c" + other.displayName()
                                    + "\u201d"));
                }
            }
        }
    }

    /**
     * "Thomas Herv?" for "Thomas Hervé": an archive that lost the letters beyond ASCII printed each as '?'. Such a name
     * is met in attribution lines, often before the person's own messages are imported.
     */
    private void lettersLost() {
        Map<String, List<Candidate>> byLettersLost =
                grouped(c -> c.displayName() != null && c.displayName().chars().anyMatch(ch -> ch == '?' || ch > 127)
                        ? List.of(PersonName.withLettersLost(c.displayName()))
                        : List.of());
        for (List<Candidate> group : byLettersLost.values()) {
            for (Candidate lost : group) {
                if (lost.displayName().indexOf('?') < 0) {
                    continue;
                }
                group.stream()
                        .filter(whole -> whole.displayName().indexOf('?') < 0)
                        .forEach(whole -> suggest(
                                lost,
                                whole,
                                "“" + lost.displayName() + "” is “" + whole.displayName()
                                        + "” with its accented letters lost"));
            }
        }
    }

    private Map<String, List<Candidate>> grouped(Function<Candidate, List<String>> keys) {
        Map<String, List<Candidate>> groups = new HashMap<>();
        for (Candidate candidate : candidates) {
            for (String key : keys.apply(candidate)) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(candidate);
            }
        }
        return groups;
    }

    private interface Reason {
        String between(Candidate a, Candidate b);
    }

    private void eachPair(List<Candidate> group, Reason reason) {
        for (int i = 0; i < group.size(); i++) {
            for (int j = i + 1; j < group.size(); j++) {
                suggest(group.get(i), group.get(j), reason.between(group.get(i), group.get(j)));
            }
        }
    }

    /** The first reason found for a pair is kept: the rules run strongest first. */
    private void suggest(Candidate a, Candidate b, String reason) {
        Pair pair = Pair.of(a.id(), b.id());
        if (!rejected.contains(pair)) {
            reasons.putIfAbsent(pair, reason);
        }
    }

    private List<MergeSuggestion> suggestions() {
        Map<Long, Candidate> byId = new HashMap<>();
        candidates.forEach(c -> byId.put(c.id(), c));
        List<MergeSuggestion> found = new ArrayList<>();
        reasons.forEach((pair, reason) -> {
            Candidate a = byId.get(pair.low());
            Candidate b = byId.get(pair.high());
            Candidate keep = KEEP_FIRST.compare(a, b) <= 0 ? a : b;
            Candidate merge = keep == a ? b : a;
            found.add(new MergeSuggestion(keep.id(), keep.displayName(), merge.id(), merge.displayName(), reason));
        });
        return found;
    }

    /** The fuller name stays, so that "parminder" merged into "Parminder Jeet Singh" reads as the latter. */
    private static final Comparator<Candidate> KEEP_FIRST = Comparator.comparingInt(
                    (Candidate c) -> -c.name().words().size())
            .thenComparingLong(c -> -c.messages())
            .thenComparingLong(Candidate::id);
}
